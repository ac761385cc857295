import { NotFoundPage } from "../../../app/shell/not-found-page.tsx";
import { EditArticlePage, NewArticlePage } from "./knowledge-base-article-page.tsx";
import { KnowledgeBaseCategoriesPage } from "./knowledge-base-categories-page.tsx";
import { KnowledgeBaseListPage } from "./knowledge-base-list-page.tsx";

/**
 * The knowledge-base editor, a chunk of its own loaded when opened: `path` is the part of the
 * address after `/agent/faqs` (`""`, `/new`, `/categories`, `/edit/<slug>`).
 */
export function KnowledgeBasePages({ path }: { path: string }) {
  if (path === "") return <KnowledgeBaseListPage />;
  if (path === "/new") return <NewArticlePage />;
  if (path === "/categories") return <KnowledgeBaseCategoriesPage />;
  const edit = /^\/edit\/([^/]+)$/.exec(path);
  if (edit?.[1]) {
    const slug = decodeURIComponent(edit[1]);
    return <EditArticlePage key={slug} slug={slug} />;
  }
  return <NotFoundPage />;
}
