// The archive of a customer's own data: `gegevens.json` (everything, machine-readable), a readable
// `overzicht.txt`, and each attachment under `bijlagen/<ticket number>/`. Built from the customer's
// own views of their record and tickets, so it holds exactly what they may see: no staff names
// (the team signs), no internal notes, no other customer's data.
import type { CustomerView, Language, TicketView } from "@helpdesk/contracts";
import { strToU8, zipSync } from "fflate";

type CustomerTicket = Extract<TicketView, { view: "customer" }>;

/** A rating the customer gave one of their tickets: the verdict, their words and when, nobody's name. */
export interface ExportedRating {
  ticketNumber: string;
  score: "good" | "bad";
  comment: string | null;
  ratedAt: string;
  changedAt: string;
}

export interface ExportContents {
  exportedAt: Date;
  customer: CustomerView;
  tickets: CustomerTicket[];
  ratings: ExportedRating[];
  /** The bytes of one attachment of one ticket. */
  attachmentBytes: (ticketId: string, attachmentId: string) => Promise<Buffer>;
}

const words = {
  nl: {
    title: "Jouw gegevens bij ons",
    made: "Gemaakt op",
    contact: "Contactgegevens",
    name: "Naam",
    email: "E-mailadres",
    phone: "Telefoon",
    address: "Postadres",
    iban: "IBAN",
    birth: "Geboortedatum",
    services: "Diensten",
    tickets: "Tickets",
    ratings: "Beoordelingen",
    good: "goed",
    bad: "slecht",
    files: "Bijlagen staan in de map bijlagen/. Alles staat ook in gegevens.json.",
    none: "—",
  },
  en: {
    title: "Your data with us",
    made: "Made on",
    contact: "Contact details",
    name: "Name",
    email: "E-mail address",
    phone: "Phone",
    address: "Postal address",
    iban: "IBAN",
    birth: "Date of birth",
    services: "Services",
    tickets: "Tickets",
    ratings: "Ratings",
    good: "good",
    bad: "bad",
    files: "Attachments are in the folder bijlagen/. Everything is also in gegevens.json.",
    none: "—",
  },
} as const;

function summary(contents: ExportContents, language: Language): string {
  const w = words[language];
  const { customer } = contents;
  const value = (text: string | null | undefined) => text || w.none;
  const lines = [
    w.title,
    `${w.made} ${contents.exportedAt.toISOString()}`,
    "",
    w.contact,
    `  ${w.name}: ${customer.name}`,
    `  ${w.email}: ${customer.email}`,
    `  ${w.phone}: ${value(customer.phone)}`,
  ];
  if (customer.view === "full") {
    lines.push(
      `  ${w.address}: ${value(customer.postalAddress)}`,
      `  ${w.iban}: ${value(customer.iban)}`,
      `  ${w.birth}: ${value(customer.dateOfBirth)}`,
    );
  }
  lines.push("", w.services, ...customer.services.map((service) => `  ${service.name} (${service.kind})`));
  lines.push("", `${w.tickets} (${contents.tickets.length})`);
  for (const ticket of contents.tickets) {
    lines.push("", `${ticket.number} ${ticket.subject} [${ticket.status}] ${ticket.createdAt}`);
    for (const message of ticket.messages) {
      lines.push(
        `  ${message.createdAt} ${message.author.name}:`,
        ...message.body.split("\n").map((l) => `    ${l}`),
      );
    }
  }
  lines.push("", `${w.ratings} (${contents.ratings.length})`);
  for (const rating of contents.ratings) {
    lines.push(`  ${rating.ticketNumber} ${w[rating.score]} ${rating.ratedAt}`);
    if (rating.comment) lines.push(...rating.comment.split("\n").map((l) => `    ${l}`));
  }
  lines.push("", w.files);
  return `${lines.join("\n")}\n`;
}

/** A file name safe inside the archive: no folders, no control characters. */
const safeName = (name: string) => name.replace(/[\\/\p{Cc}]/gu, "_").slice(0, 150) || "bijlage";

export async function buildExportArchive(contents: ExportContents): Promise<Buffer> {
  const language: Language = contents.customer.language === "en" ? "en" : "nl";
  const files: Record<string, Uint8Array> = {
    "gegevens.json": strToU8(
      JSON.stringify(
        {
          exportedAt: contents.exportedAt.toISOString(),
          customer: contents.customer,
          tickets: contents.tickets,
          ratings: contents.ratings,
        },
        null,
        2,
      ),
    ),
    "overzicht.txt": strToU8(summary(contents, language)),
  };
  for (const ticket of contents.tickets) {
    const folder = `bijlagen/${ticket.number.replace("#", "")}`;
    const attachments = [...ticket.attachments, ...ticket.messages.flatMap((message) => message.attachments)];
    const seen = new Set<string>();
    for (const attachment of attachments) {
      if (seen.has(attachment.id)) continue;
      seen.add(attachment.id);
      files[`${folder}/${attachment.id.slice(0, 8)}-${safeName(attachment.fileName)}`] = new Uint8Array(
        await contents.attachmentBytes(ticket.id, attachment.id),
      );
    }
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
