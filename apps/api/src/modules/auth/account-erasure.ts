// What erasure (privacy) asks of auth: a customer's sessions and links end, and nothing of them
// stays that could sign in again.
import type { DbClient } from "../../db/prisma.ts";
import { revokeAllSessions, revokeOneTimeTokens } from "./auth.repository.ts";

export async function revokeCustomerAccess(db: DbClient, customerId: string, now: Date): Promise<void> {
  const account = { kind: "customer" as const, id: customerId };
  await revokeAllSessions(db, account, "customer_erased", now);
  await revokeOneTimeTokens(db, account);
}
