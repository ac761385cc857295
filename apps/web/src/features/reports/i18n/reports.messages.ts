import type { Dictionary } from "../../../i18n/messages.ts";
import { reportsEn } from "./reports.en.ts";
import { reportsNl } from "./reports.nl.ts";

/** The reports dashboard (agent workspace). */
export const reportsMessages: Dictionary<typeof reportsNl> = { nl: reportsNl, en: reportsEn };
