// The e-mail with the link to a customer's data export. Signed by the team, never by a person.
import type { Language } from "@helpdesk/contracts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";

const texts = {
  nl: {
    subject: "Je gegevens staan klaar",
    greeting: (name: string) => `Hallo ${name},`,
    ready: (hours: number) =>
      `Je vroeg om alle gegevens die wij van je bewaren. Ze staan klaar in één bestand (zip): download het met deze link. De link werkt één keer en ${hours} uur lang; je moet daarvoor ingelogd zijn.`,
    action: "Gegevens downloaden",
    ignore: "Heb je hier niet om gevraagd? Laat het ons dan weten door op deze e-mail te antwoorden.",
    closing: "Met vriendelijke groet,",
  },
  en: {
    subject: "Your data is ready",
    greeting: (name: string) => `Hello ${name},`,
    ready: (hours: number) =>
      `You asked for all the data we keep about you. It is ready in one file (zip): download it with this link. The link works once and for ${hours} hours; you need to be signed in.`,
    action: "Download my data",
    ignore: "Did you not ask for this? Then please tell us by replying to this e-mail.",
    closing: "Kind regards,",
  },
} as const;

export async function dataExportReadyEmail(input: {
  to: string;
  name: string;
  language: Language;
  link: string;
  validHours: number;
  teamName: string;
}): Promise<OutgoingEmail> {
  const t = texts[input.language];
  const body = await renderEmail({
    greeting: t.greeting(input.name),
    paragraphs: [t.ready(input.validHours)],
    action: { label: t.action, url: input.link },
    closing: `${t.ignore}\n\n${t.closing}`,
    signature: input.teamName,
  });
  return { to: input.to, subject: t.subject, ...body };
}
