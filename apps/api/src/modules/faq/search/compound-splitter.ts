// Dutch writes compounds as one word ("wachtwoordwijziging", "bankrekeningnummer") and the stemmer
// does not split them; we split against the words the FAQ itself uses, at index and query time.
import { stopWords } from "./text-normalization.ts";

const MIN_COMPOUND_LENGTH = 7;
const MIN_PART_LENGTH = 4;
// Dutch joins compound parts with these: "abonnement-s-periode", "klant-en-service".
const linkingLetters = ["", "s", "e", "en"];

/** Two or three known parts, longest first part first; null when the word does not split. */
export function splitCompound(word: string, isKnownWord: (word: string) => boolean): string[] | null {
  if (word.length < MIN_COMPOUND_LENGTH || /\d/.test(word)) return null;
  const isPart = (part: string) =>
    part.length >= MIN_PART_LENGTH && !stopWords.has(part) && isKnownWord(part);

  function split(rest: string, partsLeft: number): string[] | null {
    for (let end = rest.length - MIN_PART_LENGTH; end >= MIN_PART_LENGTH; end--) {
      const head = rest.slice(0, end);
      if (!isPart(head)) continue;
      for (const link of linkingLetters) {
        if (!rest.startsWith(link, end)) continue;
        const tail = rest.slice(end + link.length);
        if (isPart(tail)) return [head, tail];
        if (partsLeft > 2 && tail.length >= MIN_COMPOUND_LENGTH) {
          const tailParts = split(tail, partsLeft - 1);
          if (tailParts) return [head, ...tailParts];
        }
      }
    }
    return null;
  }
  return split(word, 3);
}

/** The compound parts of every word of a text, for the search columns (index-time splitting). */
export function compoundPartsOf(words: string[], isKnownWord: (word: string) => boolean): string {
  const parts = new Set<string>();
  for (const word of words) for (const part of splitCompound(word, isKnownWord) ?? []) parts.add(part);
  return [...parts].join(" ");
}
