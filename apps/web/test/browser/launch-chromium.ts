// Which Chromium the browser test drives, in this order: the one `CHROMIUM_PATH` names; the system's
// /usr/bin/chromium when it runs; else the Chromium inside the `@sparticuz/chromium` dev dependency,
// unpacked on first use (into the temp folder), so a fresh machine needs no root and no apt.
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Quiet for a test: no first-run pages, no update checks or other background traffic. */
const quietArgs = [
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const systemArgs = ["--headless", "--no-sandbox", "--disable-gpu", ...quietArgs];
/**
 * Flags of the package's defaults (made for AWS Lambda) that a test must not have: one process ends the
 * whole browser when the first page closes, and the other two switch off the checks (CORS, mixed
 * content) that the Support Center has to pass in a real browser.
 */
const lambdaOnlyArgs = new Set([
  "--single-process",
  "--disable-web-security",
  "--allow-running-insecure-content",
]);

/** True when `path` is an executable file that answers `--version` (a dangling wrapper does not). */
function runs(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    execFileSync(path, ["--version"], { stdio: "ignore", timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
}

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  /** Where it came from, for error messages. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

export async function chooseChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!runs(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable Chromium`);
    return { executablePath: fromEnv, args: systemArgs, source: "CHROMIUM_PATH" };
  }
  if (runs(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: systemArgs, source: "system" };
  return {
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args.filter((arg) => !lambdaOnlyArgs.has(arg)), ...quietArgs],
    source: "@sparticuz/chromium",
  };
}

/** Starts headless Chromium for the browser test (see the choice above). */
export async function launchChromium(): Promise<Browser> {
  const choice = await chooseChromium();
  try {
    return await chromium.launch({
      executablePath: choice.executablePath,
      args: choice.args,
      headless: true,
    });
  } catch (error) {
    throw new Error(`Chromium from ${choice.source} (${choice.executablePath}) did not start`, {
      cause: error,
    });
  }
}
