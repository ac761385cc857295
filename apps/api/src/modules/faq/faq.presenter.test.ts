import { describe, expect, it } from "vitest";
import { presentSnippet } from "./faq.presenter.ts";

const markers = { start: "[[", end: "]]" };
const snippetOf = (marked: string) =>
  presentSnippet(marked.replaceAll("«", "\uE000").replaceAll("»", "\uE001"), {
    start: "\uE000",
    end: "\uE001",
  });
const marked = (result: { snippet: string; highlights: { start: number; end: number }[] }) =>
  result.highlights.reduceRight(
    (text, range) =>
      `${text.slice(0, range.start)}${markers.start}${text.slice(range.start, range.end)}${markers.end}${text.slice(range.end)}`,
    result.snippet,
  );

describe("suggestion snippets", () => {
  it("are plain text: no Markdown syntax around links, lists or emphasis", () => {
    expect(
      snippetOf(
        "- Wachtwoord kwijt? <https://www.i24.nl/nl/my-account/lost-password/>\n- **Adres** [Mijn Account](https://x.nl)",
      ).snippet,
    ).toBe("Wachtwoord kwijt? https://www.i24.nl/nl/my-account/lost-password/ Adres Mijn Account");
  });

  it("start with the first word of a sentence, not halfway through it", () => {
    expect(
      snippetOf("U kunt onze diensten «beoordelen» en een «review» achterlaten op Google.").snippet,
    ).toMatch(/^U kunt onze diensten/);
  });

  it("start at the sentence with the most matched words and mark them as ranges", () => {
    const long = `${"Eerst een lange inleiding zonder de gezochte woorden. ".repeat(6)}Via Mijn Account kunt u uw «IBAN» «wijzigen». Daarna ontvangt u een e-mail.`;
    const result = snippetOf(long);
    expect(result.snippet.startsWith("Via Mijn Account")).toBe(true);
    expect(marked(result)).toContain("uw [[IBAN]] [[wijzigen]].");
  });

  it("end on a whole word, with an ellipsis when cut", () => {
    const result = snippetOf(`«Opzeggen» kan altijd. ${"Een zin met veel woorden erin. ".repeat(12)}`);
    expect(result.snippet.endsWith("…")).toBe(true);
    expect(result.snippet.length).toBeLessThanOrEqual(221);
    expect(result.snippet).toMatch(/(?:erin|woorden|veel|met|zin|Een)\.?…$/);
  });

  it("carry no markup from the article: its text stays text", () => {
    const result = snippetOf("Typ <b>niet</b> zomaar iets: «opzeggen» gaat per ticket.");
    expect(result.snippet).toContain("<b>niet</b>");
    expect(marked(result)).toContain("[[opzeggen]]");
  });
});
