// The invitation e-mail: a link to choose a password. Signed by the team, never by the admin.
import type { Language } from "@helpdesk/contracts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";

export interface InvitationEmailInput {
  to: string;
  name: string;
  language: Language;
  link: string;
  validDays: number;
  teamName: string;
}

const texts = {
  nl: {
    subject: (team: string) => `Je account bij ${team}`,
    invite: (team: string, days: number) =>
      `Je bent uitgenodigd om als medewerker van ${team} in het Support Center te werken. Kies met deze link je wachtwoord (${days} dagen geldig, één keer te gebruiken); daarna log je in met je e-mailadres en dat wachtwoord.`,
    action: "Wachtwoord kiezen",
    ignore: "Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.",
    greeting: (name: string) => `Hallo ${name},`,
    closing: "Met vriendelijke groet,",
  },
  en: {
    subject: (team: string) => `Your account at ${team}`,
    invite: (team: string, days: number) =>
      `You have been invited to work in the Support Center as a member of ${team}. Choose your password with this link (valid for ${days} days, once); then sign in with your e-mail address and that password.`,
    action: "Choose a password",
    ignore: "Did you not expect this invitation? Then you can ignore this e-mail.",
    greeting: (name: string) => `Hello ${name},`,
    closing: "Kind regards,",
  },
} as const;

export async function staffInvitationEmail(input: InvitationEmailInput): Promise<OutgoingEmail> {
  const t = texts[input.language];
  const body = await renderEmail({
    greeting: t.greeting(input.name),
    paragraphs: [t.invite(input.teamName, input.validDays)],
    action: { label: t.action, url: input.link },
    closing: `${t.ignore}\n\n${t.closing}`,
    signature: input.teamName,
  });
  return { to: input.to, subject: t.subject(input.teamName), ...body };
}
