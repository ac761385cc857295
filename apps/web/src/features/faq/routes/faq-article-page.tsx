import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useParams } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useTranslation } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { faqArticleQuery } from "../api/faq.queries.ts";
import { FaqMarkdown } from "../components/faq-markdown.tsx";
import { categoryAnchor } from "../components/faq-overview.tsx";
import "./faq-article-page.css";

const locales = { nl: "nl-NL", en: "en-GB" } as const;

/**
 * One FAQ article at its stable address, `/faq/:slug` (the link agents and e-mails use): the text
 * (Markdown rendered as elements, never as HTML), its category, when it was last updated, and a way
 * to ask the support team when it did not help. Loaded on demand. An address the article had
 * before (the API redirects it) is replaced by the current one.
 */
export function FaqArticlePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { slug = "" } = useParams();
  const article = useQuery(faqArticleQuery(slug));

  if (article.isPending) return <LoadingPage />;
  if (article.isError) {
    const notFound = isApiError(article.error) && article.error.status === 404;
    return (
      <div className="page">
        <PageHeading title={notFound ? t("faq.notFoundTitle") : t("error.title")} />
        <p className="lead">{notFound ? t("faq.notFoundText", { slug }) : t("faq.errorText")}</p>
        <p className="actions">
          <Link to="/">{t("faq.allArticles")}</Link>
          <Link to="/tickets/new" className="button">
            {t("home.askTitle")}
          </Link>
        </p>
      </div>
    );
  }

  if (article.data.slug !== slug)
    return <Navigate to={`/faq/${encodeURIComponent(article.data.slug)}`} replace />;

  const { title, body, category, updatedAt, translationOf, translations } = article.data;
  const updated = new Intl.DateTimeFormat(locales[language], { dateStyle: "long" }).format(
    new Date(updatedAt),
  );
  return (
    <div className="page faq-article">
      <nav aria-label={t("faq.breadcrumb")} className="faq-article__trail">
        <Link to="/">{t("faq.breadcrumb")}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/#${categoryAnchor(category.slug)}`}>{category.name}</Link>
      </nav>
      <article aria-label={title} lang={article.data.language}>
        <PageHeading title={title} />
        {translationOf ? (
          <p className="faq-article__translation" data-testid="faq-translation-note" lang={language}>
            {t("faq.translationNote", {
              language: t(`faq.languageAdjectives.${translationOf.language}`),
            })}{" "}
            <Link to={`/faq/${encodeURIComponent(translationOf.slug)}`} hrefLang={translationOf.language}>
              <span lang={translationOf.language}>{t("faq.original", { title: translationOf.title })}</span>
            </Link>
          </p>
        ) : null}
        {translations.length > 0 ? (
          <p className="faq-article__translation" lang={language}>
            {translations.map((translation) => (
              <span key={translation.slug}>
                {t("faq.alsoIn", { language: t(`faq.languageNames.${translation.language}`) })}{" "}
                <Link to={`/faq/${encodeURIComponent(translation.slug)}`} hrefLang={translation.language}>
                  <span lang={translation.language}>{translation.title}</span>
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <p className="faq-article__meta">
          <span>
            {t("faq.category")}: {category.name}
          </span>
          <time dateTime={updatedAt}>{t("faq.updated", { date: updated })}</time>
        </p>
        <div className="faq-article__body">
          <FaqMarkdown source={body} />
        </div>
      </article>
      <aside className="faq-article__help" aria-labelledby="faq-help-title">
        <h2 id="faq-help-title">{t("faq.helpTitle")}</h2>
        <p>{t("faq.helpText")}</p>
        <p>
          <Link to="/tickets/new" className="button button--accent">
            {t("home.askTitle")}
          </Link>
        </p>
      </aside>
    </div>
  );
}
