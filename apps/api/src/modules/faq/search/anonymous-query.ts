// What is kept of a customer's typed text in suggestion events: its words, without e-mail
// addresses, links, anything with a digit (phone, IBAN, postcode, order numbers) or capitalised
// words inside a sentence (likely names). Acronyms in capitals (SSL, IBAN) stay.
import { foldWord } from "./text-normalization.ts";

const MAX_WORDS = 12;

export function anonymousQueryWords(text: string): string[] {
  const withoutContacts = text.replace(/\S+@\S+/g, " ").replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ");
  const tokens = withoutContacts.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens
    .filter((token, index) => {
      if (/\d/.test(token) || token.length < 2 || token.length > 30) return false;
      const capitalised = /^\p{Lu}\p{Ll}/u.test(token);
      return !(capitalised && index > 0);
    })
    .map(foldWord)
    .slice(0, MAX_WORDS);
}
