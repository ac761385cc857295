import type { Dictionary } from "../../../i18n/messages.ts";
import { ticketRelationsEn } from "./ticket-relations.en.ts";
import { ticketRelationsNl } from "./ticket-relations.nl.ts";

/** Merging, splitting and linking tickets (agent ticket page). */
export const ticketRelationsMessages: Dictionary<typeof ticketRelationsNl> = {
  nl: ticketRelationsNl,
  en: ticketRelationsEn,
};
