// The only reader of process.env: configuration is parsed once, at start-up, and a bad value stops
// the process with one message that names the variable.
import { existsSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  ephemeralSecrets,
  INSTALLATION_SECRETS,
  type InstallationSecrets,
  loadInstallationSecrets,
  type SecretName,
} from "../lib/security/installation-secrets.ts";

/**
 * The repository's .data folder (beside the embedded database's .data/postgres): found by walking up
 * to the workspace root, so it is the same from the TypeScript sources and from the built bundle
 * (apps/api/dist), whose folders are nested differently.
 */
function repositoryDataDir(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(folder);
    if (parent === folder) return path.resolve(".data");
    folder = parent;
  }
  return path.join(folder, ".data");
}

const port = z.coerce.number().int().min(1).max(65535);
const httpUrl = z.url({ protocol: /^https?$/ });

/** Express's names for address ranges, or an address, or a subnet in CIDR notation. */
const isProxyAddress = (entry: string) => {
  if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

/**
 * The proxies whose X-Forwarded-For is believed, by address: a hop count would also believe a
 * client that reaches the API directly and makes the header up, and so escapes every per-address
 * limit. Empty: no proxy, the connection's address is the client's.
 */
const trustedProxies = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.every(isProxyAddress), {
    error:
      "must list the proxies' addresses or subnets (e.g. loopback, 10.0.0.5, 172.16.0.0/12, uniquelocal), not a number of hops",
  });

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: port.default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    /** Base URL of the web app, used in links in e-mails. */
    PUBLIC_URL: httpUrl.default("http://localhost:5173"),
    /** Origin the browser app is served from; the only origin CORS lets in. Defaults to PUBLIC_URL's. */
    WEB_ORIGIN: httpUrl.optional(),
    /** Outgoing mail; `pnpm start` points it at its mail catcher when unset. */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }),
    /**
     * How long an outbox row claimed for sending belongs to its process: if that process dies
     * mid-send, the e-mail is tried again after this. Longer than one slow send can take.
     */
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    /**
     * Whether this API process also runs the background work (outbox, webhook deliveries, the job
     * queue's periodic jobs). `false` when separate worker processes (src/worker.ts) do it.
     */
    RUN_JOB_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
    /** The address e-mails come from, shown with TEAM_NAME as the sender. */
    MAIL_FROM_ADDRESS: z.email().default("support@helpdesk.localhost"),
    /** Signs access tokens (HS256). Required in production; elsewhere DATA_DIR's secrets file has one. */
    JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Signs reply addresses (support+<number>-<signature>@). Required in production, like JWT_SECRET. */
    REPLY_ADDRESS_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Keys the ticket numbers' permutation; never changed once tickets exist. Required in production. */
    TICKET_NUMBER_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Folder of the installation's own files: secrets.json (development). Default: the repository's .data. */
    DATA_DIR: z.string().min(1).default(repositoryDataDir),
    /** The name customers see on every staff reply and e-mail. */
    TEAM_NAME: z.string().trim().min(1).max(80).default("Team Support"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Port of the built-in SMTP receiver for replies and new tickets by e-mail; unset: not started. */
    INBOUND_SMTP_PORT: port.optional(),
    /** Shared secret of POST /api/v1/inbound-email (X-Inbound-Secret); unset: that endpoint is off. */
    INBOUND_SECRET: z.string().min(24, "must be at least 24 characters").optional(),
    /**
     * Where attachment and data export bytes live: `local`, a folder (one machine, or a folder every
     * node mounts), or `s3`, an S3-compatible object store every API process reaches.
     */
    ATTACHMENT_STORAGE: z.enum(["local", "s3"]).default("local"),
    /** Folder for attachment files with local storage (relative to the API's working directory). */
    ATTACHMENTS_DIR: z.string().min(1).default(".data/attachments"),
    /** The object store's URL (MinIO, Ceph, R2, ...); unset: AWS S3 itself, by S3_REGION. */
    S3_ENDPOINT: httpUrl.optional(),
    /** The bucket (it must exist); required with ATTACHMENT_STORAGE=s3. */
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** Both or neither; neither: the SDK's own chain (instance role, AWS_* variables, profile). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Buckets addressed as <endpoint>/<bucket> (most self-hosted stores) instead of <bucket>.<endpoint>. */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
    /**
     * Requests per minute for each signed-in user and each API token, counted across all API
     * processes (RateLimit-* headers on every answer, 429 beyond it).
     */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /**
     * Lets webhook endpoints (and their deliveries) reach loopback, private and link-local addresses:
     * for development and tests with a receiver on this machine, or an installation whose receivers
     * are on its own network. Off: such URLs are refused (400), also when a name resolves to one later.
     */
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
    /**
     * How old a ticket change must be before GET /tickets/export shows it: longer than a write
     * transaction can last (20 s), so a row that commits late is never skipped. Tests shorten it.
     */
    TICKET_EXPORT_SETTLE_SECONDS: z.coerce.number().int().min(0).max(3600).default(25),
    /** The reverse proxies in front of the API (for client addresses in rate limits and logs). */
    TRUST_PROXY: trustedProxies.default([]),
  })
  .superRefine((env, ctx) => {
    if (env.ATTACHMENT_STORAGE === "s3" && !env.S3_BUCKET) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "is required when ATTACHMENT_STORAGE=s3",
      });
    }
    if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
      const missing = env.S3_ACCESS_KEY_ID === undefined ? "S3_ACCESS_KEY_ID" : "S3_SECRET_ACCESS_KEY";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with its pair" });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, "WEB_ORIGIN" | SecretName> & {
  WEB_ORIGIN: string;
} & InstallationSecrets;

/**
 * One installation secret for a tool outside the API (the demo seed): the environment's, else the
 * one in DATA_DIR's secrets file, so the tool and the API it fills agree.
 */
export function installationSecret(name: SecretName, source: NodeJS.ProcessEnv = process.env): string {
  return source[name] || loadInstallationSecrets(path.resolve(source.DATA_DIR || repositoryDataDir()))[name];
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const message =
        issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
      return `${name} ${message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const env = result.data;
  return { ...env, WEB_ORIGIN: env.WEB_ORIGIN ?? new URL(env.PUBLIC_URL).origin, ...secretsFor(env) };
}

/**
 * One secret per purpose. Production takes each from the environment and stops without it; tests
 * (and throwaway runs) get random ones for the process; development keeps its own in
 * `<DATA_DIR>/secrets.json`, made at the first start. A secret set in the environment always wins.
 */
function secretsFor(env: z.infer<typeof envSchema>): InstallationSecrets {
  const given = Object.fromEntries(
    Object.keys(INSTALLATION_SECRETS).flatMap((name) => {
      const value = env[name as SecretName];
      return value === undefined ? [] : [[name, value]];
    }),
  ) as Partial<InstallationSecrets>;
  if (env.NODE_ENV === "production") {
    const missing = Object.keys(INSTALLATION_SECRETS).filter((name) => !given[name as SecretName]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration: ${missing.map((name) => `${name} is required when NODE_ENV=production`).join("; ")}`,
      );
    }
    return given as InstallationSecrets;
  }
  const own =
    env.NODE_ENV === "test" ? ephemeralSecrets() : loadInstallationSecrets(path.resolve(env.DATA_DIR));
  return { ...own, ...given };
}
