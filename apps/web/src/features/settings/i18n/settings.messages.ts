import type { Dictionary } from "../../../i18n/messages.ts";
import { settingsEn } from "./settings.en.ts";
import { settingsNl } from "./settings.nl.ts";

export const settingsMessages: Dictionary<typeof settingsNl> = { nl: settingsNl, en: settingsEn };
