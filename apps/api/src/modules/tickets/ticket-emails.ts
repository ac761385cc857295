// The texts of ticket e-mails, in the customer's language. Signed by the team, never by a person.
import {
  containsLink,
  describeResponsePromise,
  type Language,
  type ResponsePromise,
  type TicketCategory,
} from "@helpdesk/contracts";
import type { EmailContent } from "../../lib/mail/email-layout.ts";

export interface Cancellation {
  cancel: string;
  serviceName: string;
  requestedEndDate: string;
}

export const ticketTexts = {
  nl: {
    greeting: (name: string) => (name ? `Hallo ${name},` : "Hallo,"),
    closing: "Met vriendelijke groet,",
    view: "Bekijk je ticket",
    receivedSubject: (subject: string | null) =>
      subject === null ? "We hebben je vraag ontvangen" : `We hebben je vraag ontvangen: ${subject}`,
    received: (number: string) =>
      `We hebben je ticket ${number} ontvangen. Je krijgt een e-mail bij elke update; antwoorden kan gewoon op deze e-mail.`,
    follow: "Volg je ticket, reageer of stuur documenten mee via de knop hieronder.",
    files: (names: string[]) => `Meegestuurde bestanden: ${names.join(", ")}.`,
    alsoWaiting: (numbers: string[]) =>
      `Ook deze tickets van dit adres wachten tot je het bevestigt via de knop hieronder: ${numbers.join(", ")}.`,
    callback: "We bellen je terug op het tijdstip dat je hebt opgegeven.",
    remoteSupport:
      "Een supportmedewerker belt je op het gekozen tijdstip om de verbinding met je pc op te zetten.",
    cancellation: (c: Cancellation) =>
      `Je opzegging is vastgelegd: ${c.cancel.replaceAll("_", " ")} (${c.serviceName}), gevraagde einddatum ${c.requestedEndDate}.\nDe werkelijke einddatum volgt uit de contractperiode; vooruitbetaalde bedragen worden niet terugbetaald.`,
    faqHeading: "Misschien helpt dit al:",
    replySubject: (subject: string) => `Nieuw antwoord: ${subject}`,
    reply: "Ons antwoord op je vraag:",
    statusSubject: (subject: string) => `Update: ${subject}`,
    status: {
      pending: "We wachten op je reactie. Antwoord op deze e-mail of via de link.",
      solved: "We hebben je vraag als opgelost gemarkeerd. Klopt dat niet? Reageer dan gewoon.",
      closed: "Je ticket is gesloten. Heb je nog een vraag? Reageer, dan openen we een vervolgticket.",
    } as Record<string, string>,
    followUpSubject: (subject: string) => `Herinnering: we wachten op je reactie: ${subject}`,
    followUpReminder: (solveOn: string) =>
      `We hebben je om een reactie gevraagd, maar nog niets van je gehoord. Als we tot ${solveOn} niets van je horen, gaan we ervan uit dat je vraag is opgelost. Heb je nog hulp nodig? Antwoord dan op deze e-mail of via de link.`,
    autoSolved: (days: number) =>
      `We hebben ${days === 1 ? "1 dag" : `${days} dagen`} na onze herinnering niets meer van je gehoord en hebben je vraag daarom automatisch als opgelost gemarkeerd. Heb je toch nog hulp nodig? Reageer dan gewoon, dan gaan we verder.`,
    mergedSubject: (subject: string) => `Je vragen staan nu bij elkaar: ${subject}`,
    merged: (source: string, target: string) =>
      `Je vraag ${source} ging over hetzelfde als ticket ${target}. Daarom hebben we ze samengevoegd: alle berichten en bestanden staan nu bij ticket ${target}, en daar helpen we je verder. Je hoeft niets te doen; reageren kan gewoon op deze e-mail.`,
    splitSubject: (subject: string) => `We behandelen dit als aparte vraag: ${subject}`,
    split: (source: string, target: string) =>
      `In ticket ${source} stelde je ook een andere vraag. Die behandelen we apart, als ticket ${target}, zodat niets ertussendoor raakt. Je hoeft niets te doen; reageren kan gewoon op deze e-mail.`,
    rateHeading: "Hoe tevreden ben je over onze hulp? Eén klik is genoeg:",
    rateGood: "Goed geholpen",
    rateBad: "Niet goed geholpen",
  },
  en: {
    greeting: (name: string) => (name ? `Hello ${name},` : "Hello,"),
    closing: "Kind regards,",
    view: "View your ticket",
    receivedSubject: (subject: string | null) =>
      subject === null ? "We received your request" : `We received your request: ${subject}`,
    received: (number: string) =>
      `We received your ticket ${number}. You will get an e-mail with every update; you can simply reply to this e-mail.`,
    follow: "Follow your ticket, reply or send documents with the button below.",
    files: (names: string[]) => `Files you sent: ${names.join(", ")}.`,
    alsoWaiting: (numbers: string[]) =>
      `These tickets from this address also wait for you to confirm it with the button below: ${numbers.join(", ")}.`,
    callback: "We will call you back at the time you gave.",
    remoteSupport:
      "A support engineer will call you at the chosen time to set up the connection with your PC.",
    cancellation: (c: Cancellation) =>
      `Your cancellation is on record: ${c.cancel.replaceAll("_", " ")} (${c.serviceName}), requested end date ${c.requestedEndDate}.\nThe actual end date follows the contract period; prepaid fees are not refunded.`,
    faqHeading: "This may already help:",
    replySubject: (subject: string) => `New answer: ${subject}`,
    reply: "Our answer to your question:",
    statusSubject: (subject: string) => `Update: ${subject}`,
    status: {
      pending: "We are waiting for your reply. Answer this e-mail or use the link.",
      solved: "We marked your question as solved. Not right? Just reply.",
      closed: "Your ticket is closed. Another question? Reply and we open a follow-up ticket.",
    } as Record<string, string>,
    followUpSubject: (subject: string) => `Reminder: we are waiting for your reply: ${subject}`,
    followUpReminder: (solveOn: string) =>
      `We asked for your reply but have not heard from you yet. If we hear nothing from you until ${solveOn}, we will take it that your question is solved. Still need help? Answer this e-mail or use the link.`,
    autoSolved: (days: number) =>
      `We have not heard from you in ${days === 1 ? "1 day" : `${days} days`} since our reminder, so we marked your question as solved automatically. Still need help? Just reply and we carry on.`,
    mergedSubject: (subject: string) => `Your questions are now in one place: ${subject}`,
    merged: (source: string, target: string) =>
      `Your request ${source} was about the same thing as ticket ${target}, so we merged them: all messages and files are now with ticket ${target}, where we continue to help you. There is nothing you need to do; you can simply reply to this e-mail.`,
    splitSubject: (subject: string) => `We handle this as a separate question: ${subject}`,
    split: (source: string, target: string) =>
      `In ticket ${source} you also asked another question. We handle it separately, as ticket ${target}, so nothing gets lost. There is nothing you need to do; you can simply reply to this e-mail.`,
    rateHeading: "How happy are you with our help? One click is enough:",
    rateGood: "Helped well",
    rateBad: "Not helped well",
  },
} as const;

