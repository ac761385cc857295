// Standard answers: everyone who works tickets reads them and fills one in for a ticket (which
// counts a use); admins write, change and remove them. A body is checked on save, so a reply with
// an unknown placeholder or FAQ article cannot be stored.
import type {
  CannedReply,
  CreateCannedReply,
  RenderedCannedReply,
  UpdateCannedReply,
} from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { publishedFaqLinks } from "../faq/faq-links.ts";
import { denyAsNotFound, requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import type { TicketsService } from "../tickets/tickets.service.ts";
import * as repository from "./canned-replies.repository.ts";
import { faqSlugsIn, fillPlaceholders, placeholderErrors } from "./canned-reply-placeholders.ts";

/** Admins curate the team's standard answers. */
export const cannedReplyEditors = ["admin"] as const;

function presentCannedReply(row: repository.CannedReplyRow): CannedReply {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    actions: { status: row.setStatus, priority: row.setPriority, category: row.setCategory },
    usageCount: row.usageCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const contentOf = (input: CreateCannedReply): repository.CannedReplyContent => ({
  title: input.title,
  body: input.body,
  setStatus: input.actions?.status ?? null,
  setPriority: input.actions?.priority ?? null,
  setCategory: input.actions?.category ?? null,
});

export function createCannedRepliesService({
  db,
  publicUrl,
  tickets,
}: {
  db: Database;
  publicUrl: string;
  tickets: Pick<TicketsService, "getTicket">;
}) {
  const worker = (actor: SignedInActor) => requireStaff(actor, worksTickets);
  const editor = (actor: SignedInActor) =>
    requireStaff(actor, (role) => cannedReplyEditors.some((allowed) => allowed === role));

  async function checkBody(body: string) {
    const links = await publishedFaqLinks(db, publicUrl, faqSlugsIn(body));
    const errors = placeholderErrors(body, new Set(links.keys()));
    if (errors.length > 0) {
      throw new AppError("validation_failed", errors[0]?.message, { errors });
    }
  }

  return {
    async list(
      actor: SignedInActor,
      query: { q?: string | undefined; updated_since?: string | undefined; cursor?: string; limit: number },
    ) {
      worker(actor);
      const rows = await repository.listCannedReplies(
        db,
        { q: query.q, updatedSince: query.updated_since ? new Date(query.updated_since) : undefined },
        decodeCursor(query.cursor),
        query.limit + 1,
      );
      return toPage(rows, query.limit, presentCannedReply);
    },

    async get(actor: SignedInActor, id: string) {
      worker(actor);
      const row = await repository.findCannedReply(db, id);
      return row ? presentCannedReply(row) : denyAsNotFound();
    },

    async create(actor: SignedInActor, input: CreateCannedReply) {
      const admin = editor(actor);
      await checkBody(input.body);
      return presentCannedReply(
        await repository.insertCannedReply(db, { ...contentOf(input), staffId: admin.id }),
      );
    },

    async update(actor: SignedInActor, id: string, input: UpdateCannedReply) {
      const admin = editor(actor);
      if (!(await repository.findCannedReply(db, id))) denyAsNotFound();
      await checkBody(input.body);
      const expected = input.expectedUpdatedAt ? new Date(input.expectedUpdatedAt) : undefined;
      const wrote = await repository.updateCannedReplyIfUnchanged(db, id, expected, {
        ...contentOf(input),
        staffId: admin.id,
      });
      const latest = await repository.findCannedReply(db, id);
      if (!latest) return denyAsNotFound();
      if (wrote) return presentCannedReply(latest);
      // Someone saved since the editor opened it: show both versions, overwrite nothing.
      throw new AppError("edit_conflict", "The reply was changed since you opened it", {
        conflict: { current: presentCannedReply(latest), submitted: input },
      });
    },

    async remove(actor: SignedInActor, id: string) {
      editor(actor);
      if (!(await repository.deleteCannedReply(db, id))) denyAsNotFound();
    },

    /**
     * The reply filled in for one ticket, from the ticket as this caller sees it (the same view and
     * privacy rules as GET /tickets/{id}). Counts one use: filling in is what the picker does when
     * an agent chooses the reply, so each insertion counts once.
     */
    async render(actor: SignedInActor, ticketId: string, id: string): Promise<RenderedCannedReply> {
      worker(actor);
      const row = await repository.findCannedReply(db, id);
      if (!row) return denyAsNotFound();
      const ticket = await tickets.getTicket(actor, ticketId);
      if (ticket.view !== "staff") return denyAsNotFound();
      const links = await publishedFaqLinks(db, publicUrl, faqSlugsIn(row.body));
      const { text, missing } = fillPlaceholders(
        row.body,
        { "customer.name": ticket.requester.name, "ticket.number": ticket.number },
        links,
      );
      if (missing.length > 0) {
        throw new AppError(
          "conflict",
          `This reply links to FAQ articles that are no longer published (${missing.join(", ")}); an admin should change it`,
        );
      }
      await repository.countUse(db, id);
      return { body: text, actions: presentCannedReply(row).actions };
    },
  };
}
export type CannedRepliesService = ReturnType<typeof createCannedRepliesService>;
