import type { ApiScope, StaffRole } from "@helpdesk/contracts";

/** Who is calling: resolved once per request from the access token (see http/authenticate.ts). */
export type Actor =
  | { kind: "guest" }
  | { kind: "customer"; id: string; email: string; name: string; sessionId: string }
  | {
      kind: "staff";
      id: string;
      email: string;
      name: string;
      role: StaffRole;
      sessionId: string;
      /** Set when an integration calls with an API token: the token, and its scopes (null: all). */
      apiToken?: ApiTokenGrant;
    };

export interface ApiTokenGrant {
  id: string;
  scopes: readonly ApiScope[] | null;
}

export type SignedInActor = Exclude<Actor, { kind: "guest" }>;
export type StaffActor = Extract<Actor, { kind: "staff" }>;

export const GUEST: Actor = { kind: "guest" };

export const roleOf = (actor: SignedInActor) => (actor.kind === "staff" ? actor.role : "customer");
