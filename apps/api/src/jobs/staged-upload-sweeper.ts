// Deletes staged uploads nobody sent with a ticket or reply within their time (file and row). A timer
// rather than cleaning up during uploads: the files are customers' documents (cancellation forms,
// ID scans), and they should go when their time is up, also when no one uploads anything afterwards.
// Data export archives whose link expired unused go the same way. Several API processes can run it at
// once: each locks the rows it deletes and skips locked ones.
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import type { DataExports } from "../modules/privacy/data-export.service.ts";
import type { UploadsService } from "../modules/uploads/uploads.service.ts";

export function createStagedUploadSweeper(deps: {
  uploads: Pick<UploadsService, "deleteExpired">;
  dataExports?: Pick<DataExports, "deleteExpired">;
  logger: Logger;
  intervalMs?: number;
}) {
  return createPeriodicTask(
    async () => {
      const deleted = await deps.uploads.deleteExpired();
      if (deleted > 0) deps.logger.info({ deleted }, "expired staged uploads deleted");
      const archives = (await deps.dataExports?.deleteExpired()) ?? 0;
      if (archives > 0) deps.logger.info({ deleted: archives }, "expired data export archives deleted");
    },
    {
      intervalMs: deps.intervalMs ?? 15 * 60_000,
      onError: (error) => deps.logger.error({ err: error }, "deleting expired staged uploads failed"),
    },
  );
}
