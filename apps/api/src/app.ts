import cookieParser from "cookie-parser";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import responseTime from "response-time";
import type { Env } from "./config/env.ts";
import type { Database } from "./db/prisma.ts";
import { authenticate } from "./http/authenticate.ts";
import { createEndpointRouter, type EndpointRoute } from "./http/endpoint.ts";
import { errorHandler, routeNotFound } from "./http/error-handler.ts";
import { paceSignedInCallers } from "./http/rate-limit.ts";
import { REQUEST_ID_HEADER, requestId } from "./http/request-id.ts";
import { logRequests } from "./http/request-log.ts";
import { requireWebOriginWithCookies } from "./http/same-origin.ts";
import type { Logger } from "./lib/logger.ts";
import { createReplyAddresses } from "./lib/mail/reply-address.ts";
import { createRequestMeter } from "./lib/security/request-limits.ts";
import type { AttachmentStorage } from "./lib/storage/attachment-storage.ts";
import { looksLikeApiToken } from "./modules/api-tokens/api-token-secret.ts";
import { apiTokenRoutes } from "./modules/api-tokens/api-tokens.router.ts";
import { createApiTokensService } from "./modules/api-tokens/api-tokens.service.ts";
import { appointmentRoutes } from "./modules/appointments/appointments.router.ts";
import { createAppointments } from "./modules/appointments/appointments.service.ts";
import { authRoutes } from "./modules/auth/auth.router.ts";
import { createAuthService } from "./modules/auth/auth.service.ts";
import { REFRESH_COOKIE } from "./modules/auth/refresh-cookie.ts";
import { billingRoutes } from "./modules/billing/billing.router.ts";
import { createBillingConsents } from "./modules/billing/billing-consents.service.ts";
import { createBillingStatements } from "./modules/billing/billing-statements.service.ts";
import { createTimeEntries } from "./modules/billing/time-entries.service.ts";
import { cannedReplyRoutes } from "./modules/canned-replies/canned-replies.router.ts";
import { createCannedRepliesService } from "./modules/canned-replies/canned-replies.service.ts";
import { customerRoutes } from "./modules/customers/customers.router.ts";
import { createCustomersService } from "./modules/customers/customers.service.ts";
import { emailPreviewRoutes } from "./modules/email/email-previews.router.ts";
import { createFaqRoutes } from "./modules/faq/faq.module.ts";
import { followUpRoutes } from "./modules/follow-up/follow-up.router.ts";
import { createFollowUpSettings } from "./modules/follow-up/follow-up.service.ts";
import { inboundMailRoutes } from "./modules/inbound-mail/inbound-mail.router.ts";
import { createInboundMailService } from "./modules/inbound-mail/inbound-mail.service.ts";
import { createMailReader, type MailReader } from "./modules/inbound-mail/mail-reader.ts";
import { liveRoutes } from "./modules/live/live.router.ts";
import { createLiveHub } from "./modules/live/live-hub.ts";
import { createLiveStreams } from "./modules/live/live-streams.service.ts";
import { presenceRoutes } from "./modules/live/presence.router.ts";
import { createPresence } from "./modules/live/presence.service.ts";
import { notificationRoutes } from "./modules/notifications/notifications.router.ts";
import { createNotificationsService } from "./modules/notifications/notifications.service.ts";
import { outboxRoutes } from "./modules/outbox/outbox.router.ts";
import { createOutboxService } from "./modules/outbox/outbox.service.ts";
import { createCustomerErasureService } from "./modules/privacy/customer-erasure.service.ts";
import { createDataExports } from "./modules/privacy/data-export.service.ts";
import { exportSources } from "./modules/privacy/data-export-sources.ts";
import { privacyRoutes } from "./modules/privacy/privacy.router.ts";
import { createPrivacyService } from "./modules/privacy/privacy.service.ts";
import { retentionRoutes } from "./modules/privacy/retention.router.ts";
import { createRetentionService } from "./modules/privacy/retention.service.ts";
import { createRatingLinks } from "./modules/ratings/rating-links.ts";
import { ratingRoutes } from "./modules/ratings/ratings.router.ts";
import { createRatingsService, googleReviewSearch } from "./modules/ratings/ratings.service.ts";
import { reportRoutes } from "./modules/reports/reports.router.ts";
import { createReportsService } from "./modules/reports/reports.service.ts";
import { warmUpCalendar } from "./modules/service-levels/service-levels.module.ts";
import { serviceLevelRoutes } from "./modules/service-levels/service-levels.router.ts";
import { createServiceLevelsService } from "./modules/service-levels/service-levels.service.ts";
import { settingsRoutes } from "./modules/settings/settings.router.ts";
import { createSettingsReader, createSettingsService } from "./modules/settings/settings.service.ts";
import { staffRoutes } from "./modules/staff/staff.router.ts";
import { createStaffService } from "./modules/staff/staff.service.ts";
import { systemRoutes } from "./modules/system/system.router.ts";
import { createTicketNumbers } from "./modules/tickets/ticket-number.ts";
import { ticketRoutes } from "./modules/tickets/tickets.router.ts";
import { createTicketsService } from "./modules/tickets/tickets.service.ts";
import { uploadRoutes } from "./modules/uploads/uploads.router.ts";
import { createUploadsService } from "./modules/uploads/uploads.service.ts";
import { webhookRoutes } from "./modules/webhooks/webhooks.router.ts";
import { createWebhooksService } from "./modules/webhooks/webhooks.service.ts";
import { createOpenApiRouter } from "./openapi/openapi.router.ts";

