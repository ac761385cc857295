// The counters of every attempt and request limit (written by the limiter library through Prisma):
// the only code that queries them directly.
import type { Database, DbClient } from "../../db/prisma.ts";

/**
 * Counts one request of `key` in its window (a new window of `windowSeconds` once the last one
 * ended): the key's count so far, this one included, and the ms until the window ends. One
 * statement through the pool, as the library's count would write it (the same row, an atomic
 * increment), for the check every API request makes: there the library's two statements through
 * Prisma cost more than the request's own work.
 */
export async function countRequest(
  db: Database,
  key: string,
  windowSeconds: number,
): Promise<{ count: number; msBeforeReset: number }> {
  const { rows } = await db.pool.query<{ points: number; ms: number }>(
    `INSERT INTO "rate_limits" ("key", "points", "expire")
     VALUES ($1, 1, now() + make_interval(secs => $2))
     ON CONFLICT ("key") DO UPDATE SET
       "points" = CASE WHEN "rate_limits"."expire" > now() THEN "rate_limits"."points" + 1 ELSE 1 END,
       "expire" = CASE WHEN "rate_limits"."expire" > now() THEN "rate_limits"."expire" ELSE EXCLUDED."expire" END
     RETURNING "points", (extract(epoch FROM "expire" - now()) * 1000)::float8 AS "ms"`,
    [key, windowSeconds],
  );
  const row = rows[0];
  // The window's end is stored to the millisecond (rounded), so it can lie a fraction past the window.
  const window = windowSeconds * 1000;
  return { count: row?.points ?? 1, msBeforeReset: Math.min(window, Math.max(0, row?.ms ?? window)) };
}

/** Erasure: counters keyed by this e-mail address (logins, link requests, guest tickets) go. */
export async function deleteLimitKeysNaming(db: DbClient, email: string): Promise<number> {
  const deleted = await db.rateLimit.deleteMany({ where: { key: { contains: email, mode: "insensitive" } } });
  return deleted.count;
}
