import type { Dictionary } from "../../../i18n/messages.ts";
import { accountEn } from "./account.en.ts";
import { accountNl } from "./account.nl.ts";

/** The customer's account texts (their data export); imported only from lazily loaded pages. */
export const accountMessages: Dictionary<typeof accountNl> = { nl: accountNl, en: accountEn };