/**
 * A name as it may stand in a greeting: callers type names, so a long one is cut and one that
 * carries a link is left out ("Hello,"), whatever path it came in by (web form, e-mail, phone).
 */
export function greetingName(name: string): string {
  const short = name.trim().slice(0, 80);
  return containsLink(short) ? "" : short;
}

interface TicketReceivedInput {
  name: string;
  language: Language;
  number: string;
  category: TicketCategory;
  /** Where to follow the ticket; for guests it signs them in (it proves they own the address). */
  link: string;
  teamName: string;
  cancellation?: Cancellation | undefined;
  /** Names of the files sent with the question: the customer sees that their form arrived. */
  files?: string[];
  /** FAQ articles that match the ticket's words. */
  articles?: { title: string; url: string }[];
  /** Other tickets of an unproven address, filed without an e-mail of their own. */
  alsoWaiting?: string[];
  /** When we answer: the service level's promise, stated under the receipt. */
  promise?: ResponsePromise | undefined;
  /** The booked remote-support slot, in words (the .ics goes along as an attachment). */
  appointment?: string | undefined;
}

export function ticketReceivedContent(input: TicketReceivedInput): EmailContent {
  const t = ticketTexts[input.language];
  const categoryNote =
    input.category === "callback"
      ? [t.callback]
      : input.category === "remote_support"
        ? [input.appointment ?? t.remoteSupport]
        : [];
  return {
    preheader: t.received(input.number),
    greeting: t.greeting(greetingName(input.name)),
    paragraphs: [
      t.received(input.number),
      ...(input.promise ? [describeResponsePromise(input.promise, input.language)] : []),
      ...categoryNote,
      ...(input.cancellation ? [t.cancellation(input.cancellation)] : []),
      ...(input.files?.length ? [t.files(input.files)] : []),
      ...(input.alsoWaiting?.length ? [t.alsoWaiting(input.alsoWaiting)] : []),
      t.follow,
    ],
    action: { label: t.view, url: input.link },
    ...(input.articles?.length ? { links: input.articles, linksHeading: t.faqHeading } : {}),
    closing: t.closing,
    signature: input.teamName,
  };
}

/** A reply or status update: a few sentences, maybe the team's words, and the way to the ticket. */
export function ticketUpdateContent(input: {
  name: string;
  language: Language;
  paragraphs: string[];
  quote?: string | undefined;
  link: string;
  teamName: string;
  /** The solved e-mail's rating links (good, bad). */
  rating?: { good: string; bad: string } | undefined;
}): EmailContent {
  const t = ticketTexts[input.language];
  return {
    greeting: t.greeting(greetingName(input.name)),
    paragraphs: input.paragraphs,
    ...(input.quote ? { quote: input.quote } : {}),
    ...(input.rating
      ? {
          linksHeading: t.rateHeading,
          links: [
            { title: t.rateGood, url: input.rating.good },
            { title: t.rateBad, url: input.rating.bad },
          ],
        }
      : {}),
    action: { label: t.view, url: input.link },
    closing: t.closing,
    signature: input.teamName,
  };
}
