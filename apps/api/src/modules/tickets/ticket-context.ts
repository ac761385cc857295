// What every job of the tickets module works with: its dependencies (writes run in db/write-transaction.ts).
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/prisma.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";
import type { TicketNumbers } from "./ticket-number.ts";

export interface TicketsServiceDeps {
  db: Database;
  env: Pick<Env, "TEAM_NAME">;
  /** The admins' settings (the team name customers see); without it, the environment's. */
  settings?: { current(): Promise<{ teamName: string }> };
  storage: AttachmentStorage;
  /** Claims files staged by POST /uploads, inside the write that attaches them. */
  uploads: Pick<UploadsService, "claim">;
  /** Gives new tickets their numbers (keyed with TICKET_NUMBER_SECRET). */
  ticketNumbers: TicketNumbers;
  /** How old a change must be before the incremental export shows it (tests shorten it). */
  exportSettleMs?: number;
}

export type TicketChannel = "web" | "phone" | "email" | "api";
