// The only code that queries sessions, refresh tokens and one-time tokens.
import { randomUUID } from "node:crypto";
import type { Database, DbClient } from "../../db/prisma.ts";
import type { OneTimeTokenPurpose, StaffRole } from "../../generated/prisma/enums.ts";
import type { SignedInActor } from "../identity/actor.ts";

import type { AccountRef } from "./accounts.ts";

const subjectColumns = (account: AccountRef) =>
  account.kind === "staff" ? { staffId: account.id } : { customerId: account.id };

const subjectOf = (row: { staffId: string | null; customerId: string | null }): AccountRef | null => {
  if (row.staffId) return { kind: "staff", id: row.staffId };
  if (row.customerId) return { kind: "customer", id: row.customerId };
  return null;
};

export async function createSession(db: DbClient, account: AccountRef, expiresAt: Date): Promise<string> {
  const session = await db.authSession.create({
    data: { ...subjectColumns(account), expiresAt },
    select: { id: true },
  });
  return session.id;
}

/** The signed-in caller of a live session, or null when the session is over or not theirs. */
export async function findSessionActor(
  db: DbClient,
  sessionId: string,
  subjectId: string,
  now: Date,
): Promise<SignedInActor | null> {
  // Every request with a token asks this: one round trip (Prisma's client made it three, one of
  // them for the staff member of a customer's session, `IN (NULL)`).
  const [row] = await db.$queryRaw<SessionAccountRow[]>`
    SELECT s.id AS "sessionId", st.role::text AS "staffRole",
           COALESCE(st.id, c.id) AS id, COALESCE(st.email, c.email) AS email, COALESCE(st.name, c.name) AS name
    FROM auth_sessions s
    LEFT JOIN staff_members st ON st.id = s.staff_id
    LEFT JOIN customers c ON c.id = s.customer_id
    WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL AND s.expires_at > ${now}
      AND COALESCE(st.id, c.id) = ${subjectId}::uuid`;
  if (!row) return null;
  const { staffRole, ...account } = row;
  return staffRole === null
    ? { kind: "customer", ...account }
    : { kind: "staff", ...account, role: staffRole };
}

interface SessionAccountRow {
  sessionId: string;
  /** Null for a customer's session. */
  staffRole: StaffRole | null;
  id: string;
  email: string;
  name: string;
}

/** The signed-in caller of a session by its id alone, with its end; null when it is over. */
export async function findActorOfSession(
  db: DbClient,
  sessionId: string,
  now: Date,
): Promise<{ actor: SignedInActor; expiresAt: Date } | null> {
  const session = await db.authSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      expiresAt: true,
      staff: { select: { id: true, email: true, name: true, role: true } },
      customer: { select: { id: true, email: true, name: true } },
    },
  });
  if (session?.staff)
    return { actor: { kind: "staff", ...session.staff, sessionId }, expiresAt: session.expiresAt };
  if (session?.customer)
    return { actor: { kind: "customer", ...session.customer, sessionId }, expiresAt: session.expiresAt };
  return null;
}

export async function createRefreshToken(
  db: DbClient,
  sessionId: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.refreshToken.create({ data: { sessionId, tokenHash, expiresAt } });
}

export type RefreshTokenClaim =
  | { outcome: "unknown" }
  | { outcome: "reused"; sessionId: string }
  | { outcome: "expired"; sessionId: string }
  | { outcome: "claimed"; sessionId: string; account: AccountRef; sessionExpiresAt: Date };

/**
 * Marks a refresh token used, exactly once. A second presentation of the same token (a replay, or
 * a thief racing the owner) is reported as reuse.
 */
export async function claimRefreshToken(
  db: DbClient,
  tokenHash: string,
  now: Date,
): Promise<RefreshTokenClaim> {
  const token = await db.refreshToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      session: {
        select: { id: true, staffId: true, customerId: true, expiresAt: true, revokedAt: true },
      },
    },
  });
  if (!token) return { outcome: "unknown" };
  const { session } = token;
  if (token.usedAt) return { outcome: "reused", sessionId: session.id };
  const account = subjectOf(session);
  if (!account || session.revokedAt || session.expiresAt <= now || token.expiresAt <= now) {
    return { outcome: "expired", sessionId: session.id };
  }
  const marked = await db.refreshToken.updateMany({
    where: { id: token.id, usedAt: null },
    data: { usedAt: now },
  });
  if (marked.count === 0) return { outcome: "reused", sessionId: session.id };
  return { outcome: "claimed", sessionId: session.id, account, sessionExpiresAt: session.expiresAt };
}

export async function revokeSession(
  db: DbClient,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
}

export async function revokeAllSessions(db: DbClient, account: AccountRef, reason: string, now: Date) {
  await db.authSession.updateMany({
    where: { ...subjectColumns(account), revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
}

/**
 * Stores a new link token. A token made for an outbox event replaces the unused tokens made for
 * that event before (a retried e-mail leaves one valid link, not two).
 */
export async function replaceOneTimeToken(
  db: Database,
  input: {
    purpose: OneTimeTokenPurpose;
    account: AccountRef;
    tokenHash: string;
    expiresAt: Date;
    outboxEventId?: string;
    ticketId?: string;
  },
): Promise<void> {
  if (!input.outboxEventId) {
    await db.oneTimeToken.create({
      data: {
        purpose: input.purpose,
        tokenHash: input.tokenHash,
        expiresAt: input.expiresAt,
        ticketId: input.ticketId ?? null,
        ...subjectColumns(input.account),
      },
    });
    return;
  }
  // One statement, so atomic without a transaction's three extra round trips (every ticket
  // confirmation comes through here).
  const staffId = input.account.kind === "staff" ? input.account.id : null;
  const customerId = input.account.kind === "customer" ? input.account.id : null;
  await db.$executeRaw`
    WITH replaced AS (
      DELETE FROM one_time_tokens WHERE outbox_event_id = ${input.outboxEventId}::uuid AND used_at IS NULL)
    INSERT INTO one_time_tokens
      (id, purpose, token_hash, staff_id, customer_id, outbox_event_id, ticket_id, expires_at)
    VALUES (${randomUUID()}::uuid, ${input.purpose}::"OneTimeTokenPurpose", ${input.tokenHash},
            ${staffId}::uuid, ${customerId}::uuid, ${input.outboxEventId}::uuid,
            ${input.ticketId ?? null}::uuid, ${input.expiresAt})`;
}

/** Ends every link of the account not used yet: sign-in, reset and ticket-confirmation links. */
export async function revokeOneTimeTokens(db: DbClient, account: AccountRef): Promise<void> {
  await db.oneTimeToken.deleteMany({ where: { ...subjectColumns(account), usedAt: null } });
}

/**
 * Uses up a one-time token: the account it was for (and the ticket it confirms, if any), or null
 * when unknown, used or expired.
 */
export async function claimOneTimeToken(
  db: DbClient,
  purpose: OneTimeTokenPurpose,
  tokenHash: string,
  now: Date,
): Promise<{ account: AccountRef; ticketId: string | null } | null> {
  const token = await db.oneTimeToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, staffId: true, customerId: true, ticketId: true },
  });
  if (!token || token.purpose !== purpose) return null;
  const marked = await db.oneTimeToken.updateMany({
    where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const account = subjectOf(token);
  return marked.count === 1 && account ? { account, ticketId: token.ticketId } : null;
}
