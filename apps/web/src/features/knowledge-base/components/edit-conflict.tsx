import type { FaqArticle, UpdateFaqArticle } from "@helpdesk/contracts";
import { useEffect, useId, useRef } from "react";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { kbMessages } from "../i18n/kb.messages.ts";
import { type ArticleField, articleFields, draftOf, type FaqCategory } from "./article-draft.ts";
import "./edit-conflict.css";

const locales = { nl: "nl-NL", en: "en-GB" } as const;

/**
 * The API refused a save (409 `edit_conflict`): someone saved since this editor opened the article.
 * Both versions side by side, the fields that differ marked, and two deliberate ways on: keep theirs
 * (and go on editing from it), or save mine over theirs (sent with their `updatedAt`).
 */
export function EditConflict({
  current,
  submitted,
  categories,
  pending,
  onKeepTheirs,
  onOverwrite,
}: {
  current: FaqArticle;
  submitted: UpdateFaqArticle;
  categories: FaqCategory[];
  pending: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}) {
  const t = useMessages(kbMessages);
  const { language } = useLanguage();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const theirs = draftOf(current);
  const categoryName = (slug: string) => categories.find((category) => category.slug === slug)?.name ?? slug;
  const shown = (field: ArticleField, value: string | string[] | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (field === "categorySlug") return categoryName(String(value));
    if (field === "language") return t(`languages.${value as "nl" | "en"}`);
    if (field === "status") return t(`status.${value as "draft" | "published"}`);
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const labels: Record<ArticleField, string> = {
    title: t("editor.title"),
    slug: t("editor.slug"),
    categorySlug: t("editor.category"),
    language: t("editor.language"),
    status: t("editor.status"),
    keywords: t("editor.keywords"),
    body: t("editor.body"),
  };
  const saved = new Intl.DateTimeFormat(locales[language], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(current.updatedAt));

  const version = (which: "theirs" | "mine") => (
    <section
      className={`edit-conflict__version edit-conflict__version--${which}`}
      aria-labelledby={`${id}-${which}`}
    >
      <h3 id={`${id}-${which}`}>
        {which === "theirs" ? t("conflict.theirs", { date: saved }) : t("conflict.mine")}
      </h3>
      <dl>
        {articleFields.map((field) => {
          const theirValue = shown(field, theirs[field]);
          const mineValue = shown(field, submitted[field]);
          const differs = mineValue !== undefined && mineValue !== theirValue;
          const value = which === "theirs" ? theirValue : mineValue;
          return (
            <div
              key={field}
              className={
                differs ? "edit-conflict__field edit-conflict__field--differs" : "edit-conflict__field"
              }
            >
              <dt>{labels[field]}</dt>
              <dd className={field === "body" ? "edit-conflict__text" : undefined}>
                {value ?? <span className="edit-conflict__unchanged">{t("conflict.unchanged")}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );

  return (
    <section className="edit-conflict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t("conflict.title")}
      </h2>
      <p>{t("conflict.text")}</p>
      <div className="edit-conflict__versions">
        {version("theirs")}
        {version("mine")}
      </div>
      <div className="edit-conflict__choices">
        <div>
          <button type="button" className="button" onClick={onKeepTheirs} disabled={pending}>
            {t("conflict.keepTheirs")}
          </button>
          <p className="field__hint">{t("conflict.keepTheirsHint")}</p>
        </div>
        <div>
          <button type="button" className="button button--secondary" onClick={onOverwrite} disabled={pending}>
            {pending ? t("conflict.overwriting") : t("conflict.overwrite")}
          </button>
          <p className="field__hint">{t("conflict.overwriteHint")}</p>
        </div>
      </div>
    </section>
  );
}
