// Writes to the audit trail of staff accounts, always inside the transaction of the change itself.
import type { StaffEventType } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { insertStaffEvent } from "./staff-events.repository.ts";

export async function recordStaffEvent(
  tx: DbClient,
  staffId: string,
  actorStaffId: string | null,
  type: StaffEventType,
  change: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } = {},
): Promise<void> {
  await insertStaffEvent(tx, { staffId, type, actorStaffId, ...change });
}
