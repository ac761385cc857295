// Sign-in, sessions and e-mailed links. Tokens are random, stored only as hashes, single-use and
// expiring; refresh tokens rotate, and a replayed one ends its whole session.
import { randomBytes } from "node:crypto";
import type { Session } from "@helpdesk/contracts";
import { z } from "zod";
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import type { OneTimeTokenPurpose } from "../../generated/prisma/enums.ts";
import type { Logger } from "../../lib/logger.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import { verifyPassword as bcryptVerify, hashPassword } from "../../lib/password.ts";
import { createRequestLimits } from "../../lib/security/request-limits.ts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";
import type { Actor } from "../identity/actor.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { ACCESS_TOKEN_TTL_SECONDS, createAccessTokens } from "./access-token.ts";
import * as accountStore from "./accounts.ts";
import { emailLinkEmail, passwordResetEmail } from "./auth.emails.ts";
import * as repository from "./auth.repository.ts";
import { createLoginThrottle, emailRequestLimits, failedLoginDelayMs } from "./login-throttle.ts";

const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
const REFRESH_TOKEN_LIFETIME_MS = 14 * 24 * 3600 * 1000;
const EMAIL_LINK_MINUTES = 15;
const PASSWORD_RESET_MINUTES = 60;

// Compared against when no account matches, so an unknown address takes as long as a known one.
let noAccountHash: Promise<string> | undefined;
const hashForUnknownAccounts = () => {
  noAccountHash ??= hashPassword(randomBytes(16).toString("hex"));
  return noAccountHash;
};

