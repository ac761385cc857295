// Loads Prisma's schema engine compiled to WebAssembly. The package's main entry imports the .wasm
// file as an ES module, which Node cannot do, so we wire its JS glue to the instance ourselves.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Node has the WebAssembly global, but its type lives in TypeScript's DOM library, which Node
// programs (ours and those that import this package) do not load: typed here for what we use.
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: Record<string, unknown> }>;
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const wasmPath = gluePath.replace(/\.js$/, ".wasm");

let loading: Promise<typeof glue.SchemaEngine> | undefined;

/** The engine class, with its WebAssembly compiled once per process (about 5 MB). */
export function loadSchemaEngine(): Promise<typeof glue.SchemaEngine> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<typeof glue.SchemaEngine> {
  const module = await webAssembly.compile(await readFile(wasmPath));
  // The glue module is what the .wasm imports under its generated name.
  const instance = await webAssembly.instantiate(module, { "./schema_engine_bg.js": withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error(`${wasmPath} has no __wbindgen_start export`);
  start();
  return glue.SchemaEngine;
}

/**
 * While migrating, the engine arms a 10 s timer (the timeout around its advisory lock) that is not
 * cleared when the lock comes quickly, which kept every command alive 10 s after its work was done.
 * Unreferenced, such timers still fire but do not hold the process open; while the engine works,
 * its open database connection does.
 */
function withUnrefTimers(imports: typeof glue): Record<string, unknown> {
  const patched: Record<string, unknown> = { ...imports };
  for (const name of Object.keys(imports)) {
    if (name.startsWith("__wbg_setTimeout_")) {
      patched[name] = (callback: () => void, delay: number) => setTimeout(callback, delay >>> 0).unref();
    }
  }
  return patched;
}
