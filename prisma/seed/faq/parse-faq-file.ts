// Reads the provider's FAQ file (plain text: a title line, then the answer, up to the next title)
// into articles, using the manifest's titles to know where each one starts. The words stay as
// written; only the layout becomes Markdown: one block per line, "•" lines as list items, bare
// links as autolinks.
import type { ManifestArticle } from "./faq-manifest.ts";

export interface ParsedArticle extends ManifestArticle {
  body: string;
}

const blankLine = /^[\s\u00a0]*$/;

export function parseFaqFile(
  text: string,
  manifest: ManifestArticle[],
  knownHeadings: string[] = [],
): ParsedArticle[] {
  const lines = text.split(/\r?\n/);
  const starts = manifest.map((article) => {
    const found = lines.flatMap((line, index) => (line.trim() === article.title ? [index] : []));
    if (found.length !== 1) {
      throw new Error(
        `FAQ file: expected the title "${article.title}" on exactly one line, found ${found.length}`,
      );
    }
    return found[0] as number;
  });
  starts.forEach((start, index) => {
    if (index > 0 && start <= (starts[index - 1] ?? -1)) {
      throw new Error(`FAQ file: "${manifest[index]?.title}" is out of the manifest's order`);
    }
  });

  const beforeFirst = lines.slice(0, starts[0]).filter((line) => !blankLine.test(line));
  const unexpected = beforeFirst.filter((line) => !knownHeadings.includes(line.trim()));
  if (unexpected.length > 0) throw new Error(`FAQ file: text before the first article: "${unexpected[0]}"`);

  return manifest.map((article, index) => {
    const body = lines.slice((starts[index] ?? 0) + 1, starts[index + 1] ?? lines.length);
    const markdown = toMarkdown(body);
    if (markdown === "") throw new Error(`FAQ file: "${article.title}" has no answer`);
    return { ...article, body: markdown };
  });
}

function toMarkdown(lines: string[]): string {
  const blocks: string[] = [];
  for (const raw of lines) {
    if (blankLine.test(raw)) continue;
    const line = raw.trim().replace(/(^|\s)(https?:\/\/[^\s<>]+)/g, "$1<$2>");
    const bullet = /^[•·▪-]\s*(.*)$/.exec(line);
    if (bullet) {
      const item = `- ${bullet[1]}`;
      const previous = blocks.at(-1);
      // Consecutive items form one list.
      if (previous?.startsWith("- ")) blocks[blocks.length - 1] = `${previous}\n${item}`;
      else blocks.push(item);
    } else {
      blocks.push(line);
    }
  }
  return blocks.join("\n\n");
}
