// What other modules do with the access log: say that a staff member was shown private fields.
import { type PrivateField, privateFieldSchema, SCREEN_HEADER } from "@helpdesk/contracts";
import type { Request } from "express";
import type { DbClient } from "../../db/prisma.ts";
import type { Actor } from "../identity/actor.ts";
import { insertAccessRecords } from "./private-data-access.repository.ts";

/** Every private field of a customer record, in the order the contracts list them. */
export const PRIVATE_FIELDS: readonly PrivateField[] = privateFieldSchema.options;

/** Where in the product private fields were shown: the endpoint, and the web app's screen if named. */
export interface AccessSource {
  endpoint: string;
  screen: string | null;
}

/**
 * Records that `actor` was shown these customers' private fields: one row per customer, written
 * before the response leaves, so no showing goes unrecorded. Customers looking at their own record
 * are not logged: the log is about staff.
 */
export async function recordPrivateDataShown(
  db: DbClient,
  actor: Actor,
  customerIds: string[],
  source: AccessSource,
): Promise<void> {
  if (actor.kind !== "staff") return;
  await insertAccessRecords(
    db,
    customerIds.map((customerId) => ({
      staffId: actor.id,
      customerId,
      fields: [...PRIVATE_FIELDS],
      source: source.endpoint,
      screen: source.screen,
    })),
  );
}

/** The screen the web app names in its header, when it is a plain name; anything else is ignored. */
export function screenOf(req: Request): string | null {
  const screen = req.get(SCREEN_HEADER);
  return screen && /^[a-z0-9-]{1,40}$/.test(screen) ? screen : null;
}
