import { type Language, languageSchema } from "@helpdesk/contracts";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, useId } from "react";
import { Link, useSearchParams } from "react-router";
import "../../../components/data-table.css";
import { SelectField } from "../../../components/fields.tsx";
import { LoadMoreButton } from "../../../components/load-more-button.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { faqCategoriesQuery } from "../../faq/api/faq.queries.ts";
import {
  type ArticleListFilters,
  articleListQuery,
  USAGE_DAYS,
  usageQuery,
} from "../api/knowledge-base.queries.ts";
import { SuggestionTester } from "../components/suggestion-tester.tsx";
import { kbMessages } from "../i18n/kb.messages.ts";
import "./knowledge-base.css";

const statuses = ["any", "draft", "published"] as const;

function filtersFrom(params: URLSearchParams): ArticleListFilters {
  const status = statuses.find((value) => value === params.get("status")) ?? "any";
  const lang = languageSchema.safeParse(params.get("lang"));
  return {
    status,
    q: params.get("q")?.trim() || undefined,
    category: params.get("category") || undefined,
    lang: lang.success ? lang.data : undefined,
  };
}

/**
 * `/agent/faqs` "Kennisbank" (admins and customer service): every article, drafts too, with search,
 * status, category and language filters (kept in the address), how each one is used by customers,
 * and the suggestion tester.
 */
export function KnowledgeBaseListPage() {
  const t = useMessages(kbMessages);
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const articles = useInfiniteQuery(articleListQuery(filters));
  const categories = useQuery(faqCategoriesQuery());
  const usage = useQuery(usageQuery());
  const usageBySlug = new Map((usage.data?.articles ?? []).map((row) => [row.slug, row]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ["q", "status", "category", "lang"]) {
      const value = String(data.get(name) ?? "").trim();
      if (value && !(name === "status" && value === "any")) next.set(name, value);
    }
    setParams(next);
  };

  const items = articles.data?.pages.flatMap((page) => page.items) ?? [];
  const figure = (slug: string, key: "shown" | "clicked" | "deflected") =>
    usage.isSuccess ? (usageBySlug.get(slug)?.[key] ?? 0) : "–";

  return (
    <div className="page page--wide knowledge-base">
      <PageHeading title={t("list.title")} />
      <p className="lead">{t("list.purpose")}</p>
      <p className="actions">
        <Link to="/agent/faqs/new" className="button">
          {t("list.newArticle")}
        </Link>
        <Link to="/agent/faqs/categories" className="button button--secondary">
          {t("list.categories")}
        </Link>
      </p>
      <div className="knowledge-base__layout">
        <div className="knowledge-base__main">
          <search>
            <form
              className="knowledge-base__filters"
              onSubmit={submit}
              aria-label={t("list.filters")}
              key={params.toString()}
            >
              <div className="field knowledge-base__search">
                <label className="field__label" htmlFor={`${id}-q`}>
                  {t("list.search")}
                </label>
                <input
                  className="field__input"
                  id={`${id}-q`}
                  name="q"
                  type="search"
                  maxLength={200}
                  defaultValue={filters.q ?? ""}
                />
              </div>
              <SelectField
                id={`${id}-status`}
                name="status"
                label={t("list.status")}
                defaultValue={filters.status}
                options={[
                  { value: "any", label: t("list.anyStatus") },
                  { value: "draft", label: t("status.draft") },
                  { value: "published", label: t("status.published") },
                ]}
              />
              <SelectField
                id={`${id}-category`}
                name="category"
                label={t("list.category")}
                defaultValue={filters.category ?? ""}
                placeholder={t("list.anyCategory")}
                options={(categories.data?.items ?? []).map((category) => ({
                  value: category.slug,
                  label: category.name,
                }))}
              />
              <SelectField
                id={`${id}-lang`}
                name="lang"
                label={t("list.language")}
                defaultValue={filters.lang ?? ""}
                placeholder={t("list.anyLanguage")}
                options={languageSchema.options.map((value: Language) => ({
                  value,
                  label: t(`languages.${value}`),
                }))}
              />
              <button type="submit" className="button">
                {t("list.searchButton")}
              </button>
            </form>
          </search>
          {articles.isPending ? (
            <p role="status">{t("list.loading")}</p>
          ) : articles.isError ? (
            <p role="alert">{t("list.failed")}</p>
          ) : items.length === 0 ? (
            <p role="status">{t("list.none")}</p>
          ) : (
            <>
              <div className="data-table-wrap">
                <table className="data-table knowledge-base__table">
                  <caption className="visually-hidden">{t("list.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("list.colTitle")}</th>
                      <th scope="col">{t("list.colStatus")}</th>
                      <th scope="col">{t("list.colCategory")}</th>
                      <th scope="col">{t("list.colLanguage")}</th>
                      <th scope="col" className="number">
                        {t("list.colShown")}
                      </th>
                      <th scope="col" className="number">
                        {t("list.colClicked")}
                      </th>
                      <th scope="col" className="number">
                        {t("list.colDeflected")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((article) => (
                      <tr key={article.id}>
                        <th scope="row">
                          <Link to={`/agent/faqs/edit/${encodeURIComponent(article.slug)}`}>
                            {article.title}
                          </Link>
                        </th>
                        <td>
                          <span
                            className={`knowledge-base__status knowledge-base__status--${article.status}`}
                          >
                            {t(`status.${article.status}`)}
                          </span>
                        </td>
                        <td>{article.category.name}</td>
                        <td>{t(`languages.${article.language}`)}</td>
                        <td className="number" data-label={t("list.colShown")}>
                          {figure(article.slug, "shown")}
                        </td>
                        <td className="number" data-label={t("list.colClicked")}>
                          {figure(article.slug, "clicked")}
                        </td>
                        <td className="number" data-label={t("list.colDeflected")}>
                          {figure(article.slug, "deflected")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="field__hint">{t("list.usageNote", { days: USAGE_DAYS })}</p>
              <LoadMoreButton query={articles} label={t("list.more")} loadingLabel={t("list.loadingMore")} />
            </>
          )}
        </div>
        <SuggestionTester />
      </div>
    </div>
  );
}
