import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Logger, Plugin } from "vite";

export interface BundleBudgetOptions {
  /** Most gzipped JavaScript a visitor of the Support Center may download before the first render. */
  initialJsBudgetKb: number;
  /** Source folders whose code must never be part of the initial load (e.g. the agent workspace). */
  lazyOnly: string[];
}

interface ChunkInfo {
  fileName: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  moduleIds: string[];
  gzipBytes: number;
  brotliBytes: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Reports what a visitor downloads and fails the build when the Support Center's initial JavaScript
 * grows past its budget, or when code that must stay lazy (the agent workspace) leaks into it.
 * "Initial" = the entry chunk plus everything it imports statically (what the browser fetches before
 * the app can render); chunks reached only through `import()` are listed separately.
 */
export function bundleBudget(options: BundleBudgetOptions): Plugin {
  let logger: Logger | undefined;
  return {
    name: "helpdesk:bundle-budget",
    apply: "build",
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(_output, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const file of Object.values(bundle)) {
        if (file.type !== "chunk") continue;
        chunks.set(file.fileName, {
          fileName: file.fileName,
          name: file.name,
          isEntry: file.isEntry,
          isDynamicEntry: file.isDynamicEntry,
          imports: file.imports,
          moduleIds: file.moduleIds,
          // zlib's default level (6), what common static hosts and CDNs serve. Vite's own size report
          // compresses faster and so shows a few kB more.
          gzipBytes: gzipSync(file.code).byteLength,
          brotliBytes: brotliCompressSync(file.code).byteLength,
        });
      }

      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        const chunk = chunks.get(fileName);
        if (!chunk) return;
        initial.add(fileName);
        for (const imported of chunk.imports) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);

      const initialBytes = [...initial].reduce((sum, f) => sum + (chunks.get(f)?.gzipBytes ?? 0), 0);
      const initialBrotli = [...initial].reduce((sum, f) => sum + (chunks.get(f)?.brotliBytes ?? 0), 0);
      const lines = [
        "",
        `Initial JavaScript (gzipped): ${kb(initialBytes)} of ${options.initialJsBudgetKb} kB budget (brotli: ${kb(initialBrotli)})`,
        ...[...initial].map((f) => `  ${f}  ${kb(chunks.get(f)?.gzipBytes ?? 0)}`),
        "Loaded on demand (gzipped):",
        ...[...chunks.values()]
          .filter((c) => !initial.has(c.fileName))
          .map((c) => `  ${c.fileName}  ${kb(c.gzipBytes)}`),
        "",
      ];
      logger?.info(lines.join("\n"));

      const leaked = [...initial].flatMap((f) =>
        (chunks.get(f)?.moduleIds ?? []).filter((id) => options.lazyOnly.some((dir) => id.includes(dir))),
      );
      if (leaked.length > 0) {
        this.error(`Lazy-only code ended up in the initial bundle: ${leaked.join(", ")}`);
      }
      if (initialBytes > options.initialJsBudgetKb * 1024) {
        this.error(
          `Initial JavaScript is ${kb(initialBytes)} gzipped, over the ${options.initialJsBudgetKb} kB budget`,
        );
      }
    },
  };
}
