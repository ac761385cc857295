// The appointment in e-mails: a line and an .ics file for the ticket's confirmation, and the
// reminder the day before. Signed by the team; no staff member is named.
import type { Language } from "@helpdesk/contracts";
import { z } from "zod";
import type { Database, DbClient } from "../../db/prisma.ts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { EmailAttachment, OutgoingEmail } from "../../lib/mail/mailer.ts";
import { formatTicketNumber } from "../tickets/ticket-number.ts";
import { appointmentIcs } from "./appointment-ics.ts";
import * as repository from "./appointments.repository.ts";

export const APPOINTMENT_REMINDER_EVENT = "appointment.reminder";

const TIME_ZONE = "Europe/Amsterdam";

export const appointmentTexts = {
  nl: {
    when: (start: Date, end: Date) =>
      `${start.toLocaleDateString("nl-NL", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" })} van ${start.toLocaleTimeString("nl-NL", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" })} tot ${end.toLocaleTimeString("nl-NL", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" })}`,
    booked: (when: string, phone: string) =>
      `Je afspraak voor hulp op afstand: ${when}. We bellen je dan op ${phone}. De afspraak staat in de bijlage, voor je agenda.`,
    title: (team: string) => `Hulp op afstand van ${team}`,
    description: (number: string, phone: string) =>
      `Een supportmedewerker belt je op ${phone} om de verbinding met je pc op te zetten. Ticket ${number}.`,
    reminderSubject: (when: string) => `Herinnering: hulp op afstand ${when}`,
    reminder: (when: string, phone: string) =>
      `Morgen is je afspraak voor hulp op afstand: ${when}. We bellen je op ${phone}. Zorg dat je pc aanstaat.`,
    view: "Bekijk je ticket",
    greeting: (name: string) => (name ? `Hallo ${name},` : "Hallo,"),
    closing: "Met vriendelijke groet,",
  },
  en: {
    when: (start: Date, end: Date) =>
      `${start.toLocaleDateString("en-GB", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" })} from ${start.toLocaleTimeString("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" })} to ${end.toLocaleTimeString("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" })}`,
    booked: (when: string, phone: string) =>
      `Your remote-support appointment: ${when} (Amsterdam time). We will call you on ${phone}. The appointment is attached, for your calendar.`,
    title: (team: string) => `Remote support from ${team}`,
    description: (number: string, phone: string) =>
      `A support engineer calls you on ${phone} to set up the connection with your PC. Ticket ${number}.`,
    reminderSubject: (when: string) => `Reminder: remote support ${when}`,
    reminder: (when: string, phone: string) =>
      `Tomorrow is your remote-support appointment: ${when} (Amsterdam time). We will call you on ${phone}. Please have your PC switched on.`,
    view: "View your ticket",
    greeting: (name: string) => (name ? `Hello ${name},` : "Hello,"),
    closing: "Kind regards,",
  },
} as const;

interface EmailEnv {
  teamName: string;
  publicUrl: string;
  mailDomain: string;
}

/** The calendar file of an appointment, as an e-mail attachment. */
function icsAttachment(
  appointment: { id: string; startsAt: Date; endsAt: Date; phone: string },
  ticket: { id: string; number: number },
  language: Language,
  env: EmailEnv,
): EmailAttachment {
  const t = appointmentTexts[language];
  return {
    filename: "afspraak.ics",
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: appointmentIcs({
      appointmentId: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      title: t.title(env.teamName),
      description: t.description(formatTicketNumber(ticket.number), appointment.phone),
      domain: env.mailDomain,
      teamName: env.teamName,
      url: `${env.publicUrl.replace(/\/$/, "")}/tickets/${ticket.id}`,
    }),
  };
}

/** What the ticket's confirmation adds for a booked appointment: a line and the .ics (none without one). */
export async function appointmentConfirmation(
  db: DbClient,
  ticket: { id: string; number: number },
  language: Language,
  env: EmailEnv,
) {
  const appointment = await repository.findAppointmentOfTicket(db, ticket.id);
  if (!appointment) return null;
  const t = appointmentTexts[language];
  return {
    paragraph: t.booked(t.when(appointment.startsAt, appointment.endsAt), appointment.phone),
    attachment: icsAttachment(appointment, ticket, language, env),
  };
}

const payloadSchema = z.object({ appointmentId: z.uuid() });

/** The outbox's reminder e-mail (none when the ticket was closed or the customer is gone meanwhile). */
export function createAppointmentReminderEmails({ db, ...env }: EmailEnv & { db: Database }) {
  return async function composeReminder(event: {
    id: string;
    payload: unknown;
  }): Promise<OutgoingEmail | null> {
    const { appointmentId } = payloadSchema.parse(event.payload);
    const appointment = await repository.findAppointmentForEmail(db, appointmentId);
    const customer = appointment?.ticket.customer;
    if (!appointment || !customer || ["solved", "closed"].includes(appointment.ticket.status)) return null;
    const language = (customer.language === "en" ? "en" : "nl") as Language;
    const t = appointmentTexts[language];
    const when = t.when(appointment.startsAt, appointment.endsAt);
    const link = `${env.publicUrl.replace(/\/$/, "")}/tickets/${appointment.ticket.id}`;
    return {
      to: customer.email,
      subject: `[${formatTicketNumber(appointment.ticket.number)}] ${t.reminderSubject(when)}`,
      ...(await renderEmail({
        preheader: t.reminder(when, appointment.phone),
        greeting: t.greeting(customer.name.slice(0, 80)),
        paragraphs: [t.reminder(when, appointment.phone)],
        action: { label: t.view, url: link },
        closing: t.closing,
        signature: env.teamName,
      })),
      messageId: `<${event.id}@${env.mailDomain}>`,
      references: [`<ticket.${appointment.ticket.id}@${env.mailDomain}>`],
      attachments: [icsAttachment(appointment, appointment.ticket, language, env)],
      headers: { "Auto-Submitted": "auto-generated" },
    };
  };
}
