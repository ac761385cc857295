import type { FaqArticleSummary } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useLanguage, useTranslation } from "../../../i18n/i18n.tsx";
import { faqArticlesQuery, faqCategoriesQuery } from "../api/faq.queries.ts";
import "./faq-overview.css";

export const categoryAnchor = (slug: string) => `faq-${slug}`;

/**
 * The FAQ on the home page: its categories (in the API's order) as a row of jump links, then every
 * published article under its category.
 */
export function FaqOverview() {
  const { t } = useTranslation();
  const categories = useQuery(faqCategoriesQuery());
  const { language } = useLanguage();
  const articles = useQuery(faqArticlesQuery(language));

  if (categories.isPending || articles.isPending) {
    return (
      <p className="faq-overview__status" role="status">
        {t("home.articlesLoading")}
      </p>
    );
  }
  if (categories.isError || articles.isError) {
    return (
      <p className="faq-overview__status" role="status">
        {t("home.articlesError")}
      </p>
    );
  }

  const byCategory = new Map<string, FaqArticleSummary[]>();
  for (const article of articles.data.items) {
    const list = byCategory.get(article.category.slug) ?? [];
    list.push(article);
    byCategory.set(article.category.slug, list);
  }
  const shown = categories.data.items.filter((category) => byCategory.has(category.slug));

  return (
    <>
      <nav aria-label={t("home.categoriesLabel")}>
        <ul className="faq-categories">
          {shown.map((category) => (
            <li key={category.slug}>
              <a href={`#${categoryAnchor(category.slug)}`} className="faq-categories__link">
                {category.name}
                <span className="faq-categories__count"> ({byCategory.get(category.slug)?.length ?? 0})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="faq-groups">
        {shown.map((category) => (
          <section key={category.slug} className="faq-group" aria-labelledby={categoryAnchor(category.slug)}>
            <h3 id={categoryAnchor(category.slug)} tabIndex={-1}>
              {category.name}
            </h3>
            <ul className="faq-group__list">
              {(byCategory.get(category.slug) ?? []).map((article) => (
                <li key={article.id} className="faq-group__item">
                  <Link to={`/faq/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
