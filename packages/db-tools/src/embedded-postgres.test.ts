import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedServerUrl, passwordFileOf, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { findFreePort } from "./free-port.ts";

async function serverVersion(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const result = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Number(result.rows[0]?.v);
  } finally {
    await client.end();
  }
}

describe("startEmbeddedPostgres", () => {
  const dataDir = join(tmpdir(), `db-tools-embedded-${randomBytes(4).toString("hex")}`);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(passwordFileOf(dataDir), { force: true });
  });

  it("keeps a persistent data folder and starts again on it", async () => {
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port, persistent: true, unsafeFastWrites: true });
    expect(await serverVersion(first.url)).toBeGreaterThanOrEqual(180000);
    await first.stop();
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);

    const again = await startEmbeddedPostgres({ dataDir, port, persistent: true, unsafeFastWrites: true });
    expect(await serverVersion(again.url)).toBeGreaterThanOrEqual(180000);
    await again.stop();
  });

  it("gives a new cluster a generated password, kept for its owner only, and refuses the old default", async () => {
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({ dataDir, port, persistent: true, unsafeFastWrites: true });
    try {
      const password = decodeURIComponent(new URL(server.url).password);
      expect(password).not.toBe("postgres");
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(statSync(passwordFileOf(dataDir)).mode & 0o777).toBe(0o600);
      const guess = new pg.Client(embeddedServerUrl(port, "postgres"));
      await expect(guess.connect()).rejects.toThrow(/password authentication failed/);
      await guess.end().catch(() => {});
    } finally {
      await server.stop();
    }
  });

  it("never takes port 5432", async () => {
    await expect(startEmbeddedPostgres({ dataDir, port: 5432, persistent: false })).rejects.toThrow(/5432/);
  });
});
