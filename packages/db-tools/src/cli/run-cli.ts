// What every db:* command shares: its arguments, and one clear line plus exit code 1 on failure.

export function runCli(command: string, main: (args: string[]) => Promise<void>): void {
  // `pnpm run <script> -- <args>` passes the "--" through; `pnpm db:migration <name>` does not.
  const args = process.argv.slice(2);
  if (args[0] === "--") args.shift();
  main(args).catch((error: unknown) => {
    console.error(`${command}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  });
}

function oneLine(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}
