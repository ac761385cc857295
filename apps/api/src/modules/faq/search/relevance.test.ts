import { describe, expect, it } from "vitest";
import { buildQueryPlan, type QueryPlan } from "./query-plan.ts";
import { type MatchLevel, passageRelevanceOf, passageWeights, relevanceOf } from "./relevance.ts";
import { createSynonymDictionary } from "./synonyms.ts";
import { createVocabulary, wordWeights } from "./vocabulary.ts";

// A small FAQ's words: how many of its 20 articles use each.
const vocabulary = createVocabulary(
  Object.entries({
    domein: 3,
    domeinnaam: 4,
    verhuizen: 1,
    overzetten: 1,
    opzeggen: 2,
    hosting: 8,
    storing: 2,
    melden: 3,
    website: 6,
    bereikbaar: 2,
    wachtwoord: 2,
    wijzigen: 5,
    mailbox: 2,
    instellen: 3,
    email: 5,
    mail: 6,
    adres: 4,
    ticket: 6,
    antwoord: 1,
    reactie: 1,
    foutmelding: 2,
    account: 5,
    inloggen: 2,
    uitval: 1,
  }).map(([word, documentCount]) => ({ word, documentCount, inTitleOrKeywords: true })),
  20,
);
const synonyms = createSynonymDictionary([]);

/** Where an imagined article has each word: 3 title, 2 keywords, 1 body; absent words 0. */
function levelsFor(plan: QueryPlan, article: Record<string, MatchLevel>): number[] {
  return plan.probes.map((probe) => article[probe.term] ?? 0);
}

function scoreOf(
  text: string,
  article: Record<string, MatchLevel>,
  withSynonyms = synonyms,
  withVocabulary = vocabulary,
) {
  const plan = buildQueryPlan(text, withVocabulary, withSynonyms);
  expect(plan.passages.length, "read as subject and message").toBeGreaterThan(1);
  const levels = levelsFor(plan, article);
  return { passage: passageRelevanceOf(plan, levels).score, whole: relevanceOf(plan, levels).score };
}

describe("when a whole ticket text gets no suggestion", () => {
  it("abstains when the article's title and keywords share only one idea with the text", () => {
    const text =
      "Domein naar Transip Ik wil mijn domein en de domeinnaam van mijn zaak naar Transip brengen. Hoe gaat dat?";
    // "domein" and "domeinnaam" are one idea: the cancellation article that mentions domains is no answer.
    const oneIdea = scoreOf(text, { domein: 3, domeinnaam: 2, opzeggen: 3 });
    expect(oneIdea.whole).toBeGreaterThan(0);
    expect(oneIdea.passage).toBe(0);
    // The same words in a body only do not make a second idea either.
    expect(scoreOf(text, { domein: 3, domeinnaam: 2, overzetten: 1 }).passage).toBe(0);
  });

  it("suggests when two different ideas of the text are in the article's title or keywords", () => {
    const text =
      "Domein verhuizen Ik wil mijn domeinnaam van een andere partij naar jullie overzetten. Hoe lang duurt dat ongeveer?";
    expect(scoreOf(text, { domein: 3, verhuizen: 3, overzetten: 2 }).passage).toBeGreaterThanOrEqual(
      passageWeights.minScore,
    );
  });

  it("abstains when the text's relevance stays below the whole-text minimum", () => {
    // Only the message backs the article, with two of its words in keywords, among words about Thunderbird.
    const text =
      "Vraagje over thunderbird Thunderbird op de laptop vraagt om het wachtwoord van de mailbox. Verder werkt alles prima.";
    expect(scoreOf(text, { wachtwoord: 2, mailbox: 2 }).passage).toBe(0);
    // With both words in its title the same article is shown.
    expect(scoreOf(text, { wachtwoord: 3, mailbox: 3 }).passage).toBeGreaterThanOrEqual(
      passageWeights.minScore,
    );
  });

  it("leaves a short query to the short-query thresholds", () => {
    const plan = buildQueryPlan("domein opzeggen", vocabulary, synonyms);
    const levels = levelsFor(plan, { domein: 3 });
    expect(passageRelevanceOf(plan, levels)).toEqual(relevanceOf(plan, levels));
  });
});

