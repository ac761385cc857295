import type { Dictionary } from "../../../i18n/messages.ts";
import { liveEn } from "./live.en.ts";
import { liveNl } from "./live.nl.ts";

/** Who else is on a ticket (agent workspace). */
export const liveMessages: Dictionary<typeof liveNl> = { nl: liveNl, en: liveEn };
