// The e-mail of a staff notification, in the recipient's language: the ticket's subject, the new
// text (the customer's reply, the note) and a link to the ticket in the agent workspace.
import type { Language, NotificationKind } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import type { OutboxEvent } from "../outbox/outbox.service.ts";
import { formatTicketNumber } from "../tickets/ticket-number.ts";
import { findNotificationForEmail } from "./notifications.repository.ts";

interface Texts {
  subject: Record<NotificationKind, (subject: string) => string>;
  lead: Record<NotificationKind, (actor: string | null, number: string) => string>;
  greeting: (name: string) => string;
  open: string;
  closing: string;
}

const texts: Record<Language, Texts> = {
  nl: {
    subject: {
      assigned: (subject) => `Aan jou toegewezen: ${subject}`,
      customer_replied: (subject) => `Klant heeft gereageerd: ${subject}`,
      unassigned_ticket: (subject) => `Nieuw ticket zonder behandelaar: ${subject}`,
      mentioned: (subject) => `Je bent genoemd in een interne notitie: ${subject}`,
    },
    lead: {
      assigned: (actor, number) =>
        actor
          ? `${actor} heeft ticket ${number} aan jou toegewezen.`
          : `Ticket ${number} is aan jou toegewezen.`,
      customer_replied: (_, number) => `De klant heeft gereageerd op ticket ${number}, dat jij behandelt:`,
      unassigned_ticket: (_, number) => `Ticket ${number} is binnengekomen en heeft nog geen behandelaar:`,
      mentioned: (actor, number) =>
        `${actor ?? "Een collega"} heeft je genoemd in een interne notitie bij ticket ${number}:`,
    },
    greeting: (name) => `Hallo ${name},`,
    open: "Ticket openen",
    closing: "Je krijgt deze e-mail door je meldingsvoorkeuren; die pas je aan onder je account.",
  },
  en: {
    subject: {
      assigned: (subject) => `Assigned to you: ${subject}`,
      customer_replied: (subject) => `Customer replied: ${subject}`,
      unassigned_ticket: (subject) => `New ticket without an assignee: ${subject}`,
      mentioned: (subject) => `You were mentioned in an internal note: ${subject}`,
    },
    lead: {
      assigned: (actor, number) =>
        actor ? `${actor} assigned ticket ${number} to you.` : `Ticket ${number} was assigned to you.`,
      customer_replied: (_, number) => `The customer replied on ticket ${number}, which you handle:`,
      unassigned_ticket: (_, number) => `Ticket ${number} came in and has no assignee yet:`,
      mentioned: (actor, number) =>
        `${actor ?? "A colleague"} mentioned you in an internal note on ticket ${number}:`,
    },
    greeting: (name) => `Hello ${name},`,
    open: "Open the ticket",
    closing: "You get this e-mail because of your notification preferences; change them under your account.",
  },
};

export function createNotificationEmails(deps: {
  db: Database;
  publicUrl: string;
  mailDomain: string;
  teamName: string;
}) {
  const publicUrl = deps.publicUrl.replace(/\/$/, "");
  return async function composeNotificationEmail(event: OutboxEvent): Promise<OutgoingEmail | null> {
    const { notificationId } = (event.payload ?? {}) as { notificationId?: string };
    if (!notificationId) return null;
    const row = await findNotificationForEmail(deps.db, notificationId);
    if (!row) return null;
    const language = row.recipient.notificationPreferences?.language ?? "nl";
    const t = texts[language];
    const kind = row.kind as NotificationKind;
    const number = formatTicketNumber(row.ticket.number);
    const content = await renderEmail({
      preheader: row.excerpt || row.ticket.subject,
      greeting: t.greeting(row.recipient.name),
      paragraphs: [t.lead[kind](row.actorStaff?.name ?? null, number), `${number} · ${row.ticket.subject}`],
      ...(row.excerpt ? { quote: row.excerpt } : {}),
      action: { label: t.open, url: `${publicUrl}/agent/tickets/${row.ticket.id}` },
      closing: t.closing,
      signature: deps.teamName,
    });
    const threadRoot = `<ticket.${row.ticket.id}@${deps.mailDomain}>`;
    return {
      to: row.recipient.email,
      subject: `[${number}] ${t.subject[kind](row.ticket.subject)}`,
      ...content,
      messageId: `<${event.id}@${deps.mailDomain}>`,
      references: [threadRoot],
      headers: { "Auto-Submitted": "auto-generated" },
    };
  };
}
