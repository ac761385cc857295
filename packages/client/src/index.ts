// The typed client of the Helpdesk REST API: openapi-fetch at run time, the generated types of
// ./schema.ts at compile time (paths, bodies, answers and problems of every operation).
import createClient, { type Client } from "openapi-fetch";
import type { components, operations, paths } from "./schema.ts";

export type { components, operations, paths };
export type HelpdeskClient = Client<paths>;

export interface HelpdeskClientOptions {
  /** Where the installation answers, e.g. `https://helpdesk.example` (paths carry `/api/v1`). */
  baseUrl: string;
  /** An API token (`hdk_…`) or a signed-in person's access token. */
  token: string;
  /** Another fetch (a proxy, a test double); the global fetch otherwise. */
  fetch?: typeof globalThis.fetch;
}

/** A client that sends every request with `Authorization: Bearer <token>`. */
export function createHelpdeskClient({ baseUrl, token, fetch }: HelpdeskClientOptions): HelpdeskClient {
  return createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    ...(fetch ? { fetch } : {}),
  });
}
