import {
  createFaqArticleSchema,
  type FaqArticle,
  faqArticleSchema,
  languageSchema,
  type UpdateFaqArticle,
  updateFaqArticleSchema,
} from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { FaqMarkdown } from "../../faq/components/faq-markdown.tsx";
import { kbActions, kbKeys } from "../api/knowledge-base.queries.ts";
import { kbMessages } from "../i18n/kb.messages.ts";
import {
  type ArticleDraft,
  articleFields,
  bodyOf,
  draftOf,
  emptyDraft,
  type FaqCategory,
} from "./article-draft.ts";
import { describeArticleIssue } from "./article-wording.ts";
import { EditConflict } from "./edit-conflict.tsx";
import "../../faq/routes/faq-article-page.css";
import "./article-editor.css";

// Errors at `keywords.3` are shown at the keywords field.
const keywordAlias = Object.fromEntries(
  Array.from({ length: 41 }, (_, index) => [`keywords.${index}`, "keywords"]),
);

interface Conflict {
  current: FaqArticle;
  submitted: UpdateFaqArticle;
}

/**
 * Writes a new article (`POST /faqs`) or changes one (`PATCH /faqs/:slug` with the version it
 * opened, `expectedUpdatedAt`). Beside the Markdown, a live preview rendered by the public page's own
 * renderer. When someone else saved in between, the API refuses (409) and the editor shows both
 * versions with a deliberate choice; nothing is overwritten silently.
 */
