import { useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./keyboard-hint.css";

/** The queue's shortcuts, in sight: a shortcut nobody can find helps nobody. */
export function KeyboardHint() {
  const t = useMessages(agentMessages);
  return (
    <p className="keyboard-hint">
      {t("queue.keys.label")} <kbd>j</kbd>/<kbd>k</kbd> {t("queue.keys.or")} <kbd>↓</kbd>/<kbd>↑</kbd>{" "}
      {t("queue.keys.move")} · <kbd>Enter</kbd> {t("queue.keys.open")} · <kbd>/</kbd> {t("queue.keys.search")}
    </p>
  );
}
