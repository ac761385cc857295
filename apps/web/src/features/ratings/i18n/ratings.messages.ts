import type { Dictionary } from "../../../i18n/messages.ts";
import { ratingsEn } from "./ratings.en.ts";
import { ratingsNl } from "./ratings.nl.ts";

export const ratingsMessages: Dictionary<typeof ratingsNl> = { nl: ratingsNl, en: ratingsEn };
