import type { Dictionary } from "../../../i18n/messages.ts";
import { billingEn } from "./billing.en.ts";
import { billingNl } from "./billing.nl.ts";

/** Billable time: the agent's time panel, the customer's consent, the billing page. */
export const billingMessages: Dictionary<typeof billingNl> = { nl: billingNl, en: billingEn };
