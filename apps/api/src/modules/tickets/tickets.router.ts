import {
  addTicketMessage,
  bulkUpdateTickets,
  countTickets,
  createTicket,
  downloadTicketAttachment,
  exportTickets,
  getTicket,
  linkTicket,
  listTicketEvents,
  listTicketLinks,
  listTickets,
  mergeTicket,
  splitTicketMessage,
  unlinkTicket,
  updateTicket,
  uploadTicketAttachment,
} from "@helpdesk/contracts";
import type { Request } from "express";
import { AppError } from "../../errors/app-error.ts";
import { actorOf, signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";
import type { TicketsService } from "./tickets.service.ts";

const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.get(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7E]{1,200}$/.test(key)) {
    throw new AppError(
      "validation_failed",
      `${IDEMPOTENCY_KEY_HEADER} must be 1 to 200 visible ASCII characters`,
      {
        errors: [{ path: "headers.idempotency-key", message: "Malformed", code: "invalid_string" }],
      },
    );
  }
  return key;
}

export function ticketRoutes(
  tickets: TicketsService,
  uploads: Pick<UploadsService, "admitUpload" | "chargeUpload">,
) {
  return [
    // Filing is open to anyone; a stale token simply files as a guest would.
    route(createTicket, async ({ body, req, res }) => ({
      status: 201,
      body: await tickets.createTicket(actorOf(res), body, {
        idempotencyKey: idempotencyKeyOf(req),
        clientAddress: req.ip ?? "unknown",
      }),
    })),
    route(listTickets, async ({ query, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.listTickets(actor, query) };
    }),
    // Before `/tickets/:id`, which would otherwise take "counts" for an id.
    route(countTickets, async ({ query, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.countTickets(actor, query) };
    }),
    route(exportTickets, async ({ query, res }) => ({
      status: 200,
      body: await tickets.exportTickets(signedInActorOf(res), query),
    })),
    route(getTicket, async ({ params, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.getTicket(actor, params.id) };
    }),
    route(updateTicket, async ({ params, body, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.updateTicket(actor, params.id, body) };
    }),
    route(bulkUpdateTickets, async ({ body, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.bulkUpdateTickets(actor, body) };
    }),
    route(addTicketMessage, async ({ params, body, res }) => {
      const actor = signedInActorOf(res);
      return { status: 201, body: await tickets.addMessage(actor, params.id, body) };
    }),
    route(mergeTicket, async ({ params, body, res }) => ({
      status: 200,
      body: await tickets.mergeTicket(signedInActorOf(res), params.id, body),
    })),
    route(splitTicketMessage, async ({ params, body, res }) => ({
      status: 201,
      body: await tickets.splitMessage(signedInActorOf(res), params.id, params.messageId, body),
    })),
    route(listTicketLinks, async ({ params, res }) => ({
      status: 200,
      body: await tickets.listTicketLinks(signedInActorOf(res), params.id),
    })),
    route(linkTicket, async ({ params, body, res }) => ({
      status: 200,
      body: await tickets.linkTicket(signedInActorOf(res), params.id, body.ticketId),
    })),
    route(unlinkTicket, async ({ params, res }) => ({
      status: 200,
      body: await tickets.unlinkTicket(signedInActorOf(res), params.id, params.otherId),
    })),
    route(listTicketEvents, async ({ params, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await tickets.listEvents(actor, params.id) };
    }),
    // Files count against the same upload quota as POST /uploads, checked before the body is read.
    route(
      uploadTicketAttachment,
      async ({ params, query, file, req, res }) => {
        const actor = signedInActorOf(res);
        await uploads.chargeUpload(actor, req.ip ?? "unknown", file.size);
        const upload = { originalName: file.originalname, bytes: file.buffer };
        return { status: 201, body: await tickets.addAttachment(actor, params.id, upload, query.messageId) };
      },
      { beforeUpload: (req, res) => uploads.admitUpload(signedInActorOf(res), req.ip ?? "unknown") },
    ),
    route(downloadTicketAttachment, async ({ params, res }) => {
      const actor = signedInActorOf(res);
      const file = await tickets.readAttachment(actor, params.id, params.attachmentId);
      // Always a download with our detected type: never rendered inline in the API's origin.
      res.attachment(file.fileName);
      res.type(file.contentType);
      res.setHeader("Cache-Control", "private, no-store");
      res.status(200).send(file.bytes);
      return { status: 200, body: undefined };
    }),
  ];
}
