import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useLanguage, useTranslation } from "../../../i18n/i18n.tsx";
import { faqPopularQuery } from "../api/faq.queries.ts";
import "./popular-articles.css";

/**
 * The home page's most used FAQ articles, with their topic. A shortcut, not the FAQ itself: while
 * it loads, or when it cannot be loaded, the section stays away (the full list below reports that).
 */
export function PopularArticles() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const popular = useQuery(faqPopularQuery(language));
  if (!popular.data || popular.data.items.length === 0) return null;
  return (
    <section className="page popular-articles" aria-labelledby="home-popular">
      <h2 id="home-popular">{t("home.popularTitle")}</h2>
      <ol className="popular-articles__list">
        {popular.data.items.map((article) => (
          <li key={article.id} className="popular-articles__item">
            <Link to={`/faq/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
            <span className="popular-articles__topic">{article.category.name}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
