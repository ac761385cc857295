// PostgreSQL connection URLs: the database named in the path, and a description safe to print.

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, databaseName: string): string {
  const parsed = parseUrl(url);
  parsed.pathname = `/${encodeURIComponent(databaseName)}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(parseUrl(url).pathname.replace(/^\//, ""));
}

/** host:port/database, without the credentials. */
export function describeDatabaseUrl(url: string): string {
  const parsed = parseUrl(url);
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}/${databaseNameOf(url)}`;
}

function parseUrl(url: string): URL {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "postgresql:" || parsed.protocol === "postgres:") return parsed;
  } catch {
    // Reported below, without echoing a URL that may hold a password.
  }
  throw new Error("Expected a database URL of the form postgresql://user:password@host:port/database");
}
