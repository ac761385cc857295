// Every e-mail template rendered with sample data, so admins can see what customers receive.
import { type Language, previewEmail } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import { type EmailContent, renderEmail } from "../../lib/mail/email-layout.ts";
import { emailLinkEmail, passwordResetEmail } from "../auth/auth.emails.ts";
import { consentRequestEmail } from "../billing/billing.emails.ts";
import { CONSENT_LINK_DAYS } from "../billing/consent-emails.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import { type EffectiveSettings, emailFooterOf, type SettingsReader } from "../settings/settings.service.ts";
import { staffInvitationEmail } from "../staff/staff.emails.ts";
import { ticketReceivedContent, ticketTexts, ticketUpdateContent } from "../tickets/ticket-emails.ts";

const sample = {
  name: "Jan de Vries",
  to: "jan@example.nl",
  number: "#483920",
  subject: "Mijn website is traag",
};

async function render(
  template: string,
  language: Language,
  { teamName, publicUrl, ...settings }: EffectiveSettings,
) {
  const t = ticketTexts[language];
  const link = `${publicUrl}/tickets/00000000-0000-4000-8000-000000000000`;
  const linkInput = {
    to: sample.to,
    name: sample.name,
    language,
    link: `${publicUrl}/login/link#token=voorbeeld`,
    validMinutes: 15,
    teamName,
  };
  if (template === "sign_in_link") return emailLinkEmail(linkInput);
  if (template === "password_reset") return passwordResetEmail({ ...linkInput, validMinutes: 60 });
  if (template === "consent_request")
    return consentRequestEmail({
      to: sample.to,
      name: sample.name,
      language,
      ticketNumber: sample.number,
      description: "Het contactformulier van je WordPress-site onderzoeken en repareren",
      centsPerBlock: 2500,
      vatPercent: 21,
      capBlocks: 8,
      link: `${publicUrl}/consent#token=voorbeeld`,
      validDays: CONSENT_LINK_DAYS,
      teamName,
    });
  if (template === "staff_invitation")
    return staffInvitationEmail({
      ...linkInput,
      link: `${publicUrl}/staff-invitation#token=voorbeeld`,
      validDays: 7,
    });

  const received = (content: EmailContent) => ({
    subject: `[${sample.number}] ${t.receivedSubject(sample.subject)}`,
    content,
  });
  const update = (
    subject: string,
    paragraphs: string[],
    quote?: string,
    rating?: { good: string; bad: string },
  ) => ({
    subject: `[${sample.number}] ${subject}`,
    content: ticketUpdateContent({ name: sample.name, language, paragraphs, quote, link, teamName, rating }),
  });
  const ratingLink = (choice: string) => `${publicUrl}/tickets/voorbeeld/beoordelen#token=${choice}`;
  const articles = [
    {
      title: "Hoe kan ik Remote Support krijgen?",
      url: `${publicUrl}/faq/hoe-kan-ik-remote-support-krijgen`,
    },
  ];
  const letters: Record<string, () => { subject: string; content: EmailContent }> = {
    ticket_received: () =>
      received(
        ticketReceivedContent({
          name: sample.name,
          language,
          number: sample.number,
          category: "technical",
          link,
          teamName,
          articles,
          // Best Effort, as most customers have: "usually within 1 working day, at the latest ...".
          promise: { dueAt: "2026-12-01T09:00:00.000Z", guaranteed: false, minutes: 480, clock: "business" },
        }),
      ),
    cancellation_received: () =>
      received(
        ticketReceivedContent({
          name: sample.name,
          language,
          number: sample.number,
          category: "cancellation",
          link,
          teamName,
          cancellation: { cancel: "hosting", serviceName: "Webhosting Plus", requestedEndDate: "2027-01-31" },
          files: ["opzegformulier.pdf"],
        }),
      ),
    team_reply: () =>
      update(
        t.replySubject(sample.subject),
        [t.reply],
        "Dank voor je bericht. We hebben de cache geleegd; probeer het nog eens.",
      ),
    waiting_for_customer: () => update(t.statusSubject(sample.subject), [t.status.pending ?? ""]),
    ticket_solved: () =>
      update(t.statusSubject(sample.subject), [t.status.solved ?? ""], undefined, {
        good: ratingLink("goed"),
        bad: ratingLink("slecht"),
      }),
    ticket_closed: () => update(t.statusSubject(sample.subject), [t.status.closed ?? ""]),
  };
  const letter = letters[template]?.();
  if (!letter) return denyAsNotFound();
  return {
    subject: letter.subject,
    ...(await renderEmail({ ...letter.content, footer: emailFooterOf(settings) })),
  };
}

export function emailPreviewRoutes(settings: SettingsReader) {
  return [
    route(previewEmail, async ({ params, query, res }) => {
      const actor = signedInActorOf(res);
      if (actor.kind !== "staff" || actor.role !== "admin") denyAsNotFound();
      const email = await render(params.template, query.language, await settings.current());
      return {
        status: 200,
        body: {
          template: params.template,
          language: query.language,
          subject: email.subject,
          html: email.html ?? "",
          text: email.text,
        },
      };
    }),
  ];
}
