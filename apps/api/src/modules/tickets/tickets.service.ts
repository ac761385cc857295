// Tickets: filing (by anyone), the thread, status, assignment, attachments and the audit trail.
// Every write is one transaction that also records its audit events and outbox entries.
import { createHash } from "node:crypto";
import type {
  CreateTicket,
  CursorPage,
  TicketView,
  ticketCountsQuerySchema,
  ticketListQuerySchema,
  ticketSummarySchema,
} from "@helpdesk/contracts";
import type { z } from "zod";
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../../http/problem.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { stableJson } from "../../lib/stable-json.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import { recordSolvedTicketEvidence } from "../faq/faq-evidence.ts";
import {
  canWorkTicket,
  denyAsNotFound,
  type TicketAccess,
  ticketAccess,
  ticketCountScope,
  ticketListScope,
} from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import type { StagedFile, UploadsService } from "../uploads/uploads.service.ts";
import { inspectUpload, MAX_ATTACHMENTS_PER_TICKET } from "./attachment-inspection.ts";
import { countQueueViews, countSelected } from "./ticket-counts.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import { formatTicketNumber, randomTicketNumber } from "./ticket-number.ts";
import { assertTransition, statusAfterCustomerReply, statusAfterStaffReply } from "./ticket-status.ts";
import {
  presentCustomerTicket,
  presentCustomerTicketSummary,
  presentStaffTicket,
  presentStaffTicketSummary,
  presentTicketEvent,
} from "./tickets.presenter.ts";
import * as repository from "./tickets.repository.ts";

// Enough for 20 concurrent retries of one request to queue behind the first.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export interface TicketsServiceDeps {
  db: Database;
  env: Pick<Env, "TEAM_NAME">;
  storage: AttachmentStorage;
  /** Claims files staged by POST /uploads, inside the write that attaches them. */
  uploads: Pick<UploadsService, "claim">;
}

type TicketChannel = "web" | "phone" | "email" | "api";

interface Requester {
  id: string;
  name: string;
  email: string;
  language: "nl" | "en";
}

type TicketListQuery = z.output<typeof ticketListQuerySchema>;
/** The list's filters: all of the counts' query. */
type TicketFilterQuery = z.output<typeof ticketCountsQuerySchema>;

/** `me`, `none` or a staff id, as the list's `assignee` filter takes it. */
const assigneeIdOf = (actor: SignedInActor, assignee: string): string | null =>
  assignee === "me" ? actor.id : assignee === "none" ? null : assignee;

/** A customer filters their own tickets; assignee and verification are not theirs to see. */
const customerFilters = (query: TicketFilterQuery): repository.TicketFilters => ({
  status: query.status,
  category: query.category,
  priority: query.priority,
  text: query.q,
});

const staffFilters = (actor: SignedInActor, query: TicketFilterQuery): repository.TicketFilters => ({
  ...customerFilters(query),
  assigneeId: query.assignee === undefined ? undefined : assigneeIdOf(actor, query.assignee),
  verified: query.verified === undefined ? undefined : query.verified === "true",
});

