// Every endpoint of the API, in one list: the OpenAPI document and the access-matrix test are
// generated from it, so an endpoint that is not listed here does not exist for integrators.
import * as apiTokens from "./api-tokens/api-tokens.endpoints.ts";
import * as appointments from "./appointments/appointments.endpoints.ts";
import * as auth from "./auth/auth.endpoints.ts";
import * as billing from "./billing/billing.endpoints.ts";
import * as cannedReplies from "./canned-replies/canned-replies.endpoints.ts";
import * as customers from "./customers/customers.endpoints.ts";
import * as email from "./email/email.endpoints.ts";
import * as faq from "./faq/faq.endpoints.ts";
import * as followUp from "./follow-up/follow-up.endpoints.ts";
import * as inbound from "./inbound/inbound.endpoints.ts";
import * as live from "./live/live.endpoints.ts";
import * as presence from "./live/presence.endpoints.ts";
import * as notifications from "./notifications/notifications.endpoints.ts";
import * as privacy from "./privacy/privacy.endpoints.ts";
import * as retention from "./privacy/retention.endpoints.ts";
import * as ratings from "./ratings/ratings.endpoints.ts";
import * as reports from "./reports/reports.endpoints.ts";
import * as serviceLevels from "./service-levels/service-levels.endpoints.ts";
import * as settings from "./settings/settings.endpoints.ts";
import * as staff from "./staff/staff.endpoints.ts";
import * as system from "./system/system.endpoints.ts";
import * as tickets from "./tickets/tickets.endpoints.ts";
import * as uploads from "./uploads/uploads.endpoints.ts";
import * as webhooks from "./webhooks/webhooks.endpoints.ts";

export const endpoints = {
  ...system,
  ...auth,
  ...customers,
  ...staff,
  ...privacy,
  ...retention,
  ...tickets,
  ...uploads,
  ...faq,
  ...inbound,
  ...email,
  ...serviceLevels,
  ...ratings,
  ...settings,
  ...apiTokens,
  ...billing,
  ...appointments,
  ...live,
  ...presence,
  ...notifications,
  ...reports,
  ...webhooks,
  ...cannedReplies,
  ...followUp,
};
export type EndpointName = keyof typeof endpoints;
