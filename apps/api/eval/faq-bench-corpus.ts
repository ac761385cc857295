// The benchmark's large corpus: synthetic articles made of the seed FAQ's words.
import type { Database } from "../src/db/prisma.ts";
import { indexedFieldsOf } from "../src/modules/faq/search/indexed-fields.ts";
import { wordsOf } from "../src/modules/faq/search/text-normalization.ts";

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same corpus. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles made of the seed corpus's words, in its proportions (common words stay common). */
export async function addSyntheticArticles(db: Database, count: number) {
  const seed = await db.faqArticle.findMany({
    select: { title: true, body: true, keywords: true, categoryId: true },
  });
  const words = seed.flatMap((article) => wordsOf(`${article.title} ${article.body}`));
  const categories = [...new Set(seed.map((article) => article.categoryId))];
  const random = randomFrom(42);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (length: number) => Array.from({ length }, () => pick(words)).join(" ");
  const corpusWords = new Set(words);
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, offset) => {
      const article = {
        title: `${sentence(4 + Math.floor(random() * 6))}?`,
        body: Array.from({ length: 3 }, () => `${sentence(20 + Math.floor(random() * 30))}.`).join("\n\n"),
        keywords: Array.from({ length: 3 }, () => sentence(1 + Math.floor(random() * 2))),
      };
      return {
        ...article,
        slug: `synthetisch-${start + offset}`,
        status: "published" as const,
        categoryId: pick(categories),
        ...indexedFieldsOf(article, (word) => corpusWords.has(word)),
      };
    });
    await db.faqArticle.createMany({ data: batch });
  }
  await db.$executeRawUnsafe("ANALYZE faq_articles");
}
