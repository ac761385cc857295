// What every job of the tickets module works with: its dependencies and the transaction budget.
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/prisma.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";

export interface TicketsServiceDeps {
  db: Database;
  env: Pick<Env, "TEAM_NAME">;
  storage: AttachmentStorage;
  /** Claims files staged by POST /uploads, inside the write that attaches them. */
  uploads: Pick<UploadsService, "claim">;
}

// Enough for 20 concurrent retries of one request to queue behind the first.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export type TicketChannel = "web" | "phone" | "email" | "api";
