// A whole ticket text (subject and message, as the ticket form sends them together) read as
// passages: the subject, then the message's sentences. Relevance is then the best passage's rather
// than the whole text's, so that a long message does not dilute the one sentence that says it.

import { foldWord, lowMeaningWords, stopWords } from "./text-normalization.ts";

/** One sentence (or line, or the subject) of the text. */
export interface TextSegment {
  text: string;
}

/** A run of the query's word groups that is scored on its own. */
export interface Passage {
  /** Indexes into the query plan's groups. */
  groups: number[];
  /** The subject: weighed above the message. */
  subject: boolean;
}

/** Fewer words than this: one passage, as a short query always was. */
const MIN_WORDS_FOR_SUBJECT = 10;
/** How far into the text a subject typed without a full stop may end. */
const MAX_SUBJECT_TOKENS = 10;

/**
 * A word that starts a sentence: capitalised ("Wij", "Hallo,") or the English "I" ("I'm").
 * "iDIN" and "IBAN" are not: names and acronyms are not sentence starts.
 */
const sentenceStart = /^(?:\p{Lu}\p{Ll}|I(?:['’]\p{Ll}+)?$)/u;
/** A word that ends a phrase without punctuation: the subject's last word, before the message. */
const plainEnd = /[\p{L}\p{N})]$/u;

/**
 * The text's sentences. The first one is the subject when the customer typed it without a full stop
 * ("Ander rekeningnummer Wij zijn overgestapt..."): it ends before the first capitalised word that
 * follows a word without punctuation.
 */
export function segmentsOf(text: string): TextSegment[] {
  const sentences = text
    .split(/(?<=[.!?])\s+|\s*\n\s*/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
  if (text.split(/\s+/).length < MIN_WORDS_FOR_SUBJECT)
    return sentences.map((sentence) => ({ text: sentence }));
  const [first, ...rest] = sentences;
  if (first === undefined) return [];
  const tokens = first.split(/\s+/);
  const starts = tokens.flatMap((token, index) =>
    index > 0 &&
    index <= MAX_SUBJECT_TOKENS &&
    sentenceStart.test(token) &&
    plainEnd.test(tokens[index - 1] ?? "")
      ? [index]
      : [],
  );
  // Title Case subjects ("Google Workspace koppelen Wij ..."): prefer a start that is a function
  // word ("Wij", "Hallo", "I"), else the last capitalised word.
  const end =
    starts.find((index) => {
      const word = foldWord(tokens[index] ?? "").replace(/[^\p{L}].*$/u, "");
      return word === "i" || stopWords.has(word) || lowMeaningWords.has(word);
    }) ??
    starts.at(-1) ??
    -1;
  const head = end > 0 ? [tokens.slice(0, end).join(" "), tokens.slice(end).join(" ")] : [first];
  return [...head, ...rest].map((sentence) => ({ text: sentence }));
}

/** A message passage has at least this many words ("Graag uitleg." alone says nothing). */
const MIN_PASSAGE_GROUPS = 3;
/** Longer sentences are read as overlapping windows of this many words. */
const WINDOW_GROUPS = 8;
const WINDOW_STRIDE = 4;

/**
 * The passages of a text from the segment of each of its word groups: the subject (the first
 * segment) on its own, then the message's sentences, short ones joined to the next, long ones as
 * overlapping windows. `withSubject` false: the whole text is one passage.
 */
export function passagesOf(groupSegments: number[], withSubject: boolean): Passage[] {
  const all = groupSegments.map((_, index) => index);
  if (!withSubject) return all.length > 0 ? [{ groups: all, subject: false }] : [];
  const subject = all.filter((index) => groupSegments[index] === 0);
  const sentences: number[][] = [];
  for (const index of all) {
    const segment = groupSegments[index] ?? 0;
    if (segment === 0) continue;
    const last = sentences.at(-1);
    const lastSegment = last ? groupSegments[last.at(-1) ?? -1] : undefined;
    if (last && (lastSegment === segment || last.length < MIN_PASSAGE_GROUPS)) last.push(index);
    else sentences.push([index]);
  }
  // A short last sentence joins the one before it.
  const tail = sentences.at(-1);
  if (sentences.length > 1 && tail && tail.length < MIN_PASSAGE_GROUPS) {
    sentences.pop();
    sentences.at(-1)?.push(...tail);
  }
  const passages: Passage[] = subject.length > 0 ? [{ groups: subject, subject: true }] : [];
  for (const sentence of sentences) {
    if (sentence.length <= WINDOW_GROUPS + WINDOW_STRIDE) {
      passages.push({ groups: sentence, subject: false });
      continue;
    }
    for (let start = 0; start < sentence.length - WINDOW_STRIDE; start += WINDOW_STRIDE) {
      passages.push({ groups: sentence.slice(start, start + WINDOW_GROUPS), subject: false });
    }
  }
  return passages;
}
