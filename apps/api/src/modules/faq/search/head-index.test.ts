import { describe, expect, it } from "vitest";
import { type ArticleHead, createHeadIndex } from "./head-index.ts";

const head = (id: string, parts: Partial<ArticleHead>): ArticleHead => ({
  id,
  language: "nl",
  groupId: id,
  titleStems: [],
  keywordStems: [],
  titleWords: [],
  keywordWords: [],
  ...parts,
});
const index = createHeadIndex([
  head("a", { titleStems: ["wachtwoord", "wijzig"], titleWords: ["wachtwoord", "wijzigen"] }),
  head("b", {
    language: "en",
    groupId: "c",
    titleStems: ["iban"],
    keywordStems: ["iban", "bankreken"],
    titleWords: ["iban"],
    keywordWords: ["iban", "bankrekening"],
  }),
  head("c", { keywordStems: ["wijzig"], keywordWords: ["wijziging"] }),
]);
const stems: Record<string, string[]> = { wijzigen: ["wijzig"], iban: ["iban"], bankrekening: ["bankreken"] };
const stemsOf = (word: string) => stems[word] ?? [];
const levelsById = (matches: ReturnType<typeof index.match>) =>
  Object.fromEntries(matches.map((match) => [match.article.id, match.levels]));

describe("the in-memory index of titles and keywords", () => {
  it("says per probe whether it matched a title (3) or only keywords (2)", () => {
    const matches = index.match(
      [
        { kind: "stem", term: "wijzigen" },
        { kind: "stem", term: "iban" },
      ],
      stemsOf,
    );
    expect(levelsById(matches)).toEqual({ a: [3, 0], b: [0, 3], c: [2, 0] });
  });

  it("matches the unstemmed prefix of a half-typed word, and nothing for a stop word", () => {
    expect(levelsById(index.match([{ kind: "prefix", term: "wijzig" }], stemsOf))).toEqual({
      a: [3],
      c: [2],
    });
    expect(levelsById(index.match([{ kind: "prefix", term: "bankr" }], stemsOf))).toEqual({ b: [2] });
    expect(index.match([{ kind: "stem", term: "de" }], stemsOf)).toEqual([]);
  });

  it("needs every lexeme of a word that stems to several, at the lowest of their levels", () => {
    const twoLexemes = (word: string) => (word === "iban-bankrekening" ? ["iban", "bankreken"] : []);
    expect(levelsById(index.match([{ kind: "stem", term: "iban-bankrekening" }], twoLexemes))).toEqual({
      b: [2],
    });
  });

  it("keeps only the heads worth the most when asked to rank them", () => {
    const probes = [
      { kind: "stem" as const, term: "wijzigen" },
      { kind: "stem" as const, term: "iban" },
    ];
    expect(index.match(probes, stemsOf)).toHaveLength(3);
    const best = index.match(probes, stemsOf, { limit: 1, weights: [0.2, 1] });
    expect(best.map((match) => match.article.id)).toEqual(["b"]);
    expect(index.match(probes, stemsOf, { limit: 1, weights: [1, 0.2] })[0]?.article.id).toBe("a");
  });

  it("knows the versions of one answer, by language", () => {
    expect(Object.fromEntries(index.versionsOf("c"))).toEqual({ nl: "c", en: "b" });
    expect(index.versionsOf("unknown").size).toBe(0);
  });

  it("keeps the article's language and a stable order for ties", () => {
    const [match] = index.match([{ kind: "stem", term: "iban" }], stemsOf);
    expect(match).toMatchObject({ article: { id: "b", language: "en" }, ordinal: 1 });
  });
});
