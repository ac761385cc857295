// `pnpm eval:faq`: how well suggestions find the right article, per kind of query, on the seed FAQ.
// Two sets: short queries (paraphrases, typos, half-typed words, English, questions the FAQ does not
// answer) and whole ticket texts (subject and message, as the ticket form sends them), reported
// separately and per language. Each is split once, by a hash of its text, into a tuning part (60%)
// and a held-out part (40%) that was not looked at while tuning; both are reported.
// `--show-failures` lists the misses of the tuning parts only.
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createDatabase, type Database } from "../src/db/prisma.ts";
import { createFaqSuggestionService } from "../src/modules/faq/faq-suggestions.service.ts";
import { createLexicalRetriever } from "../src/modules/faq/search/lexical-retriever.ts";
import { createFaqSearchIndex } from "../src/modules/faq/search/search-index.ts";
import {
  type ArticleKey,
  articleKeys,
  labelledQueries,
  type QueryType,
  typedSentences,
} from "./faq-queries.ts";
import { ticketTexts } from "./faq-ticket-texts.ts";
import { withScratchDatabase } from "./scratch-database.ts";

type CaseType = QueryType | "whole_text";

interface EvalCase {
  q: string;
  type: CaseType;
  answers: string[];
  split: "tuning" | "held-out";
  /** Whole ticket texts: the language the customer wrote in. */
  language?: "nl" | "en";
}

/** FNV-1a: a stable split that does not depend on the order of the list. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}
const splitOf = (text: string) => (hashOf(text) % 10 < 4 ? "held-out" : "tuning");
const slugsOf = (keys: ArticleKey[]) => keys.map((key) => articleKeys[key]);

/** The sentence as typed so far: its first `count` words, the last one cut off halfway. */
function typedSoFar(sentence: string, count: number): string {
  const words = sentence.split(" ").slice(0, count);
  const last = words.at(-1) ?? "";
  if (last.length >= 5) words[words.length - 1] = last.slice(0, Math.ceil(last.length * 0.6));
  return words.join(" ");
}

function buildCases(): EvalCase[] {
  const cases: EvalCase[] = labelledQueries.map((query) => ({
    q: query.q,
    type: query.type,
    answers: slugsOf(query.answers),
    split: splitOf(query.q),
    language: query.type === "english" ? "en" : "nl",
  }));
  for (const sentence of typedSentences) {
    for (const count of [2, 3, 5]) {
      cases.push({
        q: typedSoFar(sentence.text, count),
        type: "partial",
        answers: slugsOf(sentence.answers),
        language: "nl",
        // All replays of a sentence on the same side.
        split: splitOf(sentence.text),
      });
    }
  }
  return cases;
}

/** Subject and message joined as the ticket form sends them. */
export const wholeTextOf = (text: { subject: string; message: string }) => `${text.subject} ${text.message}`;

function buildWholeTextCases(): EvalCase[] {
  return ticketTexts.map((text) => ({
    q: wholeTextOf(text),
    type: "whole_text",
    answers: slugsOf(text.answers),
    split: splitOf(wholeTextOf(text)),
    language: text.language,
  }));
}

interface Outcome {
  case: EvalCase;
  /** The Dutch original of each suggested article (a translation counts as its original). */
  results: string[];
  scores: number[];
  /** The language of each suggested article. */
  languages: string[];
}

function metrics(outcomes: Outcome[]) {
  const answerable = outcomes.filter((outcome) => outcome.case.answers.length > 0);
  const unanswerable = outcomes.filter((outcome) => outcome.case.answers.length === 0);
  const rankOf = (outcome: Outcome) =>
    outcome.results.findIndex((slug) => outcome.case.answers.includes(slug));
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    n: outcomes.length,
    hitAt1: share(answerable.filter((o) => rankOf(o) === 0).length, answerable.length),
    hitAt3: share(answerable.filter((o) => rankOf(o) >= 0 && rankOf(o) < 3).length, answerable.length),
    mrrAt5: share(
      answerable.reduce((sum, o) => {
        const rank = rankOf(o);
        return sum + (rank >= 0 && rank < 5 ? 1 / (rank + 1) : 0);
      }, 0),
      answerable.length,
    ),
    noResult: share(answerable.filter((o) => o.results.length === 0).length, answerable.length),
    falseSuggestion: share(unanswerable.filter((o) => o.results.length > 0).length, unanswerable.length),
    /** Of the answerable cases with a suggestion: the first one is in the customer's language. */
    ownLanguage: share(
      answerable.filter((o) => o.results.length > 0 && o.languages[0] === o.case.language).length,
      answerable.filter((o) => o.results.length > 0 && o.case.language).length,
    ),
  };
}