export interface IssuedSession {
  session: Session;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** The outbox event of a requested sign-in or reset link. */
export const LINK_EVENT = "auth.link_requested";
const linkRequestSchema = z.union([
  // Recorded for every address asked about, known or not: who it is for is looked up when the
  // e-mail is composed, so the request does the same work (and takes as long) for both.
  z.object({ purpose: z.enum(["email_login", "password_reset"]), email: z.string() }),
  // Recorded by earlier versions, for a known account.
  z.object({
    purpose: z.enum(["email_login", "password_reset"]),
    accountKind: z.enum(["staff", "customer"]),
    accountId: z.uuid(),
  }),
]);

export interface AuthServiceDeps {
  db: Database;
  env: Pick<Env, "JWT_SECRET" | "PUBLIC_URL" | "TEAM_NAME" | "MAIL_FROM_ADDRESS">;
  logger: Logger;
  now?: () => Date;
  /** Waits before a failed login is answered; tests pass one that records instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** Compares a password with its hash (bcrypt); tests count the checks through it. */
  verifyPassword?: (password: string, hash: string) => Promise<boolean>;
}

export function createAuthService({
  db,
  env,
  logger,
  now = () => new Date(),
  sleep,
  verifyPassword = bcryptVerify,
}: AuthServiceDeps) {
  const wait = sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const loginThrottle = createLoginThrottle(db);
  const emailLinkLimits = createRequestLimits(db, "email-link", emailRequestLimits);
  const passwordResetLimits = createRequestLimits(db, "password-reset", emailRequestLimits);
  const accessTokens = createAccessTokens(env.JWT_SECRET);
  const linkTo = (path: string, token: string) =>
    `${env.PUBLIC_URL.replace(/\/$/, "")}${path}#token=${token}`;

  async function issueSession(
    account: accountStore.AccountRef,
    existingSessionId?: string,
  ): Promise<IssuedSession> {
    const profile = await accountStore.findAccountProfile(db, account);
    if (!profile) throw new AppError("unauthenticated", "The account no longer exists");
    const issuedAt = now();
    const sessionExpiresAt = new Date(issuedAt.getTime() + SESSION_LIFETIME_MS);
    const sessionId = existingSessionId ?? (await repository.createSession(db, account, sessionExpiresAt));
    const refresh = newSecretToken();
    const refreshTokenExpiresAt = new Date(issuedAt.getTime() + REFRESH_TOKEN_LIFETIME_MS);
    await repository.createRefreshToken(db, sessionId, refresh.hash, refreshTokenExpiresAt);
    return {
      session: {
        accessToken: accessTokens.sign({ sub: account.id, sid: sessionId, kind: account.kind }),
        tokenType: "Bearer",
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        user: { id: profile.id, email: profile.email, name: profile.name, role: profile.role },
      },
      refreshToken: refresh.token,
      refreshTokenExpiresAt,
    };
  }

  /**
   * Sign-in and reset e-mails go through the outbox like every other e-mail: the request is recorded
   * now, for any address, and the dispatcher finds the account and makes the link (see
   * composeLinkEmail), so a mail-server outage delays the e-mail instead of losing it.
   */
  async function requestLink(purpose: OneTimeTokenPurpose, email: string) {
    await recordOutboxEvent(db, { type: LINK_EVENT, payload: { purpose, email } });
  }

  /** Who a link request is for: sign-in links are for customers, resets for any account. */
  async function linkRecipient(
    request: z.infer<typeof linkRequestSchema>,
  ): Promise<accountStore.AccountRef | null> {
    if ("accountId" in request) return { kind: request.accountKind, id: request.accountId };
    const accounts = await accountStore.findAccountsByEmail(db, request.email);
    const match =
      request.purpose === "email_login" ? accounts.find((a) => a.account.kind === "customer") : accounts[0];
    return match?.account ?? null;
  }

  /** A random link token, stored as its hash; the token itself exists only in the e-mail. */
  async function newLinkToken(
    input: Omit<Parameters<typeof repository.replaceOneTimeToken>[1], "tokenHash">,
  ) {
    const { token, hash } = newSecretToken();
    await repository.replaceOneTimeToken(db, { ...input, tokenHash: hash });
    return token;
  }

  /**
   * Sets a new password. Every session and every link not used yet ends with it (sign-in, reset and
   * ticket-confirmation links): whoever had the old password or an old e-mail is out.
   */
  async function changePassword(account: accountStore.AccountRef, password: string, reason: string) {
    await accountStore.setPasswordHash(db, account, await hashPassword(password));
    await repository.revokeAllSessions(db, account, reason, now());
    await repository.revokeOneTimeTokens(db, account);
  }

  return {
    async login(email: string, password: string, clientIp: string): Promise<IssuedSession> {
      // The check is counted before the password is looked at (429 when none is left), so parallel
      // requests cannot all get a check in before the first failure is counted.
      const attempt = await loginThrottle.reserve(email, clientIp);
      const accounts = await accountStore.findAccountsByEmail(db, email);
      for (const candidate of accounts) {
        if (candidate.passwordHash && (await verifyPassword(password, candidate.passwordHash))) {
          await attempt.succeeded();
          return issueSession(candidate.account);
        }
      }
      // No account, or only one still to choose a password (an invitation pending): the same work
      // and the same answer as a wrong password.
      if (!accounts.some((candidate) => candidate.passwordHash))
        await verifyPassword(password, await hashForUnknownAccounts());
      await attempt.failed();
      await wait(failedLoginDelayMs(attempt.failures));
      throw new AppError("unauthenticated", "E-mail address or password is not correct");
    },

    async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
      if (!refreshToken) throw new AppError("unauthenticated", "No session to refresh");
      const claim = await repository.claimRefreshToken(db, hashSecretToken(refreshToken), now());
      if (claim.outcome === "reused") {
        await repository.revokeSession(db, claim.sessionId, "refresh_token_reuse", now());
        logger.warn({ sessionId: claim.sessionId }, "refresh token reused: session revoked");
      }
      if (claim.outcome !== "claimed") throw new AppError("unauthenticated", "The session has ended");
      return issueSession(claim.account, claim.sessionId);
    },

    async logout(refreshToken: string | undefined): Promise<void> {
      if (!refreshToken) return;
      const claim = await repository.claimRefreshToken(db, hashSecretToken(refreshToken), now());
      if (claim.outcome !== "unknown") await repository.revokeSession(db, claim.sessionId, "logout", now());
    },

    async requestEmailLink(email: string, clientIp: string): Promise<void> {
      await emailLinkLimits.take(email, clientIp);
      await requestLink("email_login", email);
    },

    async confirmEmailLink(token: string): Promise<IssuedSession> {
      const claim = await repository.claimOneTimeToken(db, "email_login", hashSecretToken(token), now());
      if (claim?.account.kind !== "customer")
        throw new AppError("unauthenticated", "The link is not valid (any more)");
      const customerId = claim.account.id;
      await accountStore.markEmailVerified(db, customerId, now());
      // A ticket's own confirmation link vouches for that ticket; any other link for none.
      if (claim.ticketId) await accountStore.confirmTicketRequester(db, claim.ticketId, customerId, now());
      return issueSession(claim.account);
    },

    async requestPasswordReset(email: string, clientIp: string): Promise<void> {
      await passwordResetLimits.take(email, clientIp);
      await requestLink("password_reset", email);
    },

    async confirmPasswordReset(token: string, password: string): Promise<void> {
      const claim = await repository.claimOneTimeToken(db, "password_reset", hashSecretToken(token), now());
      if (!claim) throw new AppError("unauthenticated", "The link is not valid (any more)");
      const { account } = claim;
      await changePassword(account, password, "password_reset");
      if (account.kind === "customer") await accountStore.markEmailVerified(db, account.id, now());
      // The mailbox is proven: guessing by others no longer keeps the owner out.
      const profile = await accountStore.findAccountProfile(db, account);
      if (profile) await loginThrottle.resetAccount(profile.email);
    },

    /**
     * The e-mail of a recorded link request, for the outbox: nothing for an address without a
     * matching account, and nothing for a link that expired while the mail server was down. The
     * token is random and made now; a retried e-mail replaces the token of the earlier try.
     */
    async composeLinkEmail(event: {
      id: string;
      occurredAt: Date;
      payload: unknown;
    }): Promise<OutgoingEmail | null> {
      const request = linkRequestSchema.parse(event.payload);
      const minutes = request.purpose === "email_login" ? EMAIL_LINK_MINUTES : PASSWORD_RESET_MINUTES;
      const expiresAt = new Date(event.occurredAt.getTime() + minutes * 60_000);
      if (expiresAt <= now()) return null;
      const account = await linkRecipient(request);
      const profile = account && (await accountStore.findAccountProfile(db, account));
      if (!account || !profile) return null;
      const token = await newLinkToken({
        purpose: request.purpose,
        account,
        expiresAt,
        outboxEventId: event.id,
      });
      const compose = request.purpose === "email_login" ? emailLinkEmail : passwordResetEmail;
      const email = await compose({
        to: profile.email,
        name: profile.name,
        language: profile.language,
        link: linkTo(request.purpose === "email_login" ? "/login/link" : "/password-reset", token),
        validMinutes: minutes,
        teamName: env.TEAM_NAME,
      });
      return { ...email, messageId: `<${event.id}@${env.MAIL_FROM_ADDRESS.split("@")[1] ?? "localhost"}>` };
    },

    /**
     * A single-use link (valid for days) that signs the customer in and then opens `next`. Made for
     * an outbox event's e-mail, it replaces the link of an earlier try; made for a ticket's
     * confirmation, following it verifies that ticket.
     */
    async signInLink(
      customerId: string,
      next: string,
      validDays: number,
      outboxEventId?: string,
      ticketId?: string,
    ): Promise<string> {
      const token = await newLinkToken({
        purpose: "email_login",
        account: { kind: "customer", id: customerId },
        expiresAt: new Date(now().getTime() + validDays * 24 * 3600 * 1000),
        ...(outboxEventId ? { outboxEventId } : {}),
        ...(ticketId ? { ticketId } : {}),
      });
      return `${linkTo("/login/link", token)}&next=${encodeURIComponent(next)}`;
    },

    /** The caller behind an access token; a bad or ended token is reported, not thrown. */
    /** The caller of a session that is still on (a live stream checks its session by id). */
    actorOfSession(sessionId: string) {
      return repository.findActorOfSession(db, sessionId, now());
    },

    async actorFromAccessToken(token: string): Promise<{ actor: Actor; problem?: string }> {
      const verified = accessTokens.verify(token);
      if (!verified.ok) {
        return {
          actor: { kind: "guest" },
          problem:
            verified.reason === "expired" ? "The access token has expired" : "The access token is not valid",
        };
      }
      const actor = await repository.findSessionActor(db, verified.claims.sid, verified.claims.sub, now());
      return actor ? { actor } : { actor: { kind: "guest" }, problem: "The session has ended" };
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
