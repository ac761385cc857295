// Live events are only the streams' resume log: a tab away for longer than a day reloads what it
// shows anyway (the stream answers its resume with `reset`), so older events are deleted.
import type { DbClient } from "../../db/prisma.ts";
import { pruneLiveEventsBefore } from "./live.repository.ts";

/** How long a tab may be away and still resume event by event. */
export const LIVE_EVENT_KEEP_MS = 24 * 60 * 60_000;
const BATCH = 5_000;

export function createLiveEventPruning({ db, now = () => new Date() }: { db: DbClient; now?: () => Date }) {
  return {
    /** Deletes every event older than the resume window, in batches; returns how many went. */
    async prune(): Promise<number> {
      const before = new Date(now().getTime() - LIVE_EVENT_KEEP_MS);
      let total = 0;
      for (;;) {
        const deleted = await pruneLiveEventsBefore(db, before, BATCH);
        total += deleted;
        if (deleted < BATCH) return total;
      }
    },
  };
}
export type LiveEventPruning = ReturnType<typeof createLiveEventPruning>;
