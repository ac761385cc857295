// Deletes live events past the streams' resume window (modules/live/live-event-pruning.ts) once an
// hour. Every API process runs it; deleting what another process deleted already is no error.
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import type { LiveEventPruning } from "../modules/live/live-event-pruning.ts";

export function createLiveEventPruner(deps: {
  pruning: LiveEventPruning;
  logger: Logger;
  intervalMs?: number;
}) {
  return createPeriodicTask(
    async () => {
      const deleted = await deps.pruning.prune();
      if (deleted > 0) deps.logger.info({ deleted }, "old live events deleted");
    },
    {
      intervalMs: deps.intervalMs ?? 60 * 60_000,
      onError: (error) => deps.logger.error({ err: error }, "deleting old live events failed"),
    },
  );
}
