import type { ApiScope, CreateApiTokenInput } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { apiTokenManagers, denyAsNotFound, requireStaff } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import { insertApiTokenAccount } from "../staff/staff-accounts.ts";
import { hashApiTokenSecret, isWellFormedApiToken, newApiTokenSecret } from "./api-token-secret.ts";
import * as repository from "./api-tokens.repository.ts";

const LAST_USE_PRECISION_MS = 60_000;

const iso = (date: Date | null) => date?.toISOString() ?? null;

function presentApiToken(row: repository.ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    scopes: row.scopes.length > 0 ? (row.scopes as ApiScope[]) : null,
    secretStart: row.secretStart,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}

/** A token that cannot be used: 401 on any endpoint, so an integration learns of it at once. */
const refused = (problem: string) => ({ actor: { kind: "guest" } as Actor, problem, refuse: true as const });

export function createApiTokensService({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  /** Token management is for admins signed in as themselves. */
  const manager = (actor: SignedInActor) => {
    const staff = requireStaff(actor, (role) => apiTokenManagers.includes(role));
    if (staff.apiToken) denyAsNotFound();
    return staff;
  };

  return {
    async createApiToken(actor: SignedInActor, input: CreateApiTokenInput) {
      const admin = manager(actor);
      const { secret, hash, secretStart } = newApiTokenSecret();
      const row = await inWriteTransaction(db, async (tx) => {
        const account = await insertApiTokenAccount(tx, { name: input.name, role: input.role });
        return repository.insertApiToken(tx, {
          name: input.name,
          role: input.role,
          scopes: input.scopes ?? [],
          tokenHash: hash,
          secretStart,
          staffMemberId: account.id,
          createdByStaffId: admin.id,
          expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        });
      });
      return { token: presentApiToken(row), secret };
    },

    async listApiTokens(actor: SignedInActor) {
      manager(actor);
      return { items: (await repository.listApiTokens(db)).map(presentApiToken) };
    },

    async revokeApiToken(actor: SignedInActor, id: string) {
      manager(actor);
      if ((await repository.revokeApiToken(db, id, now())) === "missing") denyAsNotFound();
    },

    /**
     * The actor an API token's secret stands for: its own account, with the token's role and scopes.
     * Unknown, revoked and expired tokens are refused outright (401), whatever the endpoint.
     */
    async actorFromApiToken(secret: string): Promise<{ actor: Actor; problem?: string; refuse?: true }> {
      if (!isWellFormedApiToken(secret)) return refused("The API token is malformed");
      const token = await repository.findApiTokenByHash(db, hashApiTokenSecret(secret));
      if (!token) return refused("The API token is not valid");
      const at = now();
      if (token.revokedAt) return refused("The API token has been revoked");
      if (token.expiresAt && token.expiresAt <= at) return refused("The API token has expired");
      await repository.touchApiToken(db, token.id, at, LAST_USE_PRECISION_MS);
      return {
        actor: {
          kind: "staff",
          ...token.staffMember,
          role: token.role,
          sessionId: `api-token:${token.id}`,
          apiToken: { id: token.id, scopes: token.scopes.length > 0 ? (token.scopes as ApiScope[]) : null },
        },
      };
    },
  };
}
export type ApiTokensService = ReturnType<typeof createApiTokensService>;
