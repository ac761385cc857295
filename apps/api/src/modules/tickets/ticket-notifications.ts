// What each customer-visible ticket event becomes as an e-mail (at most one per event). Texts are
// signed by the team; nothing here reads or names the staff member who acted.
import { type Language, RATING_LINK_VALID_DAYS } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { type EmailContent, renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import type { ReplyAddresses } from "../../lib/mail/reply-address.ts";
import { appointmentConfirmation } from "../appointments/appointments.module.ts";
import type { OutboxEvent } from "../outbox/outbox.service.ts";
import { listTeamAddresses } from "../staff/staff-accounts.ts";
import {
  type Cancellation,
  ticketReceivedContent,
  ticketTexts,
  ticketUpdateContent,
} from "./ticket-emails.ts";
import { findPublicMessageBody } from "./ticket-messages.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { presentCustomerPromise } from "./ticket-sla.ts";
import {
  findNotificationFacts,
  findUnprovenTicketsOf,
  type NotificationFacts,
} from "./tickets.repository.ts";

const GUEST_LINK_VALID_DAYS = 7;

/** Service-level targets as staff e-mails name them. */
const slaTargetLabels: Record<string, string> = {
  first_response: "Eerste reactie",
  next_response: "Volgende reactie",
  resolution: "Oplossing",
};
const slaTargetLabelsEn: Record<string, string> = {
  first_response: "first response",
  next_response: "next response",
  resolution: "resolution",
};
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * An address nobody proved to own gets at most one confirmation an hour: anyone can type any
 * address, and each confirmation carries the caller's words and a sign-in link from our address.
 * Later tickets get no e-mail of their own; the next confirmation lists them, and the first one's
 * link (which proves the address) shows them all.
 */
export const UNPROVEN_CONFIRMATION_WINDOW_MS = HOUR_MS;

/** Whether ticket `a` was filed before ticket `b` (ties broken by id, so exactly one is first). */
const filedBefore = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt < b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id);

/** Status changes a customer hears about: waiting for them, solved, closed. */
const announcedStatuses = new Set(["pending", "solved", "closed"]);

// RFC 3834: these are automatic messages, so well-behaved auto-responders do not answer them.
const automaticHeaders = { "Auto-Submitted": "auto-generated" };

/** The promise a confirmation states, as the customer's ticket page shows it; none without a clock. */
function responsePromiseOf(facts: NotificationFacts) {
  const promise = presentCustomerPromise(facts);
  if (!promise.expectedResponseBy || !promise.responseTarget) return undefined;
  return {
    dueAt: promise.expectedResponseBy,
    guaranteed: promise.responseGuaranteed,
    minutes: promise.responseTarget.minutes,
    clock: promise.responseTarget.clock,
  };
}

export interface TicketNotificationDeps {
  db: Database;
  teamName: string;
  publicUrl: string;
  /** Domain for Message-IDs (the sender address's). */
  mailDomain: string;
  /** The team's lines under every e-mail (the admins' footer and support hours). */
  footer?: string;
  /** A sign-in link made for this outbox event's e-mail; with a ticket, it confirms that ticket. */
  signInLink: (
    customerId: string,
    next: string,
    validDays: number,
    outboxEventId?: string,
    ticketId?: string,
  ) => Promise<string>;
  replyAddresses: ReplyAddresses;
  /** Signs a rating link of the solved e-mail (see modules/ratings/rating-links.ts). */
  ratingToken?: (claims: {
    ticketId: string;
    score: "good" | "bad";
    nonce: string;
    expiresAt: Date;
  }) => string;
  /** FAQ articles matching a ticket's words, for the confirmation (deflection by e-mail). */
  matchingArticles?: (text: string, language: Language) => Promise<{ title: string; url: string }[]>;
}