const format = (value: number | null) => (value === null ? "   -" : value.toFixed(2).padStart(4));

function printRows(title: string, header: string, rows: [string, Outcome[]][]) {
  console.log(`\n${title}`);
  console.log(`${header.padEnd(10)}  n    hit@1 hit@3 MRR@5 no-result false-suggestion own-language`);
  for (const [name, group] of rows) {
    const m = metrics(group);
    console.log(
      `${name.padEnd(10)} ${String(m.n).padStart(3)}   ${format(m.hitAt1)}  ${format(m.hitAt3)}  ${format(m.mrrAt5)}  ${format(m.noResult)}      ${format(m.falseSuggestion)}         ${format(m.ownLanguage)}`,
    );
  }
}

function printTable(title: string, outcomes: Outcome[]) {
  const types: QueryType[] = ["paraphrase", "typo", "partial", "english", "no_answer"];
  printRows(title, "type", [
    ...types.map((type): [string, Outcome[]] => [type, outcomes.filter((o) => o.case.type === type)]),
    ["all", outcomes],
  ]);
}

/** Whole ticket texts per language; the no-answer texts are the false-suggestion column. */
function printWholeTextTable(title: string, outcomes: Outcome[]) {
  printRows(title, "language", [
    ["nl", outcomes.filter((o) => o.case.language === "nl")],
    ["en", outcomes.filter((o) => o.case.language === "en")],
    ["all", outcomes],
  ]);
}

/** Translation slug -> its original's slug: a translation answers what its original answers. */
async function originalSlugs(db: Database) {
  const rows = await db.faqArticle.findMany({
    where: { translationOfId: { not: null } },
    select: { slug: true, translationOf: { select: { slug: true } } },
  });
  return new Map(rows.map((row) => [row.slug, row.translationOf?.slug ?? row.slug]));
}

const showFailures = process.argv.includes("--show-failures");

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  try {
    await importFaqContent(db);
    const searchIndex = createFaqSearchIndex({ db });
    const suggestions = createFaqSuggestionService({
      db,
      publicUrl: "http://localhost",
      retrievers: [createLexicalRetriever({ db, searchIndex })],
    });
    const originals = await originalSlugs(db);
    const run = async (cases: EvalCase[]) => {
      const outcomes: Outcome[] = [];
      for (const evalCase of cases) {
        const { items } = await suggestions.suggest({ q: evalCase.q, limit: 5 });
        outcomes.push({
          case: evalCase,
          results: items.map((item) => originals.get(item.slug) ?? item.slug),
          scores: items.map((item) => item.score),
          languages: items.map((item) => item.language),
        });
      }
      return outcomes;
    };
    const short = await run(buildCases());
    const whole = await run(buildWholeTextCases());
    const tuningOf = (outcomes: Outcome[]) => outcomes.filter((o) => o.case.split === "tuning");
    const heldOutOf = (outcomes: Outcome[]) => outcomes.filter((o) => o.case.split === "held-out");

    console.log(
      `FAQ suggestions on the seed FAQ: ${short.length} short queries (${heldOutOf(short).length} held out)`,
    );
    printTable("Short queries, tuning part", tuningOf(short));
    printTable("Short queries, held-out part (not tuned on)", heldOutOf(short));
    printTable("Short queries, all", short);
    console.log(
      `\nWhole ticket texts (subject + message): ${whole.length} (${heldOutOf(whole).length} held out; ` +
        `${whole.filter((o) => o.case.answers.length === 0).length} the FAQ does not answer)`,
    );
    printWholeTextTable("Whole texts, tuning part", tuningOf(whole));
    printWholeTextTable("Whole texts, held-out part (not tuned on)", heldOutOf(whole));
    printWholeTextTable("Whole texts, all", whole);

    if (showFailures) {
      console.log("\nMisses in the tuning parts:");
      for (const o of [...tuningOf(short), ...tuningOf(whole)]) {
        const hit =
          o.case.answers.length === 0 ? o.results.length === 0 : o.case.answers.includes(o.results[0] ?? "");
        const found = o.results.slice(0, 3).map((slug, i) => `${slug.slice(0, 28)} ${o.scores[i]}`);
        if (!hit) console.log(`  [${o.case.type}] "${o.case.q}" -> ${found.join(", ") || "(nothing)"}`);
      }
    }
  } finally {
    await db.$disconnect();
  }
});
