// The only code that queries API tokens.
import type { StaffRole } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";

const listedColumns = {
  id: true,
  name: true,
  role: true,
  scopes: true,
  secretStart: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} as const;

export async function insertApiToken(
  db: DbClient,
  data: {
    name: string;
    role: StaffRole;
    scopes: string[];
    tokenHash: string;
    secretStart: string;
    staffMemberId: string;
    createdByStaffId: string;
    expiresAt: Date | null;
  },
) {
  return db.apiToken.create({ data, select: listedColumns });
}

export async function listApiTokens(db: DbClient) {
  return db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: listedColumns });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Revokes a token that is not revoked yet; the count says whether the token exists at all. */
export async function revokeApiToken(db: DbClient, id: string, at: Date): Promise<"revoked" | "missing"> {
  const revoked = await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  if (revoked.count > 0) return "revoked";
  return (await db.apiToken.count({ where: { id } })) > 0 ? "revoked" : "missing";
}

/** The token a secret hashes to, with what an actor is made of. */
export async function findApiTokenByHash(db: DbClient, tokenHash: string) {
  return db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      role: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      staffMember: { select: { id: true, name: true, email: true } },
    },
  });
}

/** Last use, kept to the minute: one write a minute per token, not one per request. */
export async function touchApiToken(db: DbClient, id: string, at: Date, precisionMs: number) {
  await db.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - precisionMs) } }] },
    data: { lastUsedAt: at },
  });
}
