// Which database failures pass by themselves (a connection ended by the server, a lock or pool wait
// that ran out of time): the request may simply be sent again, so the API answers 503 with
// Retry-After instead of 500.
import { Prisma } from "../generated/prisma/client.ts";

/** Prisma's codes for a database that is away or busy. */
const TRANSIENT_PRISMA_CODES = new Set([
  "P1001", // cannot reach the database server
  "P1002", // the server timed out
  "P1008", // operation timed out
  "P1017", // the server closed the connection
  "P2024", // timed out waiting for a pooled connection
  "P2028", // transaction API: waiting to start, or the transaction's own timeout
  "P2034", // write conflict or deadlock
  "P2037", // too many connections
]);

/** PostgreSQL SQLSTATEs behind a generic P2010/P2039 that mean "try again". */
function isTransientSqlState(state: string): boolean {
  return (
    state.startsWith("08") || // connection exception
    ["57P01", "57P02", "57P03"].includes(state) || // server shut down / terminated the connection
    state === "57014" || // statement cancelled (statement_timeout)
    state === "55P03" || // lock not available (lock_timeout)
    state === "53300" || // too many connections
    state === "40001" ||
    state === "40P01"
  );
}

/** node-postgres errors without a SQLSTATE when a connection breaks or cannot be had. */
const BROKEN_CONNECTION =
  /Connection terminated|connection error|timeout exceeded when trying to connect|terminating connection/i;

function sqlStateOf(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const adapterError = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } })
    ?.driverAdapterError;
  const code = adapterError?.cause?.originalCode;
  if (typeof code === "string") return code;
  return /Code: `([0-9A-Z]{5})`/.exec(error.message)?.[1];
}

export function isTransientDatabaseError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (TRANSIENT_PRISMA_CODES.has(error.code)) return true;
    const state = sqlStateOf(error);
    return state !== undefined ? isTransientSqlState(state) : BROKEN_CONNECTION.test(error.message);
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Error) return BROKEN_CONNECTION.test(error.message);
  return false;
}

/** A unique constraint refused the write: someone else wrote the same key first. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
