// Deletes live events past the streams' resume window (modules/live/live-event-pruning.ts), once an
// hour on the job queue (job-queue.ts); deleting what was deleted already is no error.
import type { Logger } from "../lib/logger.ts";
import type { LiveEventPruning } from "../modules/live/live-event-pruning.ts";

export function createLiveEventPruner(deps: { pruning: LiveEventPruning; logger: Logger }) {
  return async () => {
    const deleted = await deps.pruning.prune();
    if (deleted > 0) deps.logger.info({ deleted }, "old live events deleted");
  };
}
