// Wires the FAQ area: the knowledge base, its search index and the suggestion retrievers.
import type { Database } from "../../db/prisma.ts";
import { faqRoutes } from "./faq.router.ts";
import { createFaqService } from "./faq.service.ts";
import { createFaqSuggestionService } from "./faq-suggestions.service.ts";
import { createFaqUsageService } from "./faq-usage.service.ts";
import { createLexicalRetriever } from "./search/lexical-retriever.ts";
import { createFaqSearchIndex, type FaqSearchIndex } from "./search/search-index.ts";

// One search index per database client: the API and the e-mail outbox in one process share it,
// instead of each holding (and reloading after every FAQ change) a copy of the titles and keywords.
const searchIndexes = new WeakMap<Database, FaqSearchIndex>();

function searchIndexFor(db: Database): FaqSearchIndex {
  let searchIndex = searchIndexes.get(db);
  if (!searchIndex) {
    searchIndex = createFaqSearchIndex({ db });
    searchIndexes.set(db, searchIndex);
  }
  return searchIndex;
}

function createFaqParts({ db, publicUrl }: { db: Database; publicUrl: string }) {
  const searchIndex = searchIndexFor(db);
  // A semantic retriever would be added to this list; results are fused by reciprocal rank.
  const retrievers = [createLexicalRetriever({ db, searchIndex })];
  const usage = createFaqUsageService({ db });
  const suggestions = createFaqSuggestionService({ db, retrievers, usage, publicUrl });
  return { searchIndex, usage, suggestions };
}

export function createFaqRoutes({ db, publicUrl }: { db: Database; publicUrl: string }) {
  const { searchIndex, usage, suggestions } = createFaqParts({ db, publicUrl });
  return faqRoutes(createFaqService({ db, searchIndex, publicUrl }), suggestions, usage);
}

/** The suggestions alone, for e-mails: the ticket confirmation links the articles that match. */
export const createFaqSuggestions = (deps: { db: Database; publicUrl: string }) =>
  createFaqParts(deps).suggestions;
