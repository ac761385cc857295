import { afterAll, expect, it } from "vitest";
import { createDatabase } from "../src/db/prisma.ts";
import { testDatabaseUrl } from "./test-app.ts";

const db = createDatabase(testDatabaseUrl());
afterAll(() => db.$disconnect());

it("survives the server ending its idle connections, and connects again", async () => {
  // An idle connection from a direct pool query (the search's path), before Prisma has connected.
  await db.pool.query("SELECT 1");
  const other = createDatabase(testDatabaseUrl());
  try {
    const ended = await other.pool.query<{ count: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS count FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(ended.rows[0]?.count).toBeGreaterThan(0);
  } finally {
    await other.$disconnect();
  }
  // Let the terminations arrive: unheard, they would be an uncaught error that fails the run.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const { rows } = await db.pool.query<{ answer: number }>("SELECT 42 AS answer");
  expect(rows[0]?.answer).toBe(42);
  expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
});
