// The only reader of process.env in this package, so every knob is listed in one place.

/** The database (or, for tests, the server) to use instead of an embedded PostgreSQL. */
export function configuredDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export const defaultEmbeddedPort = 54329;

/** Port of the embedded development PostgreSQL: EMBEDDED_PG_PORT, else 54329. */
export function embeddedDevPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT?.trim();
  if (!raw) return defaultEmbeddedPort;
  const port = Number(raw);
  // Never 5432: that is where a system PostgreSQL listens.
  if (!Number.isInteger(port) || port < 1024 || port > 65535 || port === 5432) {
    throw new Error(
      `EMBEDDED_PG_PORT must be a port number from 1024 to 65535 other than 5432, not "${raw}"`,
    );
  }
  return port;
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}
