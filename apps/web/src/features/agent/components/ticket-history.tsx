import type { TicketCategory, TicketPriority, TicketStatus, ticketEventSchema } from "@helpdesk/contracts";
import type { z } from "zod";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

type TicketEvent = z.infer<typeof ticketEventSchema>;
type JsonObject = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const nameOf = (value: unknown) => (isRecord(value) ? text(value.name) : undefined);
/** The other ticket of a merge, split or link, by its number ("#385017264"). */
const numberOf = (value: unknown) => (isRecord(value) ? (text(value.number) ?? "—") : "—");

/**
 * A ticket's audit trail as sentences: each kind of change in the reader's words, with labels for
 * statuses, priorities and categories and dates in their locale, never the codes the API stores.
 */
export function TicketHistory({ events }: { events: TicketEvent[] }) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const none = "—";
  const status = (value: unknown) =>
    text(value) ? tt(`staffStatuses.${text(value) as TicketStatus}`) : none;
  const priority = (value: unknown) =>
    text(value) ? tt(`priorities.${text(value) as TicketPriority}`) : none;
  const category = (value: unknown) =>
    text(value) ? tt(`categories.${text(value) as TicketCategory}`) : none;
  const target = (value: unknown) =>
    text(value) && ["first_response", "next_response", "resolution"].includes(text(value) as string)
      ? t(`sla.targets.${text(value) as "first_response"}`)
      : none;
  const when = (value: unknown) => (text(value) ? formatDateTime(text(value) as string, language) : none);

  /** What happened, in one sentence. */
  function describe(event: TicketEvent): string {
    const before = event.before;
    const after = isRecord(event.after) ? event.after : {};
    switch (event.type) {
      case "created":
        return text(after.followUpOf) ? t("history.createdFollowUp") : t("history.created");
      case "status_changed":
        return t("history.status", { from: status(before), to: status(event.after) });
      case "priority_changed":
        return t("history.priority", { from: priority(before), to: priority(event.after) });
      case "category_changed":
        return t("history.category", { from: category(before), to: category(event.after) });
      case "assignee_changed":
        return t("history.assignee", { from: nameOf(before) ?? none, to: nameOf(event.after) ?? none });
      case "service_changed":
        return t("history.service");
      case "message_added":
        return after.internal === true ? t("history.note") : t("history.message");
      case "attachment_added":
        return t("history.attachment", { name: text(after.fileName) ?? none });
      case "cancellation_recorded":
        return t("history.cancellation");
      case "appointment_booked":
        return t("history.appointment", { time: when(after.startsAt) });
      case "follow_up_created":
        return t("history.followUp");
      case "sla_started":
        return t("history.slaStarted", {
          level: text(after.level) ? t(`sla.levels.${text(after.level) as "standard"}`) : none,
        });
      case "sla_recomputed":
        return t("history.slaRecomputed");
      case "sla_warning_sent":
        return t("history.slaWarning", { target: target(after.target), time: when(after.dueAt) });
      case "sla_breached":
        return t("history.slaBreached", { target: target(after.target) });
      case "snoozed":
        return t("history.snoozed", { time: when(event.after) });
      case "snooze_ended":
        return t("history.snoozeEnded");
      case "follow_up_reminded":
        return t("history.followUpReminded", { time: when(after.solveAfter) });
      case "auto_solved":
        return t("history.autoSolved", { days: String(after.solveAfterDays ?? none) });
      case "merged_into":
        return t("history.mergedInto", { number: numberOf(event.after) });
      case "merged_from":
        return t("history.mergedFrom", { number: numberOf(event.after) });
      case "split_off":
        return t("history.splitOff", { number: numberOf(event.after) });
      case "split_from":
        return t("history.splitFrom", { number: numberOf(event.after) });
      case "linked":
        return t("history.linked", { number: numberOf(event.after) });
      case "unlinked":
        return t("history.unlinked", { number: numberOf(event.before) });
      default:
        return t("history.other");
    }
  }

  if (events.length === 0) return <p>{t("ticket.historyEmpty")}</p>;
  return (
    <ol className="history">
      {events.map((event) => (
        <li key={event.id} data-event-type={event.type}>
          <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, language)}</time>
          {" · "}
          <strong>
            {event.actor.name ?? (event.actor.type === "system" ? t("ticket.system") : t("ticket.guest"))}
            {event.actor.apiToken ? ` (${t("ticket.viaApiToken")})` : null}
          </strong>
          <div className="history__change">{describe(event)}</div>
        </li>
      ))}
    </ol>
  );
}