export function createTicketsService(deps: TicketsServiceDeps) {
  const { db, env } = deps;

  async function viewFor(access: TicketAccess, id: string): Promise<TicketView> {
    if (access === "customer") {
      const row = await repository.findCustomerTicket(db, id);
      if (row) return presentCustomerTicket(row, env.TEAM_NAME);
    } else if (access === "staff") {
      const row = await repository.findStaffTicket(db, id);
      if (row) return presentStaffTicket(row);
    }
    return denyAsNotFound();
  }

  /** The ticket's facts and how the caller may see it; 404 when not at all. */
  async function accessibleTicket(actor: Actor, id: string) {
    const ticket = await repository.findTicketAccessFacts(db, id);
    const access = ticket ? ticketAccess(actor, ticket) : "none";
    if (!ticket || access === "none") denyAsNotFound();
    return { ticket, access };
  }

  /** Who the ticket is for: the signed-in customer, or a customer record found or made by address. */
  async function resolveRequester(tx: Prisma.TransactionClient, actor: Actor, input: CreateTicket) {
    if (actor.kind === "customer") {
      const customer = await tx.customer.findUniqueOrThrow({
        where: { id: actor.id },
        select: { id: true, name: true, email: true, language: true },
      });
      return { requester: customer as Requester, verified: true };
    }
    if (!input.email) {
      // Only a phone caller may have no address; the callback details say who to call.
      if (actor.kind === "staff" && input.category === "callback")
        return { requester: null, verified: false };
      throw new AppError("validation_failed", "Give the e-mail address to answer to", {
        errors: [{ path: "body.email", message: "Required", code: "required" }],
      });
    }
    const name = input.name ?? (input.category === "callback" ? input.details.callerName : undefined);
    if (!name) {
      throw new AppError("validation_failed", "Give the name of the person asking", {
        errors: [{ path: "body.name", message: "Required", code: "required" }],
      });
    }
    const customer = await tx.customer.upsert({
      where: { email: input.email },
      create: { email: input.email, name },
      update: {},
      select: { id: true, name: true, email: true, language: true },
    });
    // Anyone can type someone else's address: not verified until they follow the e-mailed link.
    return { requester: customer as Requester, verified: false };
  }

  async function assertOwnService(tx: Prisma.TransactionClient, actor: Actor, serviceId: string | undefined) {
    if (!serviceId) return;
    const owned =
      actor.kind === "customer" &&
      (await tx.customerService.count({ where: { id: serviceId, customerId: actor.id } })) > 0;
    if (!owned) {
      throw new AppError("validation_failed", "Choose one of your own services", {
        errors: [{ path: "body.serviceId", message: "Not one of your services", code: "invalid_service" }],
      });
    }
  }

  async function unusedTicketNumber(tx: Prisma.TransactionClient): Promise<number> {
    for (;;) {
      const number = randomTicketNumber();
      if (!(await repository.numberInUse(tx, number))) return number;
    }
  }

  /** Who put a file on the ticket: the signed-in caller, or for a guest the requester they named. */
  const uploaderOf = (actor: Actor, requesterId: string | null) => ({
    uploadedByCustomerId: actor.kind === "staff" ? null : actor.kind === "customer" ? actor.id : requesterId,
    uploadedByStaffId: actor.kind === "staff" ? actor.id : null,
  });

  /** One attachment row and its audit event; the bytes are in storage already. */
  async function recordAttachment(
    tx: Prisma.TransactionClient,
    actor: Actor,
    file: Omit<StagedFile, "tokenHash"> & {
      ticketId: string;
      messageId: string | null;
      uploadedByCustomerId: string | null;
      uploadedByStaffId: string | null;
    },
  ) {
    const row = await tx.attachment.create({
      data: file,
      select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
    });
    await recordTicketEvent(tx, file.ticketId, actor, "attachment_added", {
      after: { attachmentId: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size },
    });
    return row;
  }

  /** Files staged with POST /uploads, attached to a new message in the transaction that wrote it. */
  async function attachStagedFiles(
    tx: Prisma.TransactionClient,
    actor: Actor,
    message: { ticketId: string; messageId: string },
    uploader: ReturnType<typeof uploaderOf>,
    tokens: string[] | undefined,
  ) {
    const files = await deps.uploads.claim(tx, tokens);
    if (files.length === 0) return;
    if (
      (await repository.countAttachments(tx, message.ticketId)) + files.length >
      MAX_ATTACHMENTS_PER_TICKET
    ) {
      throw new AppError("conflict", `A ticket holds at most ${MAX_ATTACHMENTS_PER_TICKET} attachments`);
    }
    for (const { tokenHash: _, ...file } of files) {
      await recordAttachment(tx, actor, {
        ...file,
        ticketId: message.ticketId,
        messageId: message.messageId,
        ...uploader,
      });
    }
  }

  async function insertTicket(
    tx: Prisma.TransactionClient,
    actor: Actor,
    input: CreateTicket,
    channel: TicketChannel,
  ) {
    await assertOwnService(tx, actor, input.serviceId);
    const { requester, verified } = await resolveRequester(tx, actor, input);
    const staffAuthor = actor.kind === "staff" ? actor.id : null;
    const ticket = await tx.ticket.create({
      data: {
        number: await unusedTicketNumber(tx),
        subject: input.subject,
        category: input.category,
        channel,
        details: input.details as Prisma.InputJsonValue,
        customerId: requester?.id ?? null,
        requesterVerifiedAt: verified ? new Date() : null,
        serviceId: input.serviceId ?? null,
        createdByStaffId: staffAuthor,
        messages: {
          create: {
            body: input.message,
            // A request typed in by staff for a caller is still the caller's words.
            authorKind: requester ? "customer" : "staff",
            authorCustomerId: requester?.id ?? null,
            authorStaffId: requester ? null : staffAuthor,
          },
        },
      },
      select: { id: true, number: true, status: true, category: true, messages: { select: { id: true } } },
    });
    const [firstMessage] = ticket.messages;
    if (!firstMessage) throw new Error("a new ticket has no first message");
    await recordTicketEvent(tx, ticket.id, actor, "created", {
      after: { status: ticket.status, category: ticket.category, subject: input.subject },
    });
    // The outbox turns this into the confirmation e-mail (with its sign-in link for guests).
    await recordDomainEvent(tx, ticket.id, "ticket.created", { number: ticket.number });
    if (input.category === "cancellation") {
      await recordTicketEvent(tx, ticket.id, actor, "cancellation_recorded", { after: input.details });
      await recordDomainEvent(tx, ticket.id, "ticket.cancellation_recorded", input.details);
    }
    // Before the outbox sends the confirmation: it is composed after this transaction commits.
    await attachStagedFiles(
      tx,
      actor,
      { ticketId: ticket.id, messageId: firstMessage.id },
      uploaderOf(actor, requester?.id ?? null),
      input.attachments,
    );
    return { ticket };
  }

  return {
    async createTicket(
      actor: Actor,
      input: CreateTicket,
      idempotencyKey: string | undefined,
      channel: TicketChannel = actor.kind === "staff" ? "phone" : "web",
    ) {
      const scope = actor.kind === "guest" ? `guest:${input.email ?? ""}` : `${actor.kind}:${actor.id}`;
      const requestHash = createHash("sha256").update(stableJson(input)).digest("hex");

      const outcome = await db.$transaction(async (tx) => {
        if (
          idempotencyKey &&
          !(await repository.claimIdempotencyKey(tx, scope, idempotencyKey, requestHash))
        ) {
          // The first request with this key committed (we waited for it): answer as it did.
          const record = await repository.findIdempotencyRecord(tx, scope, idempotencyKey);
          if (record?.requestHash !== requestHash) throw new AppError("idempotency_mismatch");
          if (!record.ticketId)
            throw new AppError("conflict", "The first request with this key is still running");
          const ticket = await tx.ticket.findUniqueOrThrow({
            where: { id: record.ticketId },
            select: { id: true, number: true, status: true, category: true },
          });
          return { ticket, replayed: true as const };
        }
        const created = await insertTicket(tx, actor, input, channel);
        if (idempotencyKey) {
          await tx.idempotencyRecord.update({
            where: { scope_key: { scope, key: idempotencyKey } },
            data: { ticketId: created.ticket.id },
          });
        }
        return { ...created, replayed: false as const };
      }, TRANSACTION_OPTIONS);

      const { ticket } = outcome;
      return {
        id: ticket.id,
        number: formatTicketNumber(ticket.number),
        status: ticket.status,
        category: ticket.category,
      };
    },

    async listTickets(
      actor: SignedInActor,
      query: TicketListQuery,
    ): Promise<CursorPage<z.infer<typeof ticketSummarySchema>>> {
      const scope = ticketListScope(actor);
      const page = {
        after: decodeCursor(query.cursor),
        take: query.limit + 1,
        direction: query.sort === "oldest" ? ("asc" as const) : ("desc" as const),
      };
      if (scope.kind === "customer") {
        const rows = await repository.listCustomerTickets(db, scope.customerId, customerFilters(query), page);
        return toPage(rows, query.limit, presentCustomerTicketSummary);
      }
      const rows = await repository.listStaffTickets(db, scope, staffFilters(actor, query), page);
      return toPage(rows, query.limit, presentStaffTicketSummary);
    },

    /** The filtered list's length and each queue view's, counted over the same scope as the list. */
    async countTickets(actor: SignedInActor, query: TicketFilterQuery) {
      const scope = ticketCountScope(actor);
      const { status, assigneeId, ...shared } = staffFilters(actor, query);
      const tallies = await repository.countTicketsByStatusAndAssignee(db, scope, shared);
      return {
        total: countSelected(tallies, { status, assigneeId }),
        views: countQueueViews(tallies, (assignee) => assigneeIdOf(actor, assignee)),
      };
    },

    async getTicket(actor: SignedInActor, id: string): Promise<TicketView> {
      const { access } = await accessibleTicket(actor, id);
      return viewFor(access, id);
    },

    async updateTicket(
      actor: SignedInActor,
      id: string,
      change: {
        status?: string | undefined;
        priority?: string | undefined;
        category?: string | undefined;
        assigneeId?: string | null | undefined;
      },
    ): Promise<TicketView> {
      const { ticket, access } = await accessibleTicket(actor, id);
      const byStaff = canWorkTicket(actor);
      if (!byStaff) {
        if (access !== "customer") denyAsNotFound();
        const { status, ...other } = change;
        if (status === undefined || Object.values(other).some((value) => value !== undefined)) {
          throw new AppError("validation_failed", "Customers can only close or reopen a ticket", {
            errors: [{ path: "body", message: "Only status may change", code: "not_allowed" }],
          });
        }
      }
      if (ticket.status === "closed")
        throw new AppError("conflict", "A closed ticket is final; reply to start a follow-up");

      await db.$transaction(async (tx) => {
        const current = await tx.ticket.findUniqueOrThrow({
          where: { id },
          select: {
            status: true,
            priority: true,
            category: true,
            assignee: { select: { id: true, name: true } },
          },
        });
        const data: Prisma.TicketUncheckedUpdateInput = {};
        const status = change.status as typeof current.status | undefined;
        if (status !== undefined && status !== current.status) {
          assertTransition(current.status, status, byStaff ? "staff" : "customer");
          data.status = status;
          await recordTicketEvent(tx, id, actor, "status_changed", { before: current.status, after: status });
          await recordDomainEvent(tx, id, "ticket.status_changed", { from: current.status, to: status });
          if (status === "solved") await recordSolvedTicketEvidence(tx, { id, subject: ticket.subject });
        }
        const priority = change.priority as typeof current.priority | undefined;
        if (priority !== undefined && priority !== current.priority) {
          data.priority = priority;
          await recordTicketEvent(tx, id, actor, "priority_changed", {
            before: current.priority,
            after: priority,
          });
        }
        const category = change.category as typeof current.category | undefined;
        if (category !== undefined && category !== current.category) {
          data.category = category;
          await recordTicketEvent(tx, id, actor, "category_changed", {
            before: current.category,
            after: category,
          });
        }
        if (change.assigneeId !== undefined && change.assigneeId !== (current.assignee?.id ?? null)) {
          const assignee = change.assigneeId
            ? await repository.findWorkingStaffMember(tx, change.assigneeId)
            : null;
          if (change.assigneeId && !assignee) {
            throw new AppError("validation_failed", "Assign to a staff member who works tickets", {
              errors: [
                {
                  path: "body.assigneeId",
                  message: "Not a ticket-working staff member",
                  code: "invalid_assignee",
                },
              ],
            });
          }
          data.assigneeId = assignee?.id ?? null;
          // A handover is on the record for staff; customers never see who works their ticket.
          await recordTicketEvent(tx, id, actor, "assignee_changed", {
            before: current.assignee,
            after: assignee,
          });
        }
        if (Object.keys(data).length > 0) await tx.ticket.update({ where: { id }, data });
      }, TRANSACTION_OPTIONS);
      return viewFor(access, id);
    },

    async addMessage(
      actor: SignedInActor,
      id: string,
      input: { body: string; internal: boolean; attachments?: string[] | undefined },
    ) {
      const { ticket, access } = await accessibleTicket(actor, id);
      const fromCustomer = access === "customer";
      if (fromCustomer && input.internal) {
        throw new AppError("validation_failed", "Customers cannot write internal notes", {
          errors: [{ path: "body.internal", message: "Not allowed", code: "not_allowed" }],
        });
      }
      const withFiles = (input.attachments?.length ?? 0) > 0;
      if (ticket.status === "closed" && !fromCustomer && (!input.internal || withFiles)) {
        throw new AppError("conflict", "A closed ticket is final");
      }

      const result = await db.$transaction(async (tx) => {
        // A customer's reply to a closed ticket opens a linked follow-up instead.
        let targetId = ticket.id;
        let followUp: { id: string; number: number } | null = null;
        if (ticket.status === "closed" && fromCustomer) {
          followUp = await tx.ticket.create({
            data: {
              number: await unusedTicketNumber(tx),
              subject: ticket.subject,
              category: ticket.category,
              channel: "web",
              customerId: ticket.customerId,
              requesterVerifiedAt: new Date(),
              followUpOfId: ticket.id,
            },
            select: { id: true, number: true },
          });
          await recordTicketEvent(tx, ticket.id, actor, "follow_up_created", {
            after: { ticketId: followUp.id },
          });
          await recordTicketEvent(tx, followUp.id, actor, "created", { after: { followUpOf: ticket.id } });
          await recordDomainEvent(tx, followUp.id, "ticket.created", { number: followUp.number });
          targetId = followUp.id;
        }
        const message = await tx.ticketMessage.create({
          data: {
            ticketId: targetId,
            body: input.body,
            internal: input.internal,
            authorKind: fromCustomer ? "customer" : "staff",
            authorCustomerId: fromCustomer ? actor.id : null,
            authorStaffId: fromCustomer ? null : actor.id,
          },
          select: { id: true },
        });
        await recordTicketEvent(tx, targetId, actor, "message_added", {
          after: { messageId: message.id, internal: input.internal },
        });
        await attachStagedFiles(
          tx,
          actor,
          { ticketId: targetId, messageId: message.id },
          uploaderOf(actor, null),
          input.attachments,
        );
        if (!input.internal) {
          const current = await tx.ticket.findUniqueOrThrow({
            where: { id: targetId },
            select: { status: true },
          });
          const next = fromCustomer
            ? statusAfterCustomerReply(current.status)
            : statusAfterStaffReply(current.status);
          if (next !== current.status) {
            await tx.ticket.update({ where: { id: targetId }, data: { status: next } });
            await recordTicketEvent(tx, targetId, actor, "status_changed", {
              before: current.status,
              after: next,
            });
          }
          await recordDomainEvent(
            tx,
            targetId,
            fromCustomer ? "ticket.customer_replied" : "ticket.team_replied",
            {
              messageId: message.id,
            },
          );
        } else {
          await tx.ticket.update({ where: { id: targetId }, data: { updatedAt: new Date() } });
        }
        return { messageId: message.id, targetId, followUp };
      }, TRANSACTION_OPTIONS);

      const view = await viewFor(access, result.targetId);
      const message = view.messages.find((candidate) => candidate.id === result.messageId);
      if (!message) throw new Error("the new message is missing from its ticket");
      return {
        message,
        followUp: result.followUp && {
          id: result.followUp.id,
          number: formatTicketNumber(result.followUp.number),
        },
      };
    },

    async listEvents(actor: SignedInActor, id: string) {
      const { access } = await accessibleTicket(actor, id);
      if (access !== "staff") denyAsNotFound();
      const rows = await repository.listTicketEvents(db, id);
      return { items: rows.map(presentTicketEvent) };
    },

    async addAttachment(
      actor: SignedInActor,
      id: string,
      upload: { originalName: string; bytes: Buffer },
      messageId: string | undefined,
    ) {
      const { ticket, access } = await accessibleTicket(actor, id);
      if (ticket.status === "closed") throw new AppError("conflict", "A closed ticket is final");
      if (messageId) {
        const message = await repository.findMessageOfTicket(db, id, messageId);
        if (!message || (message.internal && access !== "staff")) denyAsNotFound();
      }
      if ((await repository.countAttachments(db, id)) >= MAX_ATTACHMENTS_PER_TICKET) {
        throw new AppError("conflict", `A ticket holds at most ${MAX_ATTACHMENTS_PER_TICKET} attachments`);
      }
      const file = await inspectUpload(upload.originalName, upload.bytes);
      const storageKey = await deps.storage.put(upload.bytes);
      const attachment = await db.$transaction(async (tx) => {
        const row = await recordAttachment(tx, actor, {
          ...file,
          storageKey,
          ticketId: id,
          messageId: messageId ?? null,
          ...uploaderOf(actor, null),
        });
        await tx.ticket.update({ where: { id }, data: { updatedAt: new Date() } });
        return row;
      }, TRANSACTION_OPTIONS);
      return { ...attachment, createdAt: attachment.createdAt.toISOString() };
    },

    async readAttachment(actor: SignedInActor, id: string, attachmentId: string) {
      const { access } = await accessibleTicket(actor, id);
      const attachment = await repository.findAttachmentOfTicket(db, id, attachmentId);
      // Files on internal notes are as invisible to customers as the notes themselves.
      if (!attachment || (attachment.message?.internal && access !== "staff")) denyAsNotFound();
      return { ...attachment, bytes: await deps.storage.get(attachment.storageKey) };
    },
  };
}

export type TicketsService = ReturnType<typeof createTicketsService>;
