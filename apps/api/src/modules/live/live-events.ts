// What other modules call to put a change on the live streams, in the change's own transaction.
import type { LiveEventKind } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { insertLiveEvent } from "./live.repository.ts";

export type StoredLiveEventKind = Exclude<LiveEventKind, "presence">;

export async function recordLiveEvent(
  tx: DbClient,
  ticketId: string,
  change: { kind: StoredLiveEventKind; customerVisible: boolean },
): Promise<void> {
  await insertLiveEvent(tx, { ticketId, ...change });
}
