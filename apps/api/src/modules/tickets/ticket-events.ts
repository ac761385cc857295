// Writes to the audit trail and the outbox, always inside the transaction of the change itself.
import type { WebhookEvent } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Actor } from "../identity/actor.ts";
import { recordLiveEvent, type StoredLiveEventKind } from "../live/live-events.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { recordWebhookEvent } from "../webhooks/webhook-events.ts";
import { insertTicketEvent } from "./ticket-events.repository.ts";
import { noticeStaffOf } from "./ticket-staff-notices.ts";

export type EventType =
  | "created"
  | "status_changed"
  | "priority_changed"
  | "category_changed"
  | "assignee_changed"
  | "message_added"
  | "attachment_added"
  | "cancellation_recorded"
  | "appointment_booked"
  | "follow_up_created"
  | "service_changed"
  | "sla_started"
  | "sla_recomputed"
  | "sla_warning_sent"
  | "sla_breached"
  | "time_entry_added"
  | "time_entry_changed"
  | "time_entry_deleted"
  | "consent_requested"
  | "consent_answered"
  | "billing_agreed"
  | "snoozed"
  | "snooze_ended"
  | "follow_up_reminded"
  | "auto_solved"
  | "merged_into"
  | "merged_from"
  | "split_off"
  | "split_from"
  | "linked"
  | "unlinked";

/** Who made a change: a person, or the system (the service-level and follow-up jobs). */
export type EventActor = Actor | { kind: "system" };

const json = (value: unknown) => (value === undefined ? undefined : (value as Prisma.InputJsonValue));

function actorColumns(actor: EventActor) {
  switch (actor.kind) {
    case "system":
      return { actorKind: "system" as const };
    case "guest":
      return { actorKind: "guest" as const };
    case "customer":
      return { actorKind: "customer" as const, actorCustomerId: actor.id };
    case "staff":
      return { actorKind: "staff" as const, actorStaffId: actor.id };
  }
}

/** The live streams' view of an audit event: what kind of change, and whether a customer may know. */
function liveChangeOf(
  type: EventType,
  after: unknown,
): { kind: StoredLiveEventKind; customerVisible: boolean } | null {
  switch (type) {
    case "created":
      return { kind: "created", customerVisible: true };
    case "message_added":
      return { kind: "message", customerVisible: (after as { internal?: boolean }).internal === false };
    case "status_changed":
      return { kind: "status", customerVisible: true };
    case "assignee_changed":
      return { kind: "assignment", customerVisible: false };
    // The thread of the customer's ticket grew (a merge) or lost a message to a new ticket (a split).
    case "merged_from":
    case "split_off":
      return { kind: "message", customerVisible: true };
    case "linked":
    case "unlinked":
    case "priority_changed":
    case "category_changed":
    case "service_changed":
    case "sla_breached":
    case "snoozed":
    case "snooze_ended":
      return { kind: "ticket", customerVisible: false };
    default:
      return null;
  }
}

/** The webhook event of an audit event, for the types integrators can subscribe to. */
const webhookEventOf: Partial<Record<EventType, WebhookEvent>> = {
  created: "ticket.created",
  message_added: "message.added",
  status_changed: "ticket.status_changed",
  assignee_changed: "ticket.assigned",
};

/**
 * One immutable audit row: who did what, with the value before and after; its live event, its
 * webhook event, and the staff notifications it causes (ticket-staff-notices.ts).
 */
export async function recordTicketEvent(
  tx: DbClient,
  ticketId: string,
  actor: EventActor,
  type: EventType,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  await insertTicketEvent(tx, {
    ticketId,
    type,
    ...actorColumns(actor),
    before: json(change.before),
    after: json(change.after),
  });
  const live = liveChangeOf(type, change.after);
  if (live) await recordLiveEvent(tx, ticketId, live);
  const webhookEvent = webhookEventOf[type];
  if (webhookEvent) await recordWebhookEvent(tx, ticketId, webhookEvent);
  await noticeStaffOf(tx, ticketId, actor, type, change.after);
}

/** Customer-visible happenings for the e-mail worker (the outbox). Payloads carry no staff identity. */
export type DomainEventType =
  | "ticket.created"
  | "ticket.cancellation_recorded"
  | "ticket.team_replied"
  | "ticket.status_changed"
  | "ticket.sla_warning"
  | "ticket.follow_up_reminder"
  | "ticket.merged"
  | "ticket.split";

export async function recordDomainEvent(
  tx: DbClient,
  ticketId: string,
  type: DomainEventType,
  payload: Record<string, unknown>,
): Promise<string> {
  return recordOutboxEvent(tx, { ticketId, type, payload });
}
