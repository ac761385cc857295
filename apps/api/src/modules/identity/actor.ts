import type { StaffRole } from "@helpdesk/contracts";

/** Who is calling: resolved once per request from the access token (see http/authenticate.ts). */
export type Actor =
  | { kind: "guest" }
  | { kind: "customer"; id: string; email: string; name: string; sessionId: string }
  | { kind: "staff"; id: string; email: string; name: string; role: StaffRole; sessionId: string };

export type SignedInActor = Exclude<Actor, { kind: "guest" }>;
export type StaffActor = Extract<Actor, { kind: "staff" }>;

export const GUEST: Actor = { kind: "guest" };

export const roleOf = (actor: SignedInActor) => (actor.kind === "staff" ? actor.role : "customer");
