// The counters of every attempt and request limit (written by the limiter library through Prisma):
// the only code that queries them directly.
import type { DbClient } from "../../db/prisma.ts";

/** Erasure: counters keyed by this e-mail address (logins, link requests, guest tickets) go. */
export async function deleteLimitKeysNaming(db: DbClient, email: string): Promise<number> {
  const deleted = await db.rateLimit.deleteMany({ where: { key: { contains: email, mode: "insensitive" } } });
  return deleted.count;
}