export interface AppDeps {
  env: Pick<
    Env,
    | "WEB_ORIGIN"
    | "TRUST_PROXY"
    | "JWT_SECRET"
    | "REPLY_ADDRESS_SECRET"
    | "TICKET_NUMBER_SECRET"
    | "PUBLIC_URL"
    | "TEAM_NAME"
    | "MAIL_FROM_ADDRESS"
    | "INBOUND_SECRET"
    | "API_RATE_LIMIT_PER_MINUTE"
    | "NODE_ENV"
    | "WEBHOOK_ALLOW_PRIVATE_ADDRESSES"
    | "TICKET_EXPORT_SETTLE_SECONDS"
  >;
  db: Database;
  logger: Logger;
  storage: AttachmentStorage;
  /** Waits before answering a failed login (tests record instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Compares a password with its hash (tests count the checks). */
  verifyPassword?: (password: string, hash: string) => Promise<boolean>;
  /** Extra endpoints mounted under /api/v1 (tests use it to exercise the HTTP layer). */
  extraRoutes?: EndpointRoute[];
  /** Reads inbound e-mail off the main thread (tests shorten its time limit). */
  mailReader?: MailReader;
  /** Resolves a webhook URL's host name for its address check (tests point names at loopback). */
  resolveHostname?: (host: string) => Promise<string[]>;
}

/** Where webhooks may be sent: https only in production; private addresses only when allowed. */
export const outboundPolicyOf = (env: Pick<Env, "NODE_ENV" | "WEBHOOK_ALLOW_PRIVATE_ADDRESSES">) => ({
  httpsOnly: env.NODE_ENV === "production",
  allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
});

export const JSON_BODY_LIMIT = "256kb";

/** The Express app, without listening: the server and the tests both build it here. */
export function buildApp(deps: AppDeps): Express {
  return createApplication(deps).app;
}

