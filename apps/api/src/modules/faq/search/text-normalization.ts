// How the application reads words, kept in step with the database's `faq_plain` configuration
// (lower case, accents folded): the vocabulary it loads from PostgreSQL uses the same forms.

/** Lower-cases and folds accents: "Geïnstalleerde" -> "geinstalleerde". */
export function foldWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a text, folded; single letters are dropped (the "s" of "FAQ’s" carries nothing). */
export function wordsOf(text: string): string[] {
  return (foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1);
}

/**
 * The words of what the customer typed, and whether the last one may still be unfinished
 * (nothing after it yet: no space, no punctuation).
 */
export function readTypedText(text: string): { words: string[]; lastWordUnfinished: boolean } {
  const words = wordsOf(text);
  const lastWordUnfinished = words.length > 0 && /[\p{L}\p{N}]$/u.test(text);
  return { words, lastWordUnfinished };
}

// PostgreSQL's Dutch snowball stop words (the stemmer drops them too), plus English ones, since
// customers also ask in English.
const dutchStopWords =
  "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou" +
  // Not in PostgreSQL's list, but as empty in a customer's sentence.
  " wij we onze jullie ander anders elke elk ieder iedere alle vanaf sinds hierbij daarvoor daarop daarna erover eroverheen zodat";
const englishStopWords =
  "a about after again also always am an and any are as at be been before but by can could did do does doing ever for from get gets getting got had happen happens has have here how i if in into is it its just keep me more most much my never next no not now of on only or other our please really same should so some still such sure than that the their them then there these they this to too us very was we were what when where which who why will with would yes you your" +
  " all another any anything each every since one ours i'm im ive dont cant";

export const stopWords: ReadonlySet<string> = new Set(`${dutchStopWords} ${englishStopWords}`.split(" "));

/**
 * Words that say little about which article is meant ("het werkt niet", "lukt niet", "graag hulp"):
 * kept, but with a small weight, so they rank but never carry a suggestion on their own.
 */
export const lowMeaningWords: ReadonlySet<string> = new Set(
  [
    "werkt werken werkte lukt lukte lukken doet deed gaat gaan ging graag even gewoon weer wel",
    "hallo hoi beste goedemorgen goedemiddag bedankt dank alvast groet groeten vriendelijke",
    "vraag vragen help hulp nodig weet weten probeer probeerde geprobeerd steeds nou ineens",
    "kun kunt jullie jij jou mag mogen moeten willen zouden graag ok oke",
    "waar wanneer waarom welk welke hoeveel hoelang waarmee waarvoor",
    "want need like know hello hi thanks thank works working work help question",
    // Verbs any ticket uses to tell what happened, whatever it is about ("blijft", "klopt niet",
    // "heb gehad", "laten weten"): most are in no article, so they would weigh as rare words.
    "blijft blijven bleef klopt klopte kloppen duurt duurde duren gehad krijg krijgt krijgen kreeg",
    "komt komen kwam staat staan stond laten liet hoor horen zie ziet zien zag lijkt",
    "take takes took usually seems stays come comes came wacht wachten waiting wait",
    "see sees saw seen hear heard let lets stay stayed",
    // "Hoe lang", "how long": a duration of anything (a reply, a transfer, a refund).
    "lang long",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Words that name where a ticket's problem is, not what it is ("account", "website", "mail"): almost
 * every ticket has one. An article that shares only such words with a whole ticket text is no
 * answer to it ("Kan mijn collega ook inloggen op ons account?" is not about changing one's
 * personal details).
 */
export const placeWords: ReadonlySet<string> = new Set(
  [
    "account accounts klantaccount login logins inloggen inlog website websites site sites webshop",
    "mail mails email emails mailbox mailboxen e-mail ticket tickets klant klanten customer",
  ]
    .join(" ")
    .split(" "),
);
