// `pnpm eval:faq`: how well suggestions find the right article, per kind of query, on the seed FAQ.
// The queries are split once, by a hash of their text, into a tuning part (60%) and a held-out part
// (40%) that was not looked at while tuning; both are reported. `--show-failures` lists the misses
// of the tuning part only.
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createDatabase } from "../src/db/prisma.ts";
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
import { withScratchDatabase } from "./scratch-database.ts";

interface EvalCase {
  q: string;
  type: QueryType;
  answers: string[];
  split: "tuning" | "held-out";
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
  }));
  for (const sentence of typedSentences) {
    for (const count of [2, 3, 5]) {
      cases.push({
        q: typedSoFar(sentence.text, count),
        type: "partial",
        answers: slugsOf(sentence.answers),
        // All replays of a sentence on the same side.
        split: splitOf(sentence.text),
      });
    }
  }
  return cases;
}

interface Outcome {
  case: EvalCase;
  results: string[];
  scores: number[];
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
  };
}

const format = (value: number | null) => (value === null ? "   -" : value.toFixed(2).padStart(4));

function printTable(title: string, outcomes: Outcome[]) {
  console.log(`\n${title}`);
  console.log("type        n    hit@1 hit@3 MRR@5 no-result false-suggestion");
  const types: QueryType[] = ["paraphrase", "typo", "partial", "english", "no_answer"];
  const rows: [string, Outcome[]][] = [
    ...types.map((type): [string, Outcome[]] => [type, outcomes.filter((o) => o.case.type === type)]),
    ["all", outcomes],
  ];
  for (const [name, group] of rows) {
    const m = metrics(group);
    console.log(
      `${name.padEnd(10)} ${String(m.n).padStart(3)}   ${format(m.hitAt1)}  ${format(m.hitAt3)}  ${format(m.mrrAt5)}  ${format(m.noResult)}      ${format(m.falseSuggestion)}`,
    );
  }
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
    const outcomes: Outcome[] = [];
    for (const evalCase of buildCases()) {
      const { items } = await suggestions.suggest({ q: evalCase.q, limit: 5 });
      outcomes.push({
        case: evalCase,
        results: items.map((item) => item.slug),
        scores: items.map((item) => item.score),
      });
    }

    const tuning = outcomes.filter((o) => o.case.split === "tuning");
    const heldOut = outcomes.filter((o) => o.case.split === "held-out");
    console.log(`FAQ suggestions on the seed FAQ: ${outcomes.length} queries (${heldOut.length} held out)`);
    printTable("Tuning part", tuning);
    printTable("Held-out part (not tuned on)", heldOut);
    printTable("All", outcomes);

    if (showFailures) {
      console.log("\nMisses in the tuning part:");
      for (const o of tuning) {
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
