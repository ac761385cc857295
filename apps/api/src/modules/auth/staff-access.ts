// What staff management asks of auth: a deactivated member's sessions (and with them their refresh
// tokens and, on the next request, their access tokens) end at once; an invitation is a
// single-use link token, of which only the newest works.
import type { Database, DbClient } from "../../db/prisma.ts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";
import {
  claimOneTimeToken,
  replaceOneTimeToken,
  revokeAllSessions,
  revokeOneTimeTokens,
} from "./auth.repository.ts";

const staffAccount = (staffId: string) => ({ kind: "staff" as const, id: staffId });

/** Ends every session and unused link of the member: nothing they hold signs them in any more. */
export async function revokeStaffAccess(
  db: DbClient,
  staffId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await revokeAllSessions(db, staffAccount(staffId), reason, now);
  await revokeOneTimeTokens(db, staffAccount(staffId));
}

/** Ends the member's unused links, so an earlier invitation e-mail no longer works. */
export async function revokeStaffLinks(db: DbClient, staffId: string): Promise<void> {
  await revokeOneTimeTokens(db, staffAccount(staffId));
}

/** A new invitation token for the e-mail of this outbox event (a retried e-mail replaces its own). */
export async function newInvitationToken(
  db: Database,
  staffId: string,
  expiresAt: Date,
  outboxEventId: string,
): Promise<string> {
  const { token, hash } = newSecretToken();
  await replaceOneTimeToken(db, {
    purpose: "staff_invitation",
    account: staffAccount(staffId),
    tokenHash: hash,
    expiresAt,
    outboxEventId,
  });
  return token;
}

/** Uses up an invitation token: the staff member it was for, or null when unknown, used or expired. */
export async function claimInvitationToken(db: DbClient, token: string, now: Date): Promise<string | null> {
  const claim = await claimOneTimeToken(db, "staff_invitation", hashSecretToken(token), now);
  return claim?.account.kind === "staff" ? claim.account.id : null;
}
