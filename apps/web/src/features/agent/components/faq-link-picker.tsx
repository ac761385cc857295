import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { faqSuggestionsQuery, SUGGESTION_MIN_LENGTH } from "../../faq/api/faq.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "../../../components/fields.css";
import "./faq-link-picker.css";

/**
 * What goes into the reply: a Markdown link with the article's title and its exact public link, as
 * the API gives it, so the customer gets a real link in the thread and in the e-mail.
 */
export const faqLinkText = (article: { title: string; url: string }) =>
  `[${article.title.replace(/[[\]]/g, "")}](${article.url})`;

const normalise = (text: string) => text.trim().replace(/\s+/g, " ").slice(0, 500);

/**
 * Beside the agent's reply box: search the FAQ (the same suggestions the Support Center uses) and put
 * an article's `[<title>](<url>)` into the message at the cursor. Inside the reply form, so Enter in
 * the search box must not send the reply. Until the agent types, it shows the best suggestions for
 * the customer's message (`customerText`: subject and message, as the ticket form sends them), in
 * the language the customer wrote in.
 */
export function FaqLinkPicker({
  onInsert,
  customerText = "",
}: {
  onInsert: (text: string) => void;
  customerText?: string;
}) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const id = useId();
  const [text, setText] = useState("");
  const typed = useDebouncedValue(normalise(text), 250);
  const prefilled = typed === "" && normalise(text) === "";
  const q = prefilled ? normalise(customerText) : typed;
  const active = q.length >= SUGGESTION_MIN_LENGTH;
  const results = useQuery(faqSuggestionsQuery(q, language, 5));
  const items = active ? (results.data?.items ?? []) : [];

  const answered = active && results.isSuccess && !results.isPlaceholderData;
  const summary = !answered
    ? ""
    : items.length === 0
      ? prefilled
        ? ""
        : t("faqLink.none")
      : prefilled
        ? t("faqLink.suggested", { count: items.length })
        : t("faqLink.found", { count: items.length });
  const announced = useRef("");
  useEffect(() => {
    if (!summary || `${q}|${summary}` === announced.current) return;
    announced.current = `${q}|${summary}`;
    announce(summary);
  }, [q, summary, announce]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  return (
    <fieldset className="faq-link-picker">
      <legend>{t("faqLink.title")}</legend>
      <label htmlFor={`${id}-q`} className="field__label">
        {t("faqLink.search")}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("faqLink.hint")}
      </p>
      <input
        id={`${id}-q`}
        className="field__input"
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
      />
      {active && answered && items.length === 0 && !prefilled ? (
        <p className="field__hint">{t("faqLink.none")}</p>
      ) : null}
      {items.length > 0 && prefilled ? (
        <p className="field__hint" id={`${id}-suggested`}>
          {t("faqLink.suggestedTitle")}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul
          className="faq-link-picker__list"
          aria-label={prefilled ? t("faqLink.suggestedTitle") : t("faqLink.title")}
        >
          {items.map((item) => (
            <li key={item.id} className="faq-link-picker__item">
              <span className="faq-link-picker__title" lang={item.language}>
                {item.title}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t("faqLink.insertLabel", { title: item.title })}
                onClick={() => {
                  onInsert(faqLinkText(item));
                  announce(t("faqLink.inserted", { title: item.title }));
                }}
              >
                {t("faqLink.insert")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
