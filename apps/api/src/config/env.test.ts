import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "./env.ts";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/helpdesk",
  SMTP_URL: "smtp://127.0.0.1:1025",
  // Development keeps its secrets here: a folder of this test's own.
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "helpdesk-env-")),
};
const secrets = {
  JWT_SECRET: "a-production-secret-of-forty-characters!",
  REPLY_ADDRESS_SECRET: "another-production-secret-of-forty-chars",
  TICKET_NUMBER_SECRET: "a-third-production-secret-of-forty-chars",
};

describe("configuration", () => {
  it("applies defaults for everything but the database", () => {
    const env = loadEnv(valid);
    expect(env).toMatchObject({ PORT: 3000, NODE_ENV: "development", TEAM_NAME: "Team Support" });
    expect(env.WEB_ORIGIN).toBe("http://localhost:5173");
  });

  it("names a missing variable", () => {
    expect(() => loadEnv({ SMTP_URL: valid.SMTP_URL })).toThrowError(
      new ConfigError("Invalid configuration: DATABASE_URL is required"),
    );
  });

  it("names a malformed variable and says what is wrong", () => {
    expect(() => loadEnv({ ...valid, PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => loadEnv({ ...valid, DATABASE_URL: "mysql://x@y/z" })).toThrowError(
      /DATABASE_URL must be a postgresql:\/\/ URL/,
    );
    expect(() => loadEnv({ ...valid, SMTP_URL: "http://mail" })).toThrowError(/SMTP_URL/);
  });

  it("requires every secret from the environment in production, naming each missing one", () => {
    expect(() => loadEnv({ ...valid, NODE_ENV: "production" })).toThrowError(
      /JWT_SECRET is required when NODE_ENV=production; REPLY_ADDRESS_SECRET is required when NODE_ENV=production; TICKET_NUMBER_SECRET is required/,
    );
    const { REPLY_ADDRESS_SECRET: _, ...withoutReply } = secrets;
    expect(() => loadEnv({ ...valid, NODE_ENV: "production", ...withoutReply })).toThrowError(
      /^Invalid configuration: REPLY_ADDRESS_SECRET is required when NODE_ENV=production$/,
    );
    expect(() => loadEnv({ ...valid, JWT_SECRET: "short" })).toThrowError(/JWT_SECRET must be at least 32/);
    expect(loadEnv({ ...valid, NODE_ENV: "production", ...secrets })).toMatchObject(secrets);
  });

  it("keeps DATA_DIR in the repository's .data folder unless told otherwise", () => {
    // Production reads nothing from DATA_DIR, so the default can be looked at without touching it.
    const { DATA_DIR: _, ...withoutDataDir } = valid;
    const env = loadEnv({ ...withoutDataDir, NODE_ENV: "production", ...secrets });
    expect(env.DATA_DIR).toBe(path.resolve(import.meta.dirname, "../../../../.data"));
  });

  it("treats an empty variable as unset", () => {
    expect(loadEnv({ ...valid, PORT: "" }).PORT).toBe(3000);
  });

  it("derives the CORS origin from PUBLIC_URL unless WEB_ORIGIN is given", () => {
    expect(loadEnv({ ...valid, PUBLIC_URL: "https://support.example.nl/app" }).WEB_ORIGIN).toBe(
      "https://support.example.nl",
    );
    expect(loadEnv({ ...valid, WEB_ORIGIN: "http://localhost:4000" }).WEB_ORIGIN).toBe(
      "http://localhost:4000",
    );
  });
});
