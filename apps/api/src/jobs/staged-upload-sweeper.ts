// Deletes staged uploads nobody sent with a ticket or reply within their time (file and row), every
// 15 minutes on the job queue (job-queue.ts). A schedule rather than cleaning up during uploads: the
// files are customers' documents (cancellation forms, ID scans), and they should go when their time
// is up, also when no one uploads anything afterwards. Data export archives whose link expired
// unused go the same way. Overlapping runs are safe: each locks the rows it deletes and skips locked
// ones.
import type { Logger } from "../lib/logger.ts";
import type { DataExports } from "../modules/privacy/data-export.service.ts";
import type { UploadsService } from "../modules/uploads/uploads.service.ts";

export function createStagedUploadSweeper(deps: {
  uploads: Pick<UploadsService, "deleteExpired">;
  dataExports?: Pick<DataExports, "deleteExpired">;
  logger: Logger;
}) {
  return async () => {
    const deleted = await deps.uploads.deleteExpired();
    if (deleted > 0) deps.logger.info({ deleted }, "expired staged uploads deleted");
    const archives = (await deps.dataExports?.deleteExpired()) ?? 0;
    if (archives > 0) deps.logger.info({ deleted: archives }, "expired data export archives deleted");
  };
}