describe("what counts as one idea of a whole ticket text", () => {
  it("counts synonyms as one idea", () => {
    const outageSynonyms = createSynonymDictionary([{ terms: ["storing", "uitval"] }]);
    const text =
      "Storing bij de buren Sinds vanmorgen is er uitval van het internet in onze straat. Ligt dat aan de storing van de buren?";
    // Without the synonym group "storing" and "uitval" are two ideas the outage article shares.
    const article = { storing: 3, uitval: 2 } as const;
    expect(scoreOf(text, article).passage).toBeGreaterThanOrEqual(passageWeights.minScore);
    expect(scoreOf(text, article, outageSynonyms).passage).toBe(0);
  });

  it("counts a compound written apart as one idea", () => {
    const withCompound = createVocabulary(
      [
        { word: "email", documentCount: 5, inTitleOrKeywords: true },
        { word: "adres", documentCount: 4, inTitleOrKeywords: true },
        { word: "emailadres", documentCount: 1, inTitleOrKeywords: true },
      ],
      20,
    );
    const apart =
      "Email adres doet het niet Sinds gisteren kan ik niets versturen en ik krijg een foutmelding terug. Wat betekent dat?";
    // "email" and "adres" match the keyword "e-mailadres wijzigen" of an article about personal details.
    const article = { email: 2, adres: 2 } as const;
    expect(scoreOf(apart, article, synonyms, vocabulary).passage).toBeGreaterThanOrEqual(
      passageWeights.minScore,
    );
    expect(scoreOf(apart, article, synonyms, withCompound).passage).toBe(0);
  });
});

describe("words any ticket uses", () => {
  it("weigh little, so that the words that say what the ticket is about carry it", () => {
    const replySynonyms = createSynonymDictionary([{ terms: ["antwoord", "reactie", "reageren"] }]);
    const text =
      "Waar blijft mijn antwoord? Vorige week heb ik een ticket ingediend maar ik heb nog steeds geen reactie gehad. Kunnen jullie laten weten wanneer ik iets hoor?";
    const plan = buildQueryPlan(text, vocabulary, replySynonyms);
    const weightOf = (word: string) => plan.groups.find((group) => group.word === word)?.weight;
    expect(weightOf("blijft")).toBe(wordWeights.lowMeaning);
    expect(weightOf("gehad")).toBe(wordWeights.lowMeaning);
    expect(weightOf("hoor")).toBe(wordWeights.lowMeaning);
    const duration = buildQueryPlan("hoe lang moet ik wachten", vocabulary, replySynonyms);
    expect(duration.groups.map((group) => group.weight)).toEqual([
      wordWeights.lowMeaning,
      wordWeights.lowMeaning,
    ]);
    // The ticket-status article: "antwoord" and "reactie" in its keywords, "ticket" in its title.
    expect(
      scoreOf(text, { antwoord: 2, reactie: 2, ticket: 3 }, replySynonyms).passage,
    ).toBeGreaterThanOrEqual(passageWeights.minScore);
  });
});

describe("words that only say where the problem is", () => {
  it("are no answer on their own: inloggen, account and tickets do not make an article about them", () => {
    const text =
      "Inloggen op account Kan mijn collega ook inloggen op ons account met een eigen naam? Hij moet ook de tickets kunnen zien.";
    expect(scoreOf(text, { account: 3, inloggen: 3, ticket: 2 }).passage).toBe(0);
  });

  it("count beside a word that says what the problem is", () => {
    const text =
      "Inloggen op account Kan mijn collega ook inloggen op ons account met een eigen wachtwoord? Hij moet ook de tickets kunnen zien.";
    expect(
      scoreOf(text, { account: 3, inloggen: 3, ticket: 2, wachtwoord: 2 }).passage,
    ).toBeGreaterThanOrEqual(passageWeights.minScore);
  });
});
