import type { Dictionary } from "../../../i18n/messages.ts";
import { ticketsEn } from "./tickets.en.ts";
import { ticketsNl } from "./tickets.nl.ts";

/** The ticket pages' texts; imported only from lazily loaded code (ticket pages, agent workspace). */
export const ticketsMessages: Dictionary<typeof ticketsNl> = { nl: ticketsNl, en: ticketsEn };