export function ArticleEditor({
  article,
  categories,
  publicUrl,
  onSaved,
}: {
  article?: FaqArticle | undefined;
  categories: FaqCategory[];
  /** Where articles live for customers, e.g. `https://support.example.nl/faq/`. */
  publicUrl: string;
  onSaved: (saved: FaqArticle, created: boolean) => void;
}) {
  const t = useMessages(kbMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState<ArticleDraft>(() =>
    article ? draftOf(article) : emptyDraft(categories[0]?.slug),
  );
  // The version this editor works on: the one it opened, or the last one it saved or took over.
  const [base, setBase] = useState(() =>
    article ? { slug: article.slug, updatedAt: article.updatedAt } : undefined,
  );
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [saved, setSaved] = useState(false);
  const sending = useRef(false);
  const form = useContractForm({
    schema: base ? updateFaqArticleSchema : createFaqArticleSchema,
    fields: articleFields,
    alias: keywordAlias,
    describe: (issue) => describeArticleIssue(t, issue),
    describeFailure: () => t("editor.failed"),
  });

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf> | UpdateFaqArticle) =>
      base
        ? kbActions.update(base.slug, { ...body, expectedUpdatedAt: base.updatedAt } as UpdateFaqArticle)
        : kbActions.create(body as ReturnType<typeof bodyOf>),
    onSettled: () => {
      sending.current = false;
    },
    onSuccess: (result) => {
      setBase({ slug: result.slug, updatedAt: result.updatedAt });
      setDraft(draftOf(result));
      setConflict(undefined);
      setSaved(true);
      announce(base ? t("editor.saved") : t("editor.created"));
      void queryClient.invalidateQueries({ queryKey: kbKeys.all });
      onSaved(result, !base);
    },
  });

  const send = (body: ReturnType<typeof bodyOf> | UpdateFaqArticle, shown: unknown) => {
    sending.current = true;
    setSaved(false);
    save.mutate(body, {
      onError: (error) => {
        if (isApiError(error) && error.code === "edit_conflict" && error.conflict) {
          const current = faqArticleSchema.safeParse(error.conflict.current);
          if (current.success) {
            setConflict({ current: current.data, submitted: body as UpdateFaqArticle });
            return;
          }
        }
        // A slug in use (or once used) by another article: the API names the field, or (a new
        // article's slug made from its title) the database refuses the duplicate.
        if (isApiError(error) && error.status === 409)
          return form.show({ fields: { slug: t("editor.slugTaken") } });
        form.fail(error, shown);
      },
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double click saves once: a ref, because the second click comes before the render that
    // disables the button.
    if (sending.current) return;
    const body = bodyOf(draft);
    const checked = form.check(body);
    if (!checked.ok) return;
    send(checked.data, body);
  };

  const set = (field: keyof ArticleDraft) => (event: { target: { value: string } }) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  };

  if (conflict) {
    return (
      <EditConflict
        current={conflict.current}
        submitted={conflict.submitted}
        categories={categories}
        pending={save.isPending}
        onKeepTheirs={() => {
          setBase({ slug: conflict.current.slug, updatedAt: conflict.current.updatedAt });
          setDraft(draftOf(conflict.current));
          setConflict(undefined);
        }}
        onOverwrite={() => {
          if (sending.current) return;
          // Deliberately over their version: the version to replace is now theirs.
          setBase({ slug: conflict.current.slug, updatedAt: conflict.current.updatedAt });
          sending.current = true;
          save.mutate(
            { ...conflict.submitted, expectedUpdatedAt: conflict.current.updatedAt },
            { onError: (error) => form.fail(error, conflict.submitted) },
          );
        }}
      />
    );
  }

  const slugShown = base?.slug ?? draft.slug.trim();
  return (
    <div className="article-editor">
      <form
        ref={form.formRef}
        noValidate
        onSubmit={submit}
        className="article-editor__form"
        aria-labelledby={`${id}-title`}
      >
        <h2 id={`${id}-title`} className="visually-hidden">
          {base ? t("editor.editTitle") : t("editor.newTitle")}
        </h2>
        {form.errors?.form ? (
          <FormAlert
            id={`${id}-error`}
            ref={form.alertRef}
            title={t("editor.failed")}
            message={form.errors.form}
          />
        ) : null}
        <TextField
          id={`${id}-field-title`}
          name="title"
          label={t("editor.title")}
          value={draft.title}
          onChange={set("title")}
          maxLength={200}
          error={form.fieldError("title")}
        />
        <TextField
          id={`${id}-field-slug`}
          name="slug"
          label={t("editor.slug")}
          hint={base ? t("editor.slugHintEdit") : t("editor.slugHintNew")}
          value={draft.slug}
          onChange={set("slug")}
          maxLength={120}
          autoComplete="off"
          spellCheck={false}
          error={form.fieldError("slug")}
        />
        {slugShown ? (
          <p className="article-editor__address">
            {t("editor.address")} <code>{`${publicUrl}${slugShown}`}</code>
          </p>
        ) : null}
        <div className="article-editor__row">
          <SelectField
            id={`${id}-field-category`}
            name="categorySlug"
            label={t("editor.category")}
            value={draft.categorySlug}
            onChange={set("categorySlug")}
            placeholder={t("editor.chooseCategory")}
            options={categories.map((category) => ({ value: category.slug, label: category.name }))}
            error={form.fieldError("categorySlug")}
          />
          <SelectField
            id={`${id}-field-language`}
            name="language"
            label={t("editor.language")}
            value={draft.language}
            onChange={set("language")}
            options={languageSchema.options.map((language) => ({
              value: language,
              label: t(`languages.${language}`),
            }))}
            error={form.fieldError("language")}
          />
          <SelectField
            id={`${id}-field-status`}
            name="status"
            label={t("editor.status")}
            value={draft.status}
            onChange={set("status")}
            options={(["draft", "published"] as const).map((status) => ({
              value: status,
              label: t(`status.${status}`),
            }))}
            error={form.fieldError("status")}
          />
        </div>
        <TextField
          id={`${id}-field-keywords`}
          name="keywords"
          label={t("editor.keywords")}
          hint={t("editor.keywordsHint")}
          value={draft.keywords}
          onChange={set("keywords")}
          error={form.fieldError("keywords")}
        />
        <TextAreaField
          id={`${id}-field-body`}
          name="body"
          label={t("editor.body")}
          hint={t("editor.bodyHint")}
          value={draft.body}
          onChange={set("body")}
          rows={16}
          maxLength={50_000}
          error={form.fieldError("body")}
        />
        {saved ? <Notice tone="success">{t("editor.saved")}</Notice> : null}
        <p className="actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t("editor.saving") : t("editor.save")}
          </button>
        </p>
      </form>
      <section className="article-editor__preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t("editor.preview")}</h2>
        <div className="article-editor__page" lang={draft.language}>
          <p className="article-editor__page-title">{draft.title}</p>
          <div className="faq-article__body">
            {draft.body.trim() ? (
              <FaqMarkdown source={draft.body} />
            ) : (
              <p className="article-editor__empty">{t("editor.previewEmpty")}</p>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
