// Where a worker thread's module is: TypeScript next to the caller when running from the sources
// (with the same loader as the main thread), the bundled JavaScript next to dist/server.js in a build
// (see build.ts, which builds each `*.worker.ts` it names as an entry of its own).
// A namespace import: the build gives the bundle a `createRequire` of its own.
import * as nodeModule from "node:module";
import { pathToFileURL } from "node:url";

/** `callerUrl` is the caller's `import.meta.url`; `name` the worker's file name without extension. */
export function workerModule(callerUrl: string, name: string) {
  if (!callerUrl.endsWith(".ts")) return { filename: new URL(`./${name}.js`, callerUrl).href, execArgv: [] };
  const loader = pathToFileURL(nodeModule.createRequire(import.meta.url).resolve("tsx")).href;
  return { filename: new URL(`./${name}.ts`, callerUrl).href, execArgv: ["--import", loader] };
}
