// One random secret per purpose, made at the first start of an installation and kept in its data
// folder, so no installation signs anything with a secret that is public (in this repository) or
// shared with another purpose. Production takes every secret from the environment instead.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The secrets, by the environment variable that gives each in production, with their purpose. */
export const INSTALLATION_SECRETS = {
  JWT_SECRET: "signs access tokens",
  REPLY_ADDRESS_SECRET: "signs the reply addresses of ticket e-mails (support+<number>-<signature>@)",
  TICKET_NUMBER_SECRET:
    "keys the permutation that turns the ticket number sequence into numbers (never change it)",
} as const;
export type SecretName = keyof typeof INSTALLATION_SECRETS;
export type InstallationSecrets = Record<SecretName, string>;

export const SECRETS_FILE = "secrets.json";
const secretNames = Object.keys(INSTALLATION_SECRETS) as SecretName[];
const newSecret = () => randomBytes(32).toString("base64url");
const storedSchema = z.record(z.string(), z.string().min(32));

/** Fresh secrets that live only as long as the process (tests, throwaway runs). */
export function ephemeralSecrets(): InstallationSecrets {
  return Object.fromEntries(secretNames.map((name) => [name, newSecret()])) as InstallationSecrets;
}

/**
 * The installation's secrets from `<dataDir>/secrets.json`, created (readable by the owner only,
 * mode 0600) with a new random secret for every purpose it does not hold yet.
 */
export function loadInstallationSecrets(dataDir: string): InstallationSecrets {
  const file = path.join(dataDir, SECRETS_FILE);
  let stored: Record<string, string> = {};
  try {
    stored = storedSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    // Someone widened the mode: take it back to the owner.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(`${file} is not a valid secrets file: ${(error as Error).message}`);
    }
  }
  const missing = secretNames.filter((name) => !stored[name]);
  if (missing.length > 0) {
    const isNew = Object.keys(stored).length === 0;
    stored = { ...stored, ...Object.fromEntries(missing.map((name) => [name, newSecret()])) };
    const content = `${JSON.stringify(stored, null, 2)}\n`;
    // The file is 0600; the folder stays traversable, because it also holds the embedded database,
    // which runs as its own user when started as root.
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    if (isNew) {
      try {
        // Only one process creates the file; another one starting at the same moment reads it.
        writeFileSync(file, content, { mode: 0o600, flag: "wx" });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadInstallationSecrets(dataDir);
        throw error;
      }
    } else {
      // A purpose added by an upgrade: written whole and renamed, so no reader sees half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, content, { mode: 0o600 });
      renameSync(partial, file);
    }
  }
  return Object.fromEntries(secretNames.map((name) => [name, stored[name] ?? ""])) as InstallationSecrets;
}
