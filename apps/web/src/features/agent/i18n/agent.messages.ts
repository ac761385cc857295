import type { Dictionary } from "../../../i18n/messages.ts";
import { agentEn } from "./agent.en.ts";
import { agentNl } from "./agent.nl.ts";

/** The agent workspace's texts; imported only from the agent chunk. */
export const agentMessages: Dictionary<typeof agentNl> = { nl: agentNl, en: agentEn };
