// node-postgres connection failures, said plainly ("connect ECONNREFUSED 127.0.0.1:5999").
import { describeDatabaseUrl } from "./connection-url.ts";

export class DatabaseUnreachableError extends Error {
  constructor(databaseUrl: string, cause: unknown) {
    super(`Cannot connect to ${describeDatabaseUrl(databaseUrl)}: ${connectionFailureReason(cause)}`, {
      cause,
    });
    this.name = "DatabaseUnreachableError";
  }
}

/** Node reports a refused "localhost" (tried over IPv6 and IPv4) as an AggregateError without a message. */
function connectionFailureReason(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return connectionFailureReason(error.errors[0]);
  if (error instanceof Error) return error.message || ("code" in error ? String(error.code) : error.name);
  return String(error);
}
