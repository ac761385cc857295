import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useLanguage, useTranslation } from "../../../i18n/i18n.tsx";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { faqSuggestionsQuery, SUGGESTION_MIN_LENGTH } from "../api/faq.queries.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import "./faq-search-form.css";

/** How long typing must pause before the FAQ is asked (ms). */
export const SEARCH_DEBOUNCE_MS = 250;

const normalise = (text: string) => text.trim().replace(/\s+/g, " ").slice(0, 500);

/**
 * The FAQ search box on the home page, with instant results: once typing pauses the API's
 * suggestions (`GET /faqs/suggestions`) appear below the box; the previous results stay while the
 * next load (no flicker). The query lives in the address (`?q=`), so a search can be bookmarked or
 * shared. Results are ordinary links: Tab reaches them, and so does the down arrow from the box (up
 * and down move between them, Escape returns to the box). How many were found is announced politely.
 */
export function FaqSearchForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const announce = useAnnounce();
  const inputId = useId();
  const hintId = useId();
  const resultsId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const [text, setText] = useState(() => searchParams.get("q") ?? "");
  const debounced = useDebouncedValue(normalise(text), SEARCH_DEBOUNCE_MS);
  // Enter searches at once, without waiting for the pause.
  const [submitted, setSubmitted] = useState<string | undefined>();
  const q = submitted ?? debounced;
  const active = q.length >= SUGGESTION_MIN_LENGTH;
  const results = useQuery(faqSuggestionsQuery(q, language, 8));
  const items = active ? (results.data?.items ?? []) : [];
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Keep the address in step with the settled query (replace: typing is not a trail of pages).
  useEffect(() => {
    const current = searchParams.get("q") ?? "";
    if (current === q) return;
    setSearchParams(q ? { q } : {}, { replace: true, preventScrollReset: true });
  }, [q, searchParams, setSearchParams]);

  // Say how many were found once per settled answer, not on every keystroke.
  const answered = active && results.isSuccess && !results.isPlaceholderData;
  const summary = !answered
    ? ""
    : items.length === 0
      ? t("home.noResults", { query: q })
      : items.length === 1
        ? t("home.resultsFoundOne", { query: q })
        : t("home.resultsFound", { count: items.length, query: q });
  const announced = useRef("");
  useEffect(() => {
    if (!summary || summary === announced.current) return;
    announced.current = summary;
    announce(summary);
  }, [summary, announce]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(normalise(text));
  };

  const links = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a") ?? []);
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    }
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(all.length - 1, index + 1)]?.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index <= 0) inputRef.current?.focus();
      else all[index - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: same landmark as <search>, which jsdom (our component tests) cannot render yet */}
      <form className="search" role="search" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="search__label">
          {t("home.searchLabel")}
        </label>
        <div className="search__row">
          <input
            ref={inputRef}
            id={inputId}
            className="search__input"
            type="search"
            name="q"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSubmitted(undefined);
            }}
            onKeyDown={onInputKeyDown}
            placeholder={t("home.searchPlaceholder")}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={hintId}
            aria-controls={resultsId}
          />
          <button type="submit" className="button button--accent">
            {t("home.searchButton")}
          </button>
        </div>
        <p id={hintId} className="search__hint">
          {t("home.searchHint")}
        </p>
      </form>
      <section
        id={resultsId}
        className="search-results"
        aria-label={active ? t("home.resultsTitle", { query: q }) : undefined}
        aria-busy={active && results.isFetching}
        hidden={!active}
        data-testid="faq-search-results"
      >
        {!active ? null : results.isError ? (
          <p className="search-results__empty">
            {t("home.searchError")} <Link to="/tickets/new">{t("home.noResultsAsk")}</Link>
          </p>
        ) : results.isPending ? (
          <p className="search-results__empty">{t("home.searching")}</p>
        ) : items.length === 0 ? (
          <p className="search-results__empty">
            {t("home.noResults", { query: q })} <Link to="/tickets/new">{t("home.noResultsAsk")}</Link>
          </p>
        ) : (
          <ul className="search-results__list" ref={listRef} onKeyDown={onListKeyDown}>
            {items.map((item) => (
              <li key={item.id} className="search-results__item">
                <Link to={`/faq/${encodeURIComponent(item.slug)}`} className="search-results__link">
                  {item.title}
                </Link>
                {item.snippet ? (
                  <p className="search-results__snippet">
                    <HighlightedText text={item.snippet} highlights={item.highlights} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
