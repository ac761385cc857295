import type { Dictionary } from "../../../i18n/messages.ts";
import { kbEn } from "./kb.en.ts";
import { kbNl } from "./kb.nl.ts";

/** The knowledge-base editor's texts; imported only from its own lazily loaded chunk. */
export const kbMessages: Dictionary<typeof kbNl> = { nl: kbNl, en: kbEn };
