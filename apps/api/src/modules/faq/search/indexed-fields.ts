// What an article stores for the search columns besides its own text: the parts of its compound
// words, per field, so that they match with the weight of the field they came from.
import { compoundPartsOf } from "./compound-splitter.ts";
import { wordsOf } from "./text-normalization.ts";

export interface IndexedFields {
  titleCompoundParts: string;
  keywordCompoundParts: string;
  bodyCompoundParts: string;
}

/** Splits against the corpus vocabulary plus the article's own words. */
export function indexedFieldsOf(
  article: { title: string; keywords: string[]; body: string },
  isCorpusWord: (word: string) => boolean,
): IndexedFields {
  const title = wordsOf(article.title);
  const keywords = article.keywords.flatMap(wordsOf);
  const body = wordsOf(article.body);
  const own = new Set([...title, ...keywords, ...body]);
  const isKnown = (word: string) => own.has(word) || isCorpusWord(word);
  return {
    titleCompoundParts: compoundPartsOf(title, isKnown),
    keywordCompoundParts: compoundPartsOf(keywords, isKnown),
    bodyCompoundParts: compoundPartsOf(body, isKnown),
  };
}
