import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Logger, Plugin } from "vite";

export interface BundleBudgetOptions {
  /** Most gzipped JavaScript a visitor of the Support Center may download before the first render. */
  initialJsBudgetKb: number;
  /** Most gzipped CSS the Support Center loads before the first render. */
  initialCssBudgetKb: number;
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
  /** The stylesheets that load with this chunk. */
  css: string[];
  gzipBytes: number;
  brotliBytes: number;
}

interface Sizes {
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

// zlib's default level (6), what common static hosts and CDNs serve. Vite's own size report
// compresses faster and so shows a few kB more.
const sizesOf = (content: string | Uint8Array): Sizes => ({
  rawBytes: Buffer.byteLength(content),
  gzipBytes: gzipSync(content).byteLength,
  brotliBytes: brotliCompressSync(content).byteLength,
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Reports what a visitor downloads and fails the build when the Support Center's initial JavaScript or
 * CSS grows past its budget, or when code that must stay lazy (the agent workspace, its stylesheets
 * included) leaks into it. "Initial" = the entry chunk plus everything it imports statically (what the
 * browser fetches before the app can render) and their stylesheets; chunks reached only through
 * `import()` are listed separately, with the CSS that loads with them.
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
      const stylesheets = new Map<string, Sizes>();
      for (const file of Object.values(bundle)) {
        if (file.type === "asset") {
          if (file.fileName.endsWith(".css")) stylesheets.set(file.fileName, sizesOf(file.source));
          continue;
        }
        const { gzipBytes, brotliBytes } = sizesOf(file.code);
        chunks.set(file.fileName, {
          fileName: file.fileName,
          name: file.name,
          isEntry: file.isEntry,
          isDynamicEntry: file.isDynamicEntry,
          imports: file.imports,
          moduleIds: file.moduleIds,
          css: [...(file.viteMetadata?.importedCss ?? [])],
          gzipBytes,
          brotliBytes,
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
      const initialCss = new Set([...initial].flatMap((f) => chunks.get(f)?.css ?? []));
      const cssSum = (files: Iterable<string>, size: keyof Sizes) =>
        [...files].reduce((sum, f) => sum + (stylesheets.get(f)?.[size] ?? 0), 0);
      const initialCssGzip = cssSum(initialCss, "gzipBytes");
      const cssLine = (f: string) => {
        const size = stylesheets.get(f);
        return `  ${f}  ${kb(size?.rawBytes ?? 0)} raw, ${kb(size?.gzipBytes ?? 0)} gzipped`;
      };
      const lazyCss = [...stylesheets.keys()].filter((f) => !initialCss.has(f));
      const lines = [
        "",
        `Initial JavaScript (gzipped): ${kb(initialBytes)} of ${options.initialJsBudgetKb} kB budget (brotli: ${kb(initialBrotli)})`,
        ...[...initial].map((f) => `  ${f}  ${kb(chunks.get(f)?.gzipBytes ?? 0)}`),
        `Initial CSS: ${kb(cssSum(initialCss, "rawBytes"))} raw, ${kb(initialCssGzip)} gzipped of ${options.initialCssBudgetKb} kB budget (brotli: ${kb(cssSum(initialCss, "brotliBytes"))})`,
        ...[...initialCss].map(cssLine),
        "Loaded on demand (gzipped):",
        ...[...chunks.values()]
          .filter((c) => !initial.has(c.fileName))
          .map((c) => `  ${c.fileName}  ${kb(c.gzipBytes)}`),
        "CSS loaded on demand, with the chunk that needs it:",
        ...lazyCss.map(cssLine),
        "",
      ];
      logger?.info(lines.join("\n"));

      const leaked = [...initial].flatMap((f) =>
        (chunks.get(f)?.moduleIds ?? []).filter((id) => options.lazyOnly.some((dir) => id.includes(dir))),
      );
      if (leaked.length > 0) {
        this.error(`Lazy-only code ended up in the initial bundle: ${leaked.join(", ")}`);
      }
      if (initialCssGzip > options.initialCssBudgetKb * 1024) {
        this.error(
          `Initial CSS is ${kb(initialCssGzip)} gzipped, over the ${options.initialCssBudgetKb} kB budget`,
        );
      }
      if (initialBytes > options.initialJsBudgetKb * 1024) {
        this.error(
          `Initial JavaScript is ${kb(initialBytes)} gzipped, over the ${options.initialJsBudgetKb} kB budget`,
        );
      }
    },
  };
}
