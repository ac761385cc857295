import { useTranslation } from "../i18n/i18n.tsx";

export interface PageHeadingProps {
  /** The page's `<h1>`. */
  title: string;
  /** The browser tab's title, before " · Support Center"; defaults to `title`. */
  documentTitle?: string;
}

/**
 * The one `<h1>` of a page and the matching document title (React 19 hoists `<title>` into `<head>`).
 * The heading can take focus, so that after a client-side navigation focus moves to the new page's
 * heading and screen readers announce it (see `useFocusHeadingOnNavigate`).
 */
export function PageHeading({ title, documentTitle }: PageHeadingProps) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${documentTitle ?? title} · ${t("app.name")}`}</title>
      <h1 className="page-heading" tabIndex={-1}>
        {title}
      </h1>
    </>
  );
}
