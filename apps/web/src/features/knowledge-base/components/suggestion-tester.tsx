import { type Language, languageSchema } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { SelectField } from "../../../components/fields.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { faqSuggestionsQuery, SUGGESTION_MIN_LENGTH } from "../../faq/api/faq.queries.ts";
import { HighlightedText } from "../../faq/components/highlighted-text.tsx";
import { kbMessages } from "../i18n/kb.messages.ts";
import "./suggestion-tester.css";

/** The words of a snippet the API marked as matching, each once, in order. */
export function matchedWords(
  snippet: string,
  highlights: readonly { start: number; end: number }[],
): string[] {
  const words = highlights
    .filter((range) => range.start < range.end && range.end <= snippet.length)
    .map((range) => snippet.slice(range.start, range.end).toLowerCase());
  return [...new Set(words)];
}

/**
 * "Test de suggesties": the same request the new-ticket form makes while a customer types, so the
 * editor sees exactly what the customer would get, with why: the words that matched (marked in the
 * snippet) and the score.
 */
export function SuggestionTester() {
  const t = useMessages(kbMessages);
  const id = useId();
  const [text, setText] = useState("");
  const [language, setLanguage] = useState<Language>("nl");
  const q = useDebouncedValue(text.trim(), 250);
  const suggestions = useQuery(faqSuggestionsQuery(q, language));
  const tooShort = q.length < SUGGESTION_MIN_LENGTH;

  return (
    <section className="panel suggestion-tester" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("tester.title")}</h2>
      <p>{t("tester.purpose")}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-q`}>
          {t("tester.input")}
        </label>
        <textarea
          id={`${id}-q`}
          className="field__input field__input--multiline suggestion-tester__input"
          rows={3}
          maxLength={500}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <SelectField
        id={`${id}-lang`}
        name="lang"
        label={t("tester.language")}
        value={language}
        onChange={(event) => setLanguage(languageSchema.parse(event.target.value))}
        options={languageSchema.options.map((value) => ({ value, label: t(`languages.${value}`) }))}
      />
      <h3>{t("tester.results")}</h3>
      <div aria-live="polite">
        {tooShort ? (
          <p className="field__hint">{t("tester.tooShort", { min: SUGGESTION_MIN_LENGTH })}</p>
        ) : suggestions.isPending ? (
          <p>{t("tester.searching")}</p>
        ) : suggestions.isError ? (
          <p role="alert">{t("tester.failed")}</p>
        ) : suggestions.data.items.length === 0 ? (
          <p>{t("tester.none")}</p>
        ) : (
          <>
            <ol className="suggestion-tester__list">
              {suggestions.data.items.map((item) => {
                const words = matchedWords(item.snippet, item.highlights);
                return (
                  <li key={item.id}>
                    <p className="suggestion-tester__title">
                      <a href={`/faq/${encodeURIComponent(item.slug)}`} target="_blank" rel="noreferrer">
                        {item.title}
                      </a>{" "}
                      <Link to={`/agent/faqs/edit/${encodeURIComponent(item.slug)}`}>{t("tester.edit")}</Link>
                    </p>
                    <p className="suggestion-tester__snippet">
                      <HighlightedText text={item.snippet} highlights={item.highlights} />
                    </p>
                    <p className="suggestion-tester__why">
                      <span className="suggestion-tester__score">
                        {t("tester.score", { score: Math.round(item.score * 100) })}
                      </span>{" "}
                      {t("tester.matched")} {words.length > 0 ? words.join(", ") : t("tester.noWords")}
                    </p>
                  </li>
                );
              })}
            </ol>
            <p className="field__hint">{t("tester.why")}</p>
          </>
        )}
      </div>
    </section>
  );
}
