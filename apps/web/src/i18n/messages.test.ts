import { describe, expect, it } from "vitest";
import { agentMessages } from "../features/agent/i18n/agent.messages.ts";
import { authMessages } from "../features/auth/i18n/auth.messages.ts";
import { kbMessages } from "../features/knowledge-base/i18n/kb.messages.ts";
import { notificationsMessages } from "../features/notifications/i18n/notifications.messages.ts";
import { ticketsMessages } from "../features/tickets/i18n/tickets.messages.ts";
import { commonMessages, languages } from "./i18n.tsx";
import { type Dictionary, translate } from "./messages.ts";

/** Every text of a tree with the placeholders it uses: `{ "home.title": [] , "notFound.text": ["path"] }`. */
function placeholdersByKey(tree: unknown, prefix = ""): Record<string, string[]> {
  if (typeof tree === "string") {
    return { [prefix]: [...tree.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? "").sort() };
  }
  return Object.entries(tree as Record<string, unknown>).reduce<Record<string, string[]>>(
    (all, [key, value]) => Object.assign(all, placeholdersByKey(value, prefix ? `${prefix}.${key}` : key)),
    {},
  );
}

const dictionaries: Record<string, Dictionary<unknown>> = {
  common: commonMessages,
  agent: agentMessages,
  auth: authMessages,
  knowledgeBase: kbMessages,
  tickets: ticketsMessages,
  notifications: notificationsMessages,
};

describe("translations", () => {
  it.each(Object.entries(dictionaries))(
    "%s: every language has the Dutch keys with the same placeholders, and no empty text",
    (_name, dictionary) => {
      const dutch = placeholdersByKey(dictionary.nl);
      for (const language of languages) {
        const texts = placeholdersByKey(dictionary[language]);
        expect(texts).toEqual(dutch);
        for (const key of Object.keys(texts))
          expect(translate(dictionary[language], key).trim()).not.toBe("");
      }
    },
  );

  it("fills in placeholders and leaves unknown keys recognisable", () => {
    const messages = { greeting: { hello: "Hallo {{name}}, je hebt {{count}} tickets" } };

    expect(translate(messages, "greeting.hello", { name: "Anne", count: 3 })).toBe(
      "Hallo Anne, je hebt 3 tickets",
    );
    expect(translate(messages, "greeting.bye")).toBe("greeting.bye");
  });
});
