import { Fragment } from "react";

/**
 * Text with some ranges marked, as the API's suggestion snippets come: the text is rendered as
 * text (React escapes it) and each range as a `<mark>` element, so nothing in an article's words
 * can become markup. Ranges that overlap, run backwards or lie outside the text are ignored.
 */
export function HighlightedText({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly { start: number; end: number }[];
}) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of [...highlights].sort((a, b) => a.start - b.start)) {
    if (range.start < at || range.end <= range.start || range.end > text.length) continue;
    if (range.start > at) parts.push({ text: text.slice(at, range.start), marked: false });
    parts.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
