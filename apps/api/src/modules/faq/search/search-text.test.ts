import { describe, expect, it } from "vitest";
import { splitCompound } from "./compound-splitter.ts";
import { buildQueryPlan } from "./query-plan.ts";
import { fuseByReciprocalRank } from "./retriever.ts";
import { createSynonymDictionary } from "./synonyms.ts";
import { readTypedText } from "./text-normalization.ts";
import { editDistance, trigramSimilarity, trigramsOf } from "./trigrams.ts";
import { createVocabulary } from "./vocabulary.ts";

const words = [
  "wachtwoord",
  "wijziging",
  "bank",
  "rekeningnummer",
  "abonnement",
  "periode",
  "opzeggen",
  "betaling",
];
const vocabulary = createVocabulary(
  words.map((word) => ({ word, documentCount: 1, inTitleOrKeywords: true })),
  10,
);

describe("reading typed text", () => {
  it("folds accents and case, and knows when the last word may be unfinished", () => {
    expect(readTypedText("Geïnstalleerde Scripts bet")).toEqual({
      words: ["geinstalleerde", "scripts", "bet"],
      lastWordUnfinished: true,
    });
    expect(readTypedText("wachtwoord ").lastWordUnfinished).toBe(false);
  });
});

describe("compound splitting against the vocabulary", () => {
  const known = (word: string) => vocabulary.has(word);
  it("splits into known parts, with Dutch linking letters", () => {
    expect(splitCompound("wachtwoordwijziging", known)).toEqual(["wachtwoord", "wijziging"]);
    expect(splitCompound("bankrekeningnummer", known)).toEqual(["bank", "rekeningnummer"]);
    expect(splitCompound("abonnementsperiode", known)).toEqual(["abonnement", "periode"]);
  });
  it("leaves words alone that do not split into known parts", () => {
    expect(splitCompound("verhuisbericht", known)).toBeNull();
    expect(splitCompound("bank", known)).toBeNull();
  });
});

describe("typo matching", () => {
  it("computes trigram similarity like pg_trgm and a bounded edit distance", () => {
    expect(trigramSimilarity(trigramsOf("opzegen"), trigramsOf("opzeggen"))).toBeCloseTo(0.7);
    expect(editDistance("wachtwoort", "wachtwoord", 2)).toBe(1);
    expect(editDistance("betlaing", "betaling", 2)).toBe(1);
    expect(editDistance("abc", "xyzxyz", 2)).toBe(3);
  });
  it("suggests the closest vocabulary words", () => {
    expect(vocabulary.similarWords("abonement")[0]?.word).toBe("abonnement");
  });
});

describe("query plans", () => {
  const synonyms = createSynonymDictionary([
    { terms: ["opzeggen", "cancel"] },
    { terms: ["geld terug", "refund"] },
  ]);
  it("drops stop words, down-weights low-meaning words and expands synonyms, phrases too", () => {
    const plan = buildQueryPlan("ik wil cancel, het lukt niet", vocabulary, synonyms);
    expect(plan.groups.map((group) => group.word)).toEqual(["cancel", "lukt"]);
    expect(plan.groups[1]?.weight).toBeLessThan(0.5);
    expect(plan.probes).toContainEqual({ kind: "stem", term: "opzeggen" });
    expect(buildQueryPlan("geld terug ", vocabulary, synonyms).probes).toContainEqual({
      kind: "stem",
      term: "refund",
    });
  });
  it("probes the unfinished last word as a prefix", () => {
    expect(buildQueryPlan("betal", vocabulary, synonyms).probes).toContainEqual({
      kind: "prefix",
      term: "betal",
    });
    expect(buildQueryPlan("betal ", vocabulary, synonyms).probes).not.toContainEqual({
      kind: "prefix",
      term: "betal",
    });
  });
});

describe("reciprocal rank fusion", () => {
  it("favours what several retrievers rank high", () => {
    const item = (articleId: string) => ({ articleId, score: 0.5, highlight: [] });
    const fused = fuseByReciprocalRank([
      [item("a"), item("b"), item("c")],
      [item("b"), item("c")],
    ]);
    expect(fused.map((entry) => entry.articleId)).toEqual(["b", "c", "a"]);
  });
});