export function createTicketNotifications(deps: TicketNotificationDeps) {
  const publicUrl = deps.publicUrl.replace(/\/$/, "");
  const threadRoot = (ticketId: string) => `<ticket.${ticketId}@${deps.mailDomain}>`;

  /** An e-mail to the ticket's customer, threaded under the ticket and answerable by reply. */
  async function toCustomer(
    facts: NotificationFacts,
    messageId: string,
    subject: string,
    content: EmailContent,
  ) {
    if (!facts.customer) return null;
    const isThreadRoot = messageId === threadRoot(facts.id);
    return {
      to: facts.customer.email,
      subject: `[${formatTicketNumber(facts.number)}] ${subject}`,
      ...(await renderEmail({ ...content, footer: deps.footer })),
      messageId,
      ...(isThreadRoot ? {} : { inReplyTo: threadRoot(facts.id), references: [threadRoot(facts.id)] }),
      replyTo: deps.replyAddresses.forTicket(facts.number),
      headers: automaticHeaders,
    } satisfies OutgoingEmail;
  }

  const letter = (
    facts: NotificationFacts,
    language: Language,
    paragraphs: string[],
    quote?: string,
    rating?: { good: string; bad: string },
  ) =>
    ticketUpdateContent({
      name: facts.customer?.name ?? "",
      language,
      paragraphs,
      quote,
      link: `${publicUrl}/tickets/${facts.id}`,
      teamName: deps.teamName,
      rating,
    });

  /** One link per choice, signed with this e-mail's event id: each works once, for this ticket only. */
  const ratingLinks = (ticketId: string, nonce: string) => {
    const sign = deps.ratingToken;
    if (!sign) return undefined;
    const expiresAt = new Date(Date.now() + RATING_LINK_VALID_DAYS * DAY_MS);
    const link = (score: "good" | "bad") =>
      `${publicUrl}/tickets/${ticketId}/beoordelen#token=${sign({ ticketId, score, nonce, expiresAt })}`;
    return { good: link("good"), bad: link("bad") };
  };

  return async function compose(event: OutboxEvent): Promise<OutgoingEmail | null> {
    if (!event.ticketId) return null;
    const facts = await findNotificationFacts(deps.db, event.ticketId);
    if (!facts) return null;
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    const language = (facts.customer?.language ?? "nl") as Language;
    const t = ticketTexts[language];
    const eventMessageId = `<${event.id}@${deps.mailDomain}>`;

    switch (event.type) {
      case "ticket.created": {
        if (!facts.customer) return null;
        const proven = facts.requesterVerifiedAt !== null;
        let alsoWaiting: string[] = [];
        if (!proven) {
          const since = new Date(facts.createdAt.getTime() - GUEST_LINK_VALID_DAYS * DAY_MS);
          const others = (await findUnprovenTicketsOf(deps.db, facts.customer.id, since)).filter(
            (other) => other.id !== facts.id,
          );
          const windowStart = facts.createdAt.getTime() - UNPROVEN_CONFIRMATION_WINDOW_MS;
          const confirmedInWindow = others.some(
            (other) => other.createdAt.getTime() >= windowStart && filedBefore(other, facts),
          );
          if (confirmedInWindow) return null;
          alsoWaiting = others.map((other) => formatTicketNumber(other.number));
        }
        const next = `/tickets/${facts.id}`;
        // Until the requester proved the address, the link signs them in and verifies this ticket.
        const link = facts.requesterVerifiedAt
          ? `${publicUrl}${next}`
          : await deps.signInLink(facts.customer.id, next, GUEST_LINK_VALID_DAYS, event.id, facts.id);
        const words = `${facts.subject} ${facts.messages[0]?.body ?? ""}`;
        const articles = (await deps.matchingArticles?.(words, language)) ?? [];
        const appointment =
          facts.category === "remote_support"
            ? await appointmentConfirmation(deps.db, facts, language, {
                teamName: deps.teamName,
                publicUrl,
                mailDomain: deps.mailDomain,
              })
            : null;
        const content = ticketReceivedContent({
          name: facts.customer.name,
          language,
          number: formatTicketNumber(facts.number),
          category: facts.category,
          link,
          teamName: deps.teamName,
          cancellation:
            facts.category === "cancellation" ? (facts.details as unknown as Cancellation) : undefined,
          files: facts.messages[0]?.attachments.map((file) => file.fileName) ?? [],
          articles,
          alsoWaiting,
          promise: responsePromiseOf(facts),
          appointment: appointment?.paragraph,
        });
        // The caller's own words go in the subject only when the address is theirs.
        const subject = t.receivedSubject(proven ? facts.subject : null);
        const email = await toCustomer(facts, threadRoot(facts.id), subject, content);
        return email && appointment ? { ...email, attachments: [appointment.attachment] } : email;
      }
      case "ticket.team_replied": {
        const body = await findPublicMessageBody(deps.db, facts.id, String(payload.messageId));
        if (body === null) return null;
        return toCustomer(
          facts,
          eventMessageId,
          t.replySubject(facts.subject),
          letter(facts, language, [t.reply], body),
        );
      }
      case "ticket.status_changed": {
        const to = String(payload.to);
        if (!announcedStatuses.has(to)) return null;
        const rating = to === "solved" ? ratingLinks(facts.id, event.id) : undefined;
        // Solved by the follow-up job: the customer reads why (no answer after the reminder).
        const text =
          typeof payload.autoSolvedAfterDays === "number"
            ? t.autoSolved(payload.autoSolvedAfterDays)
            : (t.status[to] ?? "");
        return toCustomer(
          facts,
          eventMessageId,
          t.statusSubject(facts.subject),
          letter(facts, language, [text], undefined, rating),
        );
      }
      case "ticket.follow_up_reminder": {
        const solveOn = new Date(String(payload.solveAfter)).toLocaleDateString(
          language === "nl" ? "nl-NL" : "en-GB",
          { timeZone: "Europe/Amsterdam", weekday: "long", day: "numeric", month: "long" },
        );
        return toCustomer(
          facts,
          eventMessageId,
          t.followUpSubject(facts.subject),
          letter(facts, language, [t.followUpReminder(solveOn)]),
        );
      }
      case "ticket.merged":
      case "ticket.split": {
        // Plain words from the team about where the customer's question is now; no names.
        const source = formatTicketNumber(Number(payload.sourceNumber));
        const target = formatTicketNumber(facts.number);
        const merged = event.type === "ticket.merged";
        return toCustomer(
          facts,
          eventMessageId,
          merged ? t.mergedSubject(facts.subject) : t.splitSubject(facts.subject),
          letter(facts, language, [merged ? t.merged(source, target) : t.split(source, target)]),
        );
      }
      case "ticket.customer_replied":
        // Written before staff notifications (issue 15) replaced it: the assignee's notification
        // e-mail, with the ticket's subject and the reply, is its own outbox event now.
        return null;
      case "ticket.sla_warning": {
        // Staff only: the assignee, or the support team while nobody has the ticket.
        const to = facts.assignee ? [facts.assignee.email] : await listTeamAddresses(deps.db);
        if (to.length === 0) return null;
        const target = slaTargetLabels[String(payload.target)] ?? String(payload.target);
        const dueAt = new Date(String(payload.dueAt)).toLocaleString("nl-NL", {
          timeZone: "Europe/Amsterdam",
          dateStyle: "full",
          timeStyle: "short",
        });
        return {
          to: to.join(", "),
          subject: `[${formatTicketNumber(facts.number)}] ${target} uiterlijk ${dueAt}: ${facts.subject}`,
          text: [
            `${target} voor ticket ${formatTicketNumber(facts.number)} verloopt ${dueAt} (80% van de termijn is verstreken).`,
            `The ${slaTargetLabelsEn[String(payload.target)] ?? "target"} of this ticket is due ${String(payload.dueAt)}.`,
            `${publicUrl}/agent/tickets/${facts.id}`,
          ].join("\n\n"),
          messageId: eventMessageId,
          references: [threadRoot(facts.id)],
          headers: automaticHeaders,
        };
      }
      default:
        // ticket.cancellation_recorded is part of the confirmation e-mail.
        return null;
    }
  };
}
