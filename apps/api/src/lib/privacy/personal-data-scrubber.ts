// Erasure rewrites what stays on the record (the provider's answers, the audit trail) so that it no
// longer names the person: their name and its parts, e-mail address, phone number, address, IBAN and
// date of birth become a placeholder wherever they appear.

export const ERASED = "[verwijderd]";

export interface PersonalData {
  name: string;
  email: string;
  phone: string | null;
  postalAddress: string | null;
  iban: string | null;
  dateOfBirth: Date | null;
}

// Dutch name particles: too common to remove on their own ("van", "de").
const particles = new Set(["van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "von"]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A value as a whole word: not part of a longer word or number. */
const asWord = (pattern: string) => `(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`;
/** Digits that may be written with spaces, dots, dashes or brackets between them. */
const spacedDigits = (digits: string) => [...digits].join("[\\s().-]*");

function patternsOf(person: PersonalData): string[] {
  const patterns = [escapeRegExp(person.email)];
  const name = person.name.trim();
  if (name) patterns.push(escapeRegExp(name).replace(/\s+/g, "\\s+"));
  for (const part of name.split(/\s+/)) {
    if (part.length >= 3 && !particles.has(part.toLowerCase())) patterns.push(escapeRegExp(part));
  }
  const phoneDigits = person.phone?.replace(/\D/g, "") ?? "";
  if (phoneDigits.length >= 6) {
    // The last nine digits, after any country code or leading zero: "+31 6 1234 5678" is "0612345678".
    const national = phoneDigits.slice(-9);
    patterns.push(`(?:\\+?\\d{1,3}[\\s().-]*|0)?${spacedDigits(national)}`);
  }
  if (person.postalAddress?.trim())
    patterns.push(escapeRegExp(person.postalAddress.trim()).replace(/\s+/g, "\\s+"));
  const iban = person.iban?.replace(/\s/g, "") ?? "";
  if (iban.length >= 8) patterns.push([...iban].map(escapeRegExp).join("\\s*"));
  if (person.dateOfBirth) {
    const [year, month, day] = person.dateOfBirth.toISOString().slice(0, 10).split("-");
    patterns.push(`${year}-${month}-${day}`, `${day}[-./]${month}[-./]${year}`);
  }
  // Longest first, so "Gerda Gast" goes as a whole before "Gerda" could.
  return patterns.sort((a, b) => b.length - a.length);
}

/** A function that replaces this person's data in any text with the placeholder. */
export function personalDataScrubber(person: PersonalData): (text: string) => string {
  const pattern = new RegExp(patternsOf(person).map(asWord).join("|"), "giu");
  return (text) => text.replace(pattern, ERASED);
}

/** The same, for every string inside a JSON value (an audit event's before and after). */
export function scrubJson(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, scrub));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubJson(item, scrub)]));
  }
  return value;
}

/** A message without the signature its author put under the conventional "-- " line. */
export const withoutSignature = (body: string) => body.replace(/\n-- ?\n[\s\S]*$/, "").trimEnd();
