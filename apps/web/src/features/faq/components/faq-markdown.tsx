import type { ReactNode } from "react";

/**
 * Renders an FAQ article's Markdown as React elements, never as HTML: text is always text (React
 * escapes it), so there is nothing to sanitise. The subset the FAQ uses: paragraphs, `#` headings,
 * `-`/`1.` lists, `**bold**`, `*emphasis*`, `` `code` ``, `[text](url)`, `<url>` and bare URLs.
 * Links go only to http(s), mailto or paths inside this site; any other link stays plain text.
 * Why not a Markdown library: the contract already refuses raw HTML, and this subset costs a few
 * hundred bytes instead of tens of kilobytes (see README, "FAQ").
 */
export function FaqMarkdown({ source }: { source: string }) {
  const blocks = source.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${index}`;
        const lines = block.split("\n").filter((line) => line.trim() !== "");
        if (lines.length === 0) return null;
        const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]?.trim() ?? "");
        if (heading && lines.length === 1) {
          // The page's <h1> is the title: article headings start at <h2>.
          const level = Math.min(6, (heading[1]?.length ?? 1) + 1);
          const Tag = `h${level}` as "h2";
          return <Tag key={key}>{inline(heading[2] ?? "")}</Tag>;
        }
        if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
          return (
            <ul key={key}>
              {lines.map((line, item) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a fixed text, never reordered
                <li key={`${item}`}>{inline(line.replace(/^\s*[-*+]\s+/, ""))}</li>
              ))}
            </ul>
          );
        }
        if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line))) {
          return (
            <ol key={key}>
              {lines.map((line, item) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a fixed text, never reordered
                <li key={`${item}`}>{inline(line.replace(/^\s*\d+[.)]\s+/, ""))}</li>
              ))}
            </ol>
          );
        }
        return (
          <p key={key}>
            {lines.map((line, item) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a fixed text, never reordered
              <span key={`${item}`}>
                {item > 0 ? <br /> : null}
                {inline(line.trim())}
              </span>
            ))}
          </p>
        );
      })}
    </>
  );
}

/** A link target that is safe to follow: http(s), mailto, or a path on this site. */
export function safeHref(target: string): string | undefined {
  const href = target.trim();
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (/^\/(?!\/)/.test(href)) return href;
  return undefined;
}

// One token at a time: [text](url) | <url> | bare URL | **bold** | *em* | `code`
const token =
  /\[([^\]]+)\]\(\s*([^)\s]+)\s*\)|<((?:https?:\/\/|mailto:)[^<>\s]+)>|(https?:\/\/[^\s<>]*[^\s<>.,;:!?)"'’”])|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`/g;

function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(token)) {
    const start = match.index;
    if (start > last) nodes.push(text.slice(last, start));
    const key = `${start}`;
    const [whole, linkText, linkTarget, angle, bare, bold, em, code] = match;
    if (linkText !== undefined && linkTarget !== undefined) {
      const href = safeHref(linkTarget);
      nodes.push(href ? link(href, inline(linkText), key) : whole);
    } else if (angle !== undefined || bare !== undefined) {
      const url = angle ?? bare ?? "";
      const href = safeHref(url);
      nodes.push(href ? link(href, url.replace(/^mailto:/i, ""), key) : url);
    } else if (bold !== undefined) {
      nodes.push(<strong key={key}>{inline(bold)}</strong>);
    } else if (em !== undefined) {
      nodes.push(<em key={key}>{inline(em)}</em>);
    } else if (code !== undefined) {
      nodes.push(<code key={key}>{code}</code>);
    }
    last = start + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function link(href: string, children: ReactNode, key: string) {
  const external = !href.startsWith("/");
  return (
    <a key={key} href={href} {...(external ? { rel: "noopener noreferrer nofollow" } : {})}>
      {children}
    </a>
  );
}
