// Where quoted history starts, for the headers the reply parser does not know: mail programs in
// other languages ("Op ... schreef", "Am ... schrieb", "Le ... a écrit", "... написал"), headers
// wrapped over several lines, Outlook's From/Sent blocks in any language, "Original Message"
// separators, "At ..., you wrote:" and Gmail's date-first attribution without a verb.

/** "wrote" in the languages our customers' and their colleagues' mail programs speak. */
const WROTE =
  /(?<!\p{L})(wrote|writes|schreef|geschreven|het volgende|schrieb|a écrit|a ecrit|escribió|escreveu|ha scritto|scrisse|napisał\(a\)|napisała?|skrev|kirjoitti|írta|yazdı|pisze|написала?|написав|пишет|пише)(?!\p{L})|写道|寫道|のメッセージ/iu;

/** Attribution lines end with a colon ("... wrote:", "... um 11:53 Uhr:"). */
const ENDS_WITH_COLON = /[:：]\s*$/;

/** Zoho: "---- On Tue, 12 Jan 2016 10:00:00 +0100 Name <a@b.c> wrote ----". */
const ZOHO = /^\s*-{2,}\s*On .+ wrote\s*-{2,}\s*$/i;

/** Gmail in some languages: "2016-10-24 15:36 GMT+02:00 Name <a@b.c>:" without a verb. */
const DATE_FIRST = /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*<\s*[^<>\s]+@[^<>\s]+\s*>\s*:?\s*$/;

/**
 * Gmail in Russian and other languages: a local date with a year and a time of day, then the
 * sender's address and a colon, no verb ("вт, 3 мар. 2026 г. в 10:12, Name <a@b.c>:").
 */
const DATED_ADDRESS =
  /(?<!\d)(19|20)\d{2}(?!\d).*(?<!\d)\d{1,2}:\d{2}(?!\d).*<\s*[^<>\s]+@[^<>\s]+\s*>\s*[:：]\s*$/u;

const ORIGINAL_MESSAGE =
  /^\s*\*?\s*-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|mensaje original|message d'origine|messaggio originale|oorspronkelijk bericht|origineel bericht|wiadomość oryginalna|исходное сообщение|původní zpráva|原始邮件)\s*-{2,}\s*\*?\s*$/iu;

/** The first line of a header block: From in the languages of Outlook. */
const FROM_FIELD = /^\s*\*?(from|van|von|de|da|od|от|від|fra|från|feladó|发件人|寄件者)\s*\*?\s*[:：]/iu;
const OTHER_FIELD =
  /^\s*\*?(sent|date|datum|verzonden|gesendet|envoyé|enviado|data|wysłano|отправлено|надіслано|sendt|skickat|发送时间|to|aan|an|à|para|a|do|кому|til|till|收件人|subject|onderwerp|betreff|objet|asunto|oggetto|temat|тема|emne|ämne|主题|cc|risposta|reply-to)\s*\*?\s*[:：]/iu;

/** A line that only separates (Outlook's underscores, dashes, a box-drawing rule). */
const SEPARATOR = /^\s*[-_=*─━]{5,}\s*$/u;

/** What tells an attribution from a sentence of the sender's own: an address, a time of day. */
const ATTRIBUTION_DETAIL = /@|<|\d{1,2}[:.]\d{2}|пользователь/iu;
const MAX_HEADER_CHARS = 400;

function isAttribution(window: string): boolean {
  if (window.length > MAX_HEADER_CHARS) return false;
  if (ZOHO.test(window) || DATE_FIRST.test(window) || DATED_ADDRESS.test(window)) return true;
  return ENDS_WITH_COLON.test(window) && WROTE.test(window) && ATTRIBUTION_DETAIL.test(window);
}

function isHeaderBlock(lines: string[], index: number): boolean {
  if (!FROM_FIELD.test(lines[index] ?? "")) return false;
  const following = lines.slice(index + 1, index + 6).filter((line) => OTHER_FIELD.test(line));
  return following.length >= 2;
}

/** Steps back over the blank and separator lines right above a header block. */
function blockStart(lines: string[], index: number): number {
  let start = index;
  while (start > 0 && (SEPARATOR.test(lines[start - 1] ?? "") || !lines[start - 1]?.trim())) start--;
  return start;
}

/**
 * A sentence of the sender's own ends like one ("... nibh.", "then...", "!"); an attribution's
 * first line never does, though it may end in an abbreviation or a date ("Fr., 28.").
 */
const ENDS_A_SENTENCE = /([!?…]|\p{L}{4,}\.|\.\.)\s*$/u;
/** The rest of an address wrapped onto the next line ("info@example.org> wrote:"). */
const CONTINUED_ADDRESS = /^\s*[^\s<>()]*@[^\s<>()]*[>)]/;
/** How attributions open: a date or an address, or "On", "Op", "Am", "Le", "El", "Il", "Em", "At". */
const OPENER = /\d|@|^\s*(on|op|am|le|el|il|em|at|w dniu|den|dne)\s/i;

/** How many lines (1 to 3) from `index` make an attribution, or 0. */
function attributionAt(lines: string[], index: number): number {
  const first = lines[index] ?? "";
  if (!first.trim() || ENDS_A_SENTENCE.test(first) || CONTINUED_ADDRESS.test(first)) return 0;
  const window = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map((part) => part.trim())
      .join(" ");
  for (let size = 1; size <= 3 && index + size <= lines.length; size++) {
    if (!isAttribution(window(index, index + size))) continue;
    if (size === 1 || OPENER.test(first)) return size;
    // A line that opens nothing ("Hello") is the sender's, when the lines after it make the
    // attribution by themselves.
    const later = Array.from({ length: size - 1 }, (_, skip) => index + skip + 1);
    return later.some((start) => isAttribution(window(start, index + size))) ? 0 : size;
  }
  return 0;
}

/**
 * The line where quoted history starts, or -1. It counts only below some text of the sender's own:
 * an attribution at the top is a bottom-posted reply's, and the sender's text follows the quote.
 */
export function quoteHeaderLine(lines: string[]): number {
  let seenText = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const attribution = attributionAt(lines, index);
    if (seenText && (ORIGINAL_MESSAGE.test(line) || ZOHO.test(line) || attribution > 0)) return index;
    if (seenText && isHeaderBlock(lines, index)) return blockStart(lines, index);
    if (attribution > 1) index += attribution - 1;
    else if (line.trim() && !line.trimStart().startsWith(">") && !attribution) seenText = true;
  }
  return -1;
}

/** The text above the first quote header (all of it when there is none). */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split("\n");
  const header = quoteHeaderLine(lines);
  return header < 0 ? text : lines.slice(0, header).join("\n");
}
