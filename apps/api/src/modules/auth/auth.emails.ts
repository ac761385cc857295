// The e-mails sign-in sends. Signed by the team, never by a person.
import type { Language } from "@helpdesk/contracts";
import { renderEmail } from "../../lib/mail/email-layout.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";

interface LinkEmailInput {
  to: string;
  name: string;
  language: Language;
  link: string;
  validMinutes: number;
  teamName: string;
}

const texts = {
  nl: {
    loginSubject: "Je inloglink",
    login: (minutes: number) =>
      `Log in op het Support Center met deze link (${minutes} minuten geldig, één keer te gebruiken).`,
    loginAction: "Inloggen",
    loginIgnore: "Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.",
    resetSubject: "Nieuw wachtwoord instellen",
    reset: (minutes: number) =>
      `Kies een nieuw wachtwoord met deze link (${minutes} minuten geldig, één keer te gebruiken). Daarna ben je overal uitgelogd.`,
    resetAction: "Nieuw wachtwoord kiezen",
    resetIgnore:
      "Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.",
    greeting: (name: string) => `Hallo ${name},`,
    closing: "Met vriendelijke groet,",
  },
  en: {
    loginSubject: "Your sign-in link",
    login: (minutes: number) =>
      `Sign in to the Support Center with this link (valid for ${minutes} minutes, once).`,
    loginAction: "Sign in",
    loginIgnore: "Did you not ask for it? Then you can ignore this e-mail.",
    resetSubject: "Set a new password",
    reset: (minutes: number) =>
      `Choose a new password with this link (valid for ${minutes} minutes, once). Afterwards you are signed out everywhere.`,
    resetAction: "Choose a new password",
    resetIgnore: "Did you not ask for this? Then you can ignore this e-mail: your password stays as it is.",
    greeting: (name: string) => `Hello ${name},`,
    closing: "Kind regards,",
  },
} as const;

export async function emailLinkEmail(input: LinkEmailInput): Promise<OutgoingEmail> {
  const t = texts[input.language];
  const body = await renderEmail({
    greeting: t.greeting(input.name),
    paragraphs: [t.login(input.validMinutes)],
    action: { label: t.loginAction, url: input.link },
    closing: `${t.loginIgnore}\n\n${t.closing}`,
    signature: input.teamName,
  });
  return { to: input.to, subject: t.loginSubject, ...body };
}

export async function passwordResetEmail(input: LinkEmailInput): Promise<OutgoingEmail> {
  const t = texts[input.language];
  const body = await renderEmail({
    greeting: t.greeting(input.name),
    paragraphs: [t.reset(input.validMinutes)],
    action: { label: t.resetAction, url: input.link },
    closing: `${t.resetIgnore}\n\n${t.closing}`,
    signature: input.teamName,
  });
  return { to: input.to, subject: t.resetSubject, ...body };
}
