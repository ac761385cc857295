import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { faqSuggestionsQuery, SUGGESTION_MIN_LENGTH } from "../api/faq.queries.ts";
import type { SuggestionEventReporter } from "../events/suggestion-event-reporter.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import "./faq-suggestions.css";

/**
 * FAQ articles that may answer the question being typed, beside the new-ticket form. Asks the API
 * once typing pauses, keeps the last answer on screen while the next loads (no flicker), and
 * tells screen-reader users politely when the suggestions change, without moving their focus.
 * Each is an ordinary link, reachable with Tab, that opens in a new tab so the draft stays. What was
 * shown and clicked goes to `events` (anonymous, see `useSuggestionEvents`).
 */
export function FaqSuggestions({ text, events }: { text: string; events?: SuggestionEventReporter }) {
  const t = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const q = useDebouncedValue(text.trim().replace(/\s+/g, " ").slice(0, 500), 400);
  const suggestions = useQuery(faqSuggestionsQuery(q, language));
  const asked = q.length >= SUGGESTION_MIN_LENGTH;
  const items = asked ? (suggestions.data?.items ?? []) : [];
  // What a settled answer showed for this query (none found counts too: the next article to write).
  const answered = asked && suggestions.isSuccess && !suggestions.isPlaceholderData;

  // Announce a changed set of articles once, not every keystroke that returns the same ones.
  const announced = useRef("");
  const ids = items.map((item) => item.id).join(",");
  useEffect(() => {
    if (ids === announced.current) return;
    announced.current = ids;
    const count = ids === "" ? 0 : ids.split(",").length;
    if (count === 1) announce(t("suggestions.foundOne"));
    else if (count > 1) announce(t("suggestions.found", { count }));
  }, [ids, announce, t]);

  useEffect(() => {
    if (answered) events?.shown(q, ids === "" ? [] : ids.split(","));
  }, [answered, q, ids, events]);

  return (
    <aside className="suggestions" aria-labelledby="faq-suggestions-title" data-testid="faq-suggestions">
      <h2 id="faq-suggestions-title" className="suggestions__title">
        {items.length > 0 ? t("suggestions.title") : t("suggestions.slotLabel")}
      </h2>
      {items.length > 0 ? (
        <>
          <p className="suggestions__hint">{t("suggestions.hint")}</p>
          <ul className="suggestions__list">
            {items.map((item) => (
              <li key={item.id}>
                <a
                  href={`/faq/${encodeURIComponent(item.slug)}`}
                  target="_blank"
                  rel="noopener"
                  onClick={() => events?.clicked(q, item.id)}
                  onAuxClick={() => events?.clicked(q, item.id)}
                >
                  {item.title}
                  <span className="visually-hidden"> {t("suggestions.opensInNewTab")}</span>
                </a>
                {item.snippet ? (
                  <p className="suggestions__snippet">
                    <HighlightedText text={item.snippet} highlights={item.highlights} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="suggestions__hint">{t("suggestions.empty")}</p>
      )}
    </aside>
  );
}