/** The app and the services the server also runs outside HTTP (SMTP receiver, upload sweeper). */
export function createApplication({
  env,
  db,
  logger,
  storage,
  sleep,
  verifyPassword,
  extraRoutes = [],
  mailReader = createMailReader(),
  resolveHostname,
}: AppDeps) {
  const auth = createAuthService({
    db,
    env,
    logger,
    ...(sleep ? { sleep } : {}),
    ...(verifyPassword ? { verifyPassword } : {}),
  });
  // The admins' settings (team name, public address, sender, footer), env values until saved.
  const settings = createSettingsReader({ db, env });
  const apiTokens = createApiTokensService({ db });
  const uploads = createUploadsService({ db, storage });
  const ticketNumbers = createTicketNumbers(env.TICKET_NUMBER_SECRET);
  const tickets = createTicketsService({
    db,
    env,
    settings,
    storage,
    uploads,
    ticketNumbers,
    exportSettleMs: env.TICKET_EXPORT_SETTLE_SECONDS * 1000,
  });
  const inbound = createInboundMailService({
    db,
    tickets,
    logger,
    replyAddresses: createReplyAddresses(env.REPLY_ADDRESS_SECRET, env.MAIL_FROM_ADDRESS),
    reader: mailReader,
  });
  const dataExports = createDataExports({ db, storage, env, sources: exportSources(db, tickets) });
  const retention = createRetentionService({ db, storage });
  // Connects to PostgreSQL only when the first stream opens; `close` ends the streams (shutdown).
  const liveHub = createLiveHub({ db, logger });
  const liveStreams = createLiveStreams({ db, hub: liveHub, sessions: auth });
  const routes = [
    ...systemRoutes(db),
    ...authRoutes(auth, env.PUBLIC_URL),
    ...customerRoutes(createCustomersService({ db })),
    ...staffRoutes(createStaffService({ db, env })),
    ...privacyRoutes(
      createPrivacyService({ db }),
      createCustomerErasureService({ db, storage }),
      dataExports,
    ),
    ...retentionRoutes(retention),
    ...createFaqRoutes({ db, publicUrl: env.PUBLIC_URL }),
    ...ticketRoutes(tickets, uploads),
    ...uploadRoutes(uploads),
    ...inboundMailRoutes(inbound, env.INBOUND_SECRET),
    ...emailPreviewRoutes(settings),
    ...settingsRoutes(createSettingsService({ db, env, reader: settings })),
    ...outboxRoutes(createOutboxService({ db })),
    ...serviceLevelRoutes(createServiceLevelsService({ db }), tickets),
    ...ratingRoutes(
      createRatingsService({
        db,
        links: createRatingLinks(env.REPLY_ADDRESS_SECRET),
        defaultReviewUrl: googleReviewSearch(env.TEAM_NAME),
      }),
    ),
    ...apiTokenRoutes(apiTokens),
    ...billingRoutes(
      createTimeEntries({ db }),
      createBillingConsents({ db }),
      createBillingStatements({ db }),
    ),
    ...appointmentRoutes(createAppointments({ db })),
    ...followUpRoutes(createFollowUpSettings({ db }), tickets),
    ...liveRoutes(liveStreams),
    ...presenceRoutes(createPresence({ db, tickets })),
    ...notificationRoutes(createNotificationsService({ db })),
    ...reportRoutes(createReportsService({ db })),
    ...webhookRoutes(
      createWebhooksService({
        db,
        policy: outboundPolicyOf(env),
        ...(resolveHostname ? { resolve: resolveHostname } : {}),
      }),
    ),
    ...cannedReplyRoutes(createCannedRepliesService({ db, publicUrl: env.PUBLIC_URL, tickets })),
    ...extraRoutes,
  ];

  const app = express();
  app.disable("x-powered-by");
  // Only these proxies' X-Forwarded-For is believed; the client is the last address they did not add.
  app.set("trust proxy", env.TRUST_PROXY.length > 0 ? env.TRUST_PROXY : false);

  // How long the API took for each response, measured from here to the headers: for the browser's
  // developer tools, and for `pnpm bench`, which reports it apart from what the client sees.
  app.use(responseTime((_req, res, ms) => res.setHeader("Server-Timing", `app;dur=${ms.toFixed(2)}`)));
  app.use(requestId);
  app.use(logRequests(logger));
  app.use(helmet());
  app.use(
    cors({
      origin: [env.WEB_ORIGIN],
      credentials: true,
      exposedHeaders: [
        REQUEST_ID_HEADER,
        "Retry-After",
        "Location",
        "RateLimit-Limit",
        "RateLimit-Remaining",
        "RateLimit-Reset",
        "RateLimit-Policy",
      ],
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(cookieParser());
  app.use(requireWebOriginWithCookies(env.WEB_ORIGIN, [REFRESH_COOKIE]));
  app.use(
    "/api/v1",
    authenticate(
      (credential) =>
        looksLikeApiToken(credential)
          ? apiTokens.actorFromApiToken(credential)
          : auth.actorFromAccessToken(credential),
      looksLikeApiToken,
    ),
  );
  app.use(
    "/api/v1",
    paceSignedInCallers(
      createRequestMeter(db, "api", { requests: env.API_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 }),
    ),
  );

  const { documentRouter, docsRouter } = createOpenApiRouter();
  app.use("/api/v1", documentRouter);
  app.use("/api/v1", createEndpointRouter(routes));
  // The reference page runs swagger-ui's own script, which helmet's default policy would block.
  app.use("/api/docs", helmet.contentSecurityPolicy({ useDefaults: true }), docsRouter);

  app.use(routeNotFound);
  app.use(errorHandler(logger));
  /**
   * Pays before the first request for what it would otherwise wait on: Prisma's start (a third of a
   * second of main-thread CPU), the year's holidays, and, where mail is received, the thread that
   * reads it. The server runs it before it listens.
   */
  async function warmUp({ mail }: { mail: boolean }) {
    await warmUpCalendar(db); // its first query starts Prisma too
    if (mail) await inbound.warmUp();
  }

  return { app, inbound, uploads, dataExports, retention, live: liveHub, settings, warmUp };
}
