// Tickets, one job per file: filing (ticket-filing), replies (ticket-replies), changes
// (ticket-changes; many at once in ticket-bulk-changes), files (ticket-attachments), reading
// (ticket-queries), service levels across tickets (ticket-service-levels), and putting tickets
// together and apart (ticket-merges, ticket-splits, ticket-links). This puts them
// together behind the one service the router and the e-mail intake use.
import { createUploadsService } from "../uploads/uploads.service.ts";
import { createTicketSnooze } from "./follow-up.service.ts";
import { createTicketAccess } from "./ticket-access.ts";
import { createTicketAttachments } from "./ticket-attachments.service.ts";
import { createTicketBulkChanges } from "./ticket-bulk-changes.service.ts";
import { createTicketChanges } from "./ticket-changes.service.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { createTicketFiling } from "./ticket-filing.service.ts";
import { createTicketLinks } from "./ticket-links.service.ts";
import { createTicketMerges } from "./ticket-merges.service.ts";
import { createTicketNumbers } from "./ticket-number.ts";
import { createTicketQueries } from "./ticket-queries.service.ts";
import { createTicketReplies } from "./ticket-replies.service.ts";
import { createTicketServiceLevels } from "./ticket-service-levels.service.ts";
import { createTicketSplits } from "./ticket-splits.service.ts";

export type { TicketsServiceDeps } from "./ticket-context.ts";

export function createTicketsService(deps: TicketsServiceDeps) {
  const access = createTicketAccess(deps);
  const { attachStagedFiles, ...files } = createTicketAttachments(deps, access);
  const changes = createTicketChanges(deps, access);
  return {
    ...createTicketFiling(deps, { attachStagedFiles }),
    ...createTicketQueries(deps, access),
    ...changes,
    ...createTicketBulkChanges(changes),
    ...createTicketReplies(deps, access, { attachStagedFiles }),
    ...createTicketServiceLevels(deps),
    ...createTicketSnooze(deps, access),
    ...files,
    ...createTicketMerges(deps, access),
    ...createTicketSplits(deps, access),
    ...createTicketLinks(deps, access),
    /** The ticket's facts and how the caller may see it; 404 when not at all (for other modules). */
    accessibleTicket: access.accessibleTicket,
  };
}

export type TicketsService = ReturnType<typeof createTicketsService>;

/** The tickets service outside the HTTP app (background jobs): its own uploads and ticket numbers. */
export function createJobTicketsService(deps: {
  db: TicketsServiceDeps["db"];
  env: TicketsServiceDeps["env"] & { TICKET_NUMBER_SECRET: string };
  storage: TicketsServiceDeps["storage"];
}) {
  const { db, env, storage } = deps;
  return createTicketsService({
    db,
    env,
    storage,
    uploads: createUploadsService({ db, storage }),
    ticketNumbers: createTicketNumbers(env.TICKET_NUMBER_SECRET),
  });
}
