// When tickets are merged, the billable work of the one merged goes to the one it was merged into:
// consents and the time logged under them, as they are (invoiced entries stay invoiced).
import type { DbClient } from "../../db/prisma.ts";
import { moveConsents } from "./billing-consents.repository.ts";
import { moveTimeEntries } from "./time-entries.repository.ts";

export async function moveTicketBilling(tx: DbClient, fromTicketId: string, toTicketId: string) {
  await moveConsents(tx, fromTicketId, toTicketId);
  await moveTimeEntries(tx, fromTicketId, toTicketId);
}
