// The only code that queries accounts' credentials, sessions, refresh tokens and one-time tokens.
import type { Language, StaffRole } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import type { OneTimeTokenPurpose } from "../../generated/prisma/enums.ts";
import type { SignedInActor } from "../identity/actor.ts";

/** A staff member or a customer: the two kinds of account that can sign in. */
export type AccountRef = { kind: "staff"; id: string } | { kind: "customer"; id: string };

export interface AccountCredentials {
  account: AccountRef;
  email: string;
  name: string;
  role: StaffRole | "customer";
  language: Language;
  passwordHash: string | null;
}

const subjectColumns = (account: AccountRef) =>
  account.kind === "staff" ? { staffId: account.id } : { customerId: account.id };

const subjectOf = (row: { staffId: string | null; customerId: string | null }): AccountRef | null => {
  if (row.staffId) return { kind: "staff", id: row.staffId };
  if (row.customerId) return { kind: "customer", id: row.customerId };
  return null;
};

/** Accounts with this address: staff first, then a customer (an address may be both). */
export async function findAccountsByEmail(db: Database, email: string): Promise<AccountCredentials[]> {
  const [staff, customer] = await Promise.all([
    db.staffMember.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, role: true, passwordHash: true },
    }),
    db.customer.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, language: true, passwordHash: true },
    }),
  ]);
  const accounts: AccountCredentials[] = [];
  if (staff) {
    accounts.push({
      account: { kind: "staff", id: staff.id },
      email: staff.email,
      name: staff.name,
      role: staff.role,
      language: "nl",
      passwordHash: staff.passwordHash,
    });
  }
  if (customer) {
    accounts.push({
      account: { kind: "customer", id: customer.id },
      email: customer.email,
      name: customer.name,
      role: "customer",
      language: customer.language,
      passwordHash: customer.passwordHash,
    });
  }
  return accounts;
}

export async function createSession(db: Database, account: AccountRef, expiresAt: Date): Promise<string> {
  const session = await db.authSession.create({
    data: { ...subjectColumns(account), expiresAt },
    select: { id: true },
  });
  return session.id;
}

/** The signed-in caller of a live session, or null when the session is over or not theirs. */
export async function findSessionActor(
  db: Database,
  sessionId: string,
  subjectId: string,
  now: Date,
): Promise<SignedInActor | null> {
  const session = await db.authSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      staff: { select: { id: true, email: true, name: true, role: true } },
      customer: { select: { id: true, email: true, name: true } },
    },
  });
  if (session?.staff?.id === subjectId) return { kind: "staff", ...session.staff, sessionId: session.id };
  if (session?.customer?.id === subjectId)
    return { kind: "customer", ...session.customer, sessionId: session.id };
  return null;
}

export async function createRefreshToken(
  db: Database,
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
  db: Database,
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
  db: Database,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
}

export async function revokeAllSessions(db: Database, account: AccountRef, reason: string, now: Date) {
  await db.authSession.updateMany({
    where: { ...subjectColumns(account), revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
}

export async function createOneTimeToken(
  db: Database,
  input: { purpose: OneTimeTokenPurpose; account: AccountRef; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.oneTimeToken.create({
    data: {
      purpose: input.purpose,
      tokenHash: input.tokenHash,
      expiresAt: input.expiresAt,
      ...subjectColumns(input.account),
    },
  });
}

/** Creates the token unless it exists already (deterministic tokens of retried e-mails). */
export async function ensureOneTimeToken(
  db: Database,
  input: { purpose: OneTimeTokenPurpose; account: AccountRef; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.oneTimeToken.upsert({
    where: { tokenHash: input.tokenHash },
    create: {
      purpose: input.purpose,
      tokenHash: input.tokenHash,
      expiresAt: input.expiresAt,
      ...subjectColumns(input.account),
    },
    update: {},
  });
}

/** Uses up a one-time token: the account it was for, or null when unknown, used or expired. */
export async function claimOneTimeToken(
  db: Database,
  purpose: OneTimeTokenPurpose,
  tokenHash: string,
  now: Date,
): Promise<AccountRef | null> {
  const token = await db.oneTimeToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, staffId: true, customerId: true },
  });
  if (!token || token.purpose !== purpose) return null;
  const marked = await db.oneTimeToken.updateMany({
    where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return marked.count === 1 ? subjectOf(token) : null;
}

export async function setPasswordHash(
  db: Database,
  account: AccountRef,
  passwordHash: string,
): Promise<void> {
  if (account.kind === "staff") {
    await db.staffMember.update({ where: { id: account.id }, data: { passwordHash } });
  } else {
    await db.customer.update({ where: { id: account.id }, data: { passwordHash } });
  }
}

/**
 * Following an e-mailed link proves the customer owns the address, and so vouches for the tickets
 * filed under it until now ("e-mail not verified" no longer applies).
 */
export async function markEmailVerified(db: Database, customerId: string, now: Date): Promise<void> {
  await db.customer.updateMany({
    where: { id: customerId, emailVerifiedAt: null },
    data: { emailVerifiedAt: now },
  });
  await db.ticket.updateMany({
    where: { customerId, requesterVerifiedAt: null },
    data: { requesterVerifiedAt: now },
  });
}

export async function findAccountProfile(db: Database, account: AccountRef) {
  if (account.kind === "staff") {
    const staff = await db.staffMember.findUnique({
      where: { id: account.id },
      select: { id: true, email: true, name: true, role: true },
    });
    return staff && { ...staff, language: "nl" as Language };
  }
  const customer = await db.customer.findUnique({
    where: { id: account.id },
    select: { id: true, email: true, name: true, language: true },
  });
  return customer && { ...customer, role: "customer" as const };
}
