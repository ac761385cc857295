// Which language a customer wrote in, from the little words every sentence has: "ik", "het", "niet"
// against "the", "not", "can". Only a clear majority counts; a text without them or evenly mixed
// says nothing, and then the language the customer chose in the app decides.
import type { Language } from "@helpdesk/contracts";
import { wordsOf } from "./text-normalization.ts";

const dutch = new Set(
  "aan als ben bij dan dat de deze die dit een en er geen heb hebben het hoe ik is je jullie kan kunnen maar me met mij mijn moet naar niet nog nu of om ons onze ook op over te tot u uw van voor waar wat we wij wil zijn zou graag".split(
    " ",
  ),
);
const english = new Set(
  "about and are be but can could did do does for from have how i if is it me my not of on our please so that the there this to want was we what when where why will with would you your".split(
    " ",
  ),
);

/** The language of the text when its function words clearly say so, else undefined. */
export function detectLanguage(text: string): Language | undefined {
  let nl = 0;
  let en = 0;
  for (const word of wordsOf(text)) {
    // "is" and "we" are both: they count for neither.
    const inDutch = dutch.has(word);
    const inEnglish = english.has(word);
    if (inDutch && !inEnglish) nl++;
    else if (inEnglish && !inDutch) en++;
  }
  // One side only, or twice as many (and more than one) as the other.
  if (nl > 0 && (en === 0 || (nl >= 2 * en && nl > 1))) return "nl";
  if (en > 0 && (nl === 0 || (en >= 2 * nl && en > 1))) return "en";
  return undefined;
}
