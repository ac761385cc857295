// The consent request e-mail: what will be done, the rate with VAT shown apart, the cap, and one
// link to answer it. Signed by the team, never by a person.
import { centsToEuro, type Language } from "@helpdesk/contracts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";

const euro = (cents: number, language: Language) =>
  `€ ${language === "nl" ? centsToEuro(cents).replace(".", ",") : centsToEuro(cents)}`;

const texts = {
  nl: {
    subject: (ticket: string) => `Toestemming gevraagd voor betaalde ondersteuning [${ticket}]`,
    greeting: (name: string) => `Hallo ${name},`,
    intro: (ticket: string) =>
      `Voor je ticket ${ticket} willen we werk doen dat niet onder de standaard service valt. We beginnen pas als je akkoord geeft.`,
    what: (description: string) => `Wat we gaan doen: ${description}`,
    rate: (rate: string, vat: number) =>
      `Tarief: ${rate} per begonnen 15 minuten, exclusief ${vat}% btw. We tellen per ticket per maand alle minuten op en ronden af naar boven op blokken van 15 minuten.`,
    cap: (blocks: number) =>
      `Maximaal ${blocks} blokken van 15 minuten; daarna vragen we opnieuw toestemming.`,
    action: "Bekijken en akkoord geven of weigeren",
    validity: (days: number) =>
      `De link werkt één keer en ${days} dagen lang. Je kunt ook antwoorden op je ticketpagina.`,
    closing: "Met vriendelijke groet,",
  },
  en: {
    subject: (ticket: string) => `Your consent for paid support [${ticket}]`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (ticket: string) =>
      `For your ticket ${ticket} we would like to do work that is not part of the standard service. We only start once you agree.`,
    what: (description: string) => `What we will do: ${description}`,
    rate: (rate: string, vat: number) =>
      `Rate: ${rate} per started 15 minutes, excluding ${vat}% VAT. We add up all minutes per ticket per month and round up to blocks of 15 minutes.`,
    cap: (blocks: number) => `At most ${blocks} blocks of 15 minutes; beyond that we ask again.`,
    action: "Review and accept or decline",
    validity: (days: number) =>
      `The link works once and for ${days} days. You can also answer on your ticket page.`,
    closing: "Kind regards,",
  },
} as const;

export async function consentRequestEmail(input: {
  to: string;
  name: string;
  language: Language;
  ticketNumber: string;
  description: string;
  centsPerBlock: number;
  vatPercent: number;
  capBlocks: number | null;
  link: string;
  validDays: number;
  teamName: string;
}): Promise<OutgoingEmail> {
  const t = texts[input.language];
  const body = await renderEmail({
    greeting: t.greeting(input.name),
    paragraphs: [
      t.intro(input.ticketNumber),
      t.what(input.description),
      t.rate(euro(input.centsPerBlock, input.language), input.vatPercent),
      ...(input.capBlocks === null ? [] : [t.cap(input.capBlocks)]),
      t.validity(input.validDays),
    ],
    action: { label: t.action, url: input.link },
    closing: t.closing,
    signature: input.teamName,
  });
  return { to: input.to, subject: t.subject(input.ticketNumber), ...body };
}
