// Erasure of a customer: their tickets' time entries and consents stay for the books (minutes,
// blocks, rates), but notes and consent texts lose the customer's personal data, in the erasure's
// own transaction.
import type { DbClient } from "../../db/prisma.ts";
import * as consents from "./billing-consents.repository.ts";
import * as entries from "./time-entries.repository.ts";

export async function eraseCustomerFromBilling(
  tx: DbClient,
  ticketIds: string[],
  scrub: (text: string) => string,
): Promise<number> {
  let rewritten = 0;
  for (const entry of await entries.listEntryNotes(tx, ticketIds)) {
    const note = scrub(entry.note);
    if (note === entry.note) continue;
    await entries.setEntryNote(tx, entry.id, note);
    rewritten++;
  }
  for (const consent of await consents.listConsentTexts(tx, ticketIds)) {
    const description = scrub(consent.description);
    if (description === consent.description) continue;
    await consents.setConsentDescription(tx, consent.id, description);
    rewritten++;
  }
  return rewritten;
}
