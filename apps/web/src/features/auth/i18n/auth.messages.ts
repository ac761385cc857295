import type { Dictionary } from "../../../i18n/messages.ts";
import { authEn } from "./auth.en.ts";
import { authNl } from "./auth.nl.ts";

/** The sign-in pages' texts; imported only from those (lazily loaded) pages. */
export const authMessages: Dictionary<typeof authNl> = { nl: authNl, en: authEn };
