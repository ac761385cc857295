// Secrets that are public or shared: without JWT_SECRET the API used a secret written in this
// repository, so anyone could sign reply addresses (and post as a customer) or access tokens.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.ts";
import { createReplyAddresses } from "../../src/lib/mail/reply-address.ts";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/helpdesk", SMTP_URL: "smtp://127.0.0.1:1025" };
const newDataDir = () => mkdtempSync(path.join(tmpdir(), "helpdesk-data-"));
// The secret development used to fall back on, readable by anyone with the source.
const PUBLIC_SECRET = "development-only-secret-never-use-in-production";

describe("installation secrets", () => {
  it("development makes its own random secret per purpose, kept in DATA_DIR/secrets.json (0600)", () => {
    const dataDir = newDataDir();
    const env = loadEnv({ ...base, DATA_DIR: dataDir });
    expect(env.JWT_SECRET).not.toBe(PUBLIC_SECRET);
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.REPLY_ADDRESS_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.REPLY_ADDRESS_SECRET).not.toBe(env.JWT_SECRET);
    expect(env.TICKET_NUMBER_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(new Set([env.JWT_SECRET, env.REPLY_ADDRESS_SECRET, env.TICKET_NUMBER_SECRET]).size).toBe(3);

    const file = path.join(dataDir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const kept = {
      JWT_SECRET: env.JWT_SECRET,
      REPLY_ADDRESS_SECRET: env.REPLY_ADDRESS_SECRET,
      TICKET_NUMBER_SECRET: env.TICKET_NUMBER_SECRET,
    };
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(kept);
    // The next start uses the same ones; another installation has others.
    expect(loadEnv({ ...base, DATA_DIR: dataDir })).toMatchObject(kept);
    expect(loadEnv({ ...base, DATA_DIR: newDataDir() }).JWT_SECRET).not.toBe(env.JWT_SECRET);
  });

  it("a file with a purpose missing gets it added, and the file is made owner-only again", () => {
    const dataDir = newDataDir();
    const file = path.join(dataDir, "secrets.json");
    const jwt = "an-older-installation-secret-0123456789";
    writeFileSync(file, JSON.stringify({ JWT_SECRET: jwt }), { mode: 0o644 });
    const env = loadEnv({ ...base, DATA_DIR: dataDir });
    expect(env.JWT_SECRET).toBe(jwt);
    expect(env.REPLY_ADDRESS_SECRET).not.toBe(jwt);
    // An installation from before the ticket number sequence gets its key, and keeps it.
    expect(env.TICKET_NUMBER_SECRET).not.toBe(jwt);
    expect(loadEnv({ ...base, DATA_DIR: dataDir }).TICKET_NUMBER_SECRET).toBe(env.TICKET_NUMBER_SECRET);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("a reply address signed with the public secret is not one of ours", () => {
    const env = loadEnv({ ...base, DATA_DIR: newDataDir() });
    const ours = createReplyAddresses(env.REPLY_ADDRESS_SECRET, env.MAIL_FROM_ADDRESS);
    const forged = createReplyAddresses(PUBLIC_SECRET, env.MAIL_FROM_ADDRESS).forTicket(123456);
    expect(ours.ticketNumberOf(forged)).toBeNull();
    expect(ours.ticketNumberOf(ours.forTicket(123456))).toBe(123456);
  });

  it("production takes every secret from the environment, and stops naming the one missing", () => {
    const dataDir = newDataDir();
    const production = {
      ...base,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      TICKET_NUMBER_SECRET: "z".repeat(40),
    };
    expect(() => loadEnv({ ...production, JWT_SECRET: "x".repeat(40) })).toThrowError(
      /^Invalid configuration: REPLY_ADDRESS_SECRET is required when NODE_ENV=production$/,
    );
    expect(() => loadEnv({ ...production, REPLY_ADDRESS_SECRET: "y".repeat(40) })).toThrowError(
      /^Invalid configuration: JWT_SECRET is required when NODE_ENV=production$/,
    );
    const { TICKET_NUMBER_SECRET: _, ...withoutNumbers } = production;
    expect(() =>
      loadEnv({ ...withoutNumbers, JWT_SECRET: "x".repeat(40), REPLY_ADDRESS_SECRET: "y".repeat(40) }),
    ).toThrowError(/^Invalid configuration: TICKET_NUMBER_SECRET is required when NODE_ENV=production$/);
    const env = loadEnv({ ...production, JWT_SECRET: "x".repeat(40), REPLY_ADDRESS_SECRET: "y".repeat(40) });
    expect(env).toMatchObject({
      JWT_SECRET: "x".repeat(40),
      REPLY_ADDRESS_SECRET: "y".repeat(40),
      TICKET_NUMBER_SECRET: "z".repeat(40),
    });
    expect(() => statSync(path.join(dataDir, "secrets.json"))).toThrowError(/ENOENT/);
  });
});
