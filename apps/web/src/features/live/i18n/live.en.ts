import type { Messages } from "../../../i18n/messages.ts";
import type { liveNl } from "./live.nl.ts";

export const liveEn = {
  presence: {
    inQueue: "{{names}} viewing",
    typingInQueue: "{{names}} typing…",
    label: "Also on this ticket",
    viewing: "{{name}} is viewing this ticket",
    typing: "{{name}} is typing a reply…",
  },
} as const satisfies Messages<typeof liveNl>;
