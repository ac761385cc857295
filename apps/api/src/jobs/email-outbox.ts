import type { Env } from "../config/env.ts";
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import type { Mailer, OutgoingEmail } from "../lib/mail/mailer.ts";
import { createReplyAddresses } from "../lib/mail/reply-address.ts";
import type { AttachmentStorage } from "../lib/storage/attachment-storage.ts";
import {
  APPOINTMENT_REMINDER_EVENT,
  createAppointmentReminderEmails,
} from "../modules/appointments/appointment-emails.ts";
import { createAuthService, LINK_EVENT } from "../modules/auth/auth.service.ts";
import { CONSENT_REQUESTED_EVENT } from "../modules/billing/billing-consents.service.ts";
import { createConsentEmails } from "../modules/billing/consent-emails.ts";
import { createFaqSuggestions } from "../modules/faq/faq.module.ts";
import { createNotificationEmails } from "../modules/notifications/notification-emails.ts";
import { STAFF_NOTIFICATION_EVENT } from "../modules/notifications/notification-events.ts";
import {
  createOutboxDispatcher,
  type OutboxDispatcherOptions,
  type OutboxEvent,
} from "../modules/outbox/outbox-dispatcher.ts";
import { createDataExports, DATA_EXPORT_EVENT } from "../modules/privacy/data-export.service.ts";
import { exportSources } from "../modules/privacy/data-export-sources.ts";
import { createRatingEmails } from "../modules/ratings/rating-emails.ts";
import { createRatingLinks } from "../modules/ratings/rating-links.ts";
import { RATED_BAD_EVENT } from "../modules/ratings/ratings.service.ts";
import {
  createSettingsReader,
  type EffectiveSettings,
  emailFooterOf,
  type SettingsReader,
} from "../modules/settings/settings.service.ts";
import {
  createStaffInvitations,
  STAFF_INVITATION_EVENT,
} from "../modules/staff/staff-invitations.service.ts";
import { createTicketNotifications } from "../modules/tickets/ticket-notifications.ts";
import { createJobTicketsService } from "../modules/tickets/tickets.service.ts";
import { WEBHOOK_DISABLED_EVENT } from "../modules/webhooks/webhook-dispatcher.ts";
import { createWebhookEmails } from "../modules/webhooks/webhook-emails.ts";

/**
 * The outbox dispatcher with every e-mail the product sends (ticket e-mails, sign-in and reset
 * links): what the API process runs next to the HTTP server.
 */
export function createEmailOutbox(
  deps: {
    db: Database;
    env: Pick<
      Env,
      | "JWT_SECRET"
      | "REPLY_ADDRESS_SECRET"
      | "TICKET_NUMBER_SECRET"
      | "PUBLIC_URL"
      | "TEAM_NAME"
      | "MAIL_FROM_ADDRESS"
    >;
    mailer: Mailer;
    logger: Logger;
    /** Where attachments are, and data export archives go. */
    storage: AttachmentStorage;
    /** The process's settings reader (shared with the HTTP app); without it, one of its own. */
    settings?: SettingsReader;
  },
  tuning: Pick<
    OutboxDispatcherOptions,
    | "maxAttempts"
    | "backoffMs"
    | "connectionRetryMs"
    | "leaseMs"
    | "pollIntervalMs"
    | "batchSize"
    | "concurrency"
  > = {},
) {
  const settings = deps.settings ?? createSettingsReader(deps);
  // What composes each e-mail, built for the settings it was made with and rebuilt when an admin
  // changes them (the reader returns the same object while nothing changed).
  let composer:
    | { for: EffectiveSettings; compose: (event: OutboxEvent) => Promise<OutgoingEmail | null> }
    | undefined;
  const compose = async (event: OutboxEvent) => {
    const current = await settings.current();
    if (composer?.for !== current) composer = { for: current, compose: composerFor(deps, current) };
    const email = await composer.compose(event);
    return email && { ...email, from: { name: current.teamName, address: current.mailFromAddress } };
  };
  return createOutboxDispatcher({ ...deps, compose, ...tuning });
}

type EmailOutboxDeps = Parameters<typeof createEmailOutbox>[0];

/** Every e-mail the product sends, composed with the admins' settings over the environment's values. */
function composerFor(outboxDeps: EmailOutboxDeps, current: EffectiveSettings) {
  const deps = {
    ...outboxDeps,
    env: {
      ...outboxDeps.env,
      TEAM_NAME: current.teamName,
      PUBLIC_URL: current.publicUrl,
      MAIL_FROM_ADDRESS: current.mailFromAddress,
    },
  };
  const footer = emailFooterOf(current);
  const auth = createAuthService(deps);
  const faq = createFaqSuggestions({ db: deps.db, publicUrl: deps.env.PUBLIC_URL });
  const mailDomain = deps.env.MAIL_FROM_ADDRESS.split("@")[1] ?? "localhost";
  const ratingLinks = createRatingLinks(deps.env.REPLY_ADDRESS_SECRET);
  const ticketEmail = createTicketNotifications({
    db: deps.db,
    teamName: deps.env.TEAM_NAME,
    publicUrl: deps.env.PUBLIC_URL,
    mailDomain,
    footer,
    ratingToken: ratingLinks.tokenFor,
    signInLink: auth.signInLink,
    replyAddresses: createReplyAddresses(deps.env.REPLY_ADDRESS_SECRET, deps.env.MAIL_FROM_ADDRESS),
    matchingArticles: async (text, language) => {
      const { items } = await faq.suggest({ q: text.slice(0, 500), limit: 3, lang: language });
      return items.map((item) => ({ title: item.title, url: item.url }));
    },
  });
  const { db, storage, env } = deps;
  const tickets = createJobTicketsService({ db, env, storage });
  const dataExports = createDataExports({ db, storage, env, sources: exportSources(db, tickets) });
  const badRatingEmail = createRatingEmails({ db, publicUrl: env.PUBLIC_URL, mailDomain });
  const consentEmail = createConsentEmails({ db, env });
  const invitations = createStaffInvitations({ db, env });
  const appointmentReminder = createAppointmentReminderEmails({
    db,
    teamName: env.TEAM_NAME,
    publicUrl: env.PUBLIC_URL,
    mailDomain,
  });
  const webhookDisabledEmail = createWebhookEmails({ db, publicUrl: env.PUBLIC_URL, mailDomain });
  const notificationEmail = createNotificationEmails({
    db,
    publicUrl: env.PUBLIC_URL,
    mailDomain,
    teamName: env.TEAM_NAME,
  });
  return (event: OutboxEvent) => {
    if (event.type === STAFF_NOTIFICATION_EVENT) return notificationEmail(event);
    if (event.type === LINK_EVENT) return auth.composeLinkEmail(event);
    if (event.type === RATED_BAD_EVENT) return badRatingEmail(event);
    if (event.type === CONSENT_REQUESTED_EVENT) return consentEmail(event);
    if (event.type === STAFF_INVITATION_EVENT) return invitations.composeInvitationEmail(event);
    if (event.type === APPOINTMENT_REMINDER_EVENT) return appointmentReminder(event);
    if (event.type === DATA_EXPORT_EVENT) return dataExports.composeReadyEmail(event);
    if (event.type === WEBHOOK_DISABLED_EVENT) return webhookDisabledEmail(event);
    return ticketEmail(event);
  };
}
