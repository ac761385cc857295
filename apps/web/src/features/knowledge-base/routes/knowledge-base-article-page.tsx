import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { faqCategoriesQuery } from "../../faq/api/faq.queries.ts";
import { editorArticleQuery, kbKeys } from "../api/knowledge-base.queries.ts";
import { ArticleEditor } from "../components/article-editor.tsx";
import { SynonymsPanel } from "../components/synonyms-panel.tsx";
import { kbMessages } from "../i18n/kb.messages.ts";
import "./knowledge-base.css";

const publicUrl = () => `${window.location.origin}/faq/`;

/** `/agent/faqs/new`: a new article (a draft unless published at once). */
export function NewArticlePage() {
  const t = useMessages(kbMessages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categories = useQuery(faqCategoriesQuery());
  if (categories.isPending) return <LoadingPage />;
  if (categories.isError) return <p role="alert">{t("editor.loadFailed")}</p>;
  return (
    <div className="page page--wide knowledge-base">
      <p>
        <Link to="/agent/faqs">{t("editor.back")}</Link>
      </p>
      <PageHeading title={t("editor.newTitle")} />
      <ArticleEditor
        categories={categories.data.items}
        publicUrl={publicUrl()}
        onSaved={(saved) => {
          queryClient.setQueryData(kbKeys.article(saved.slug), saved);
          void navigate(`/agent/faqs/edit/${encodeURIComponent(saved.slug)}`, { state: { created: true } });
        }}
      />
      <SynonymsPanel />
    </div>
  );
}

/**
 * `/agent/faqs/edit/:slug`: change an article. An old slug (the API redirects it) opens the article
 * at its current address; after the slug is changed here, the address follows.
 */
export function EditArticlePage({ slug }: { slug: string }) {
  const t = useMessages(kbMessages);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const article = useQuery(editorArticleQuery(slug));
  const categories = useQuery(faqCategoriesQuery());
  if (article.isPending || categories.isPending) return <LoadingPage />;
  if (article.isError || categories.isError) {
    const notFound = isApiError(article.error) && article.error.status === 404;
    return (
      <div className="page">
        <PageHeading title={t("editor.editTitle")} />
        <p role="alert">{notFound ? t("editor.notFound") : t("editor.loadFailed")}</p>
        <p>
          <Link to="/agent/faqs">{t("editor.back")}</Link>
        </p>
      </div>
    );
  }
  // An old address: the API answered with the article where it lives now.
  if (article.data.slug !== slug)
    return <Navigate to={`/agent/faqs/edit/${encodeURIComponent(article.data.slug)}`} replace />;
  const created = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <div className="page page--wide knowledge-base">
      <p>
        <Link to="/agent/faqs">{t("editor.back")}</Link>
        {article.data.status === "published" ? (
          <>
            {" · "}
            <a href={`/faq/${encodeURIComponent(article.data.slug)}`} target="_blank" rel="noreferrer">
              {t("editor.viewPublic")}
            </a>
          </>
        ) : null}
      </p>
      <PageHeading title={t("editor.editTitle")} documentTitle={article.data.title} />
      {created ? <Notice tone="success">{t("editor.created")}</Notice> : null}
      <ArticleEditor
        key={article.data.id}
        article={article.data}
        categories={categories.data.items}
        publicUrl={publicUrl()}
        onSaved={(saved) => {
          queryClient.setQueryData(kbKeys.article(saved.slug), saved);
          if (saved.slug !== slug)
            void navigate(`/agent/faqs/edit/${encodeURIComponent(saved.slug)}`, { replace: true });
        }}
      />
      <SynonymsPanel />
    </div>
  );
}
