import { renameFaqCategorySchema } from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { Link } from "react-router";
import "../../../components/data-table.css";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { readFields, useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { faqCategoriesQuery, faqKeys } from "../../faq/api/faq.queries.ts";
import { kbActions } from "../api/knowledge-base.queries.ts";
import type { FaqCategory } from "../components/article-draft.ts";
import { kbMessages } from "../i18n/kb.messages.ts";
import "./knowledge-base.css";

/**
 * `/agent/faqs/categories` (admins and customer service): add, rename and order the FAQ's
 * categories. Up and down are buttons (keyboard first); focus stays on the moved category's button.
 */
export function KnowledgeBaseCategoriesPage() {
  const t = useMessages(kbMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const categories = useQuery(faqCategoriesQuery());
  const [problem, setProblem] = useState<string | undefined>();
  const order = useMutation({
    mutationFn: kbActions.orderCategories,
    onSuccess: (result) => {
      setProblem(undefined);
      queryClient.setQueryData(faqKeys.categories(), result);
    },
    onError: () => {
      setProblem(t("categories.failed"));
      void queryClient.invalidateQueries({ queryKey: faqKeys.categories() });
    },
  });

  if (categories.isPending) return <LoadingPage />;
  if (categories.isError) return <p role="alert">{t("categories.loadFailed")}</p>;
  const items = categories.data.items;

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const moved = items[index];
    if (!moved || target < 0 || target >= items.length || order.isPending) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(target, 0, moved);
    order.mutate(
      next.map((category) => category.slug),
      { onSuccess: () => announce(t("categories.moved", { name: moved.name, position: target + 1 })) },
    );
  };

  return (
    <div className="page page--wide knowledge-base">
      <p>
        <Link to="/agent/faqs">{t("categories.back")}</Link>
      </p>
      <PageHeading title={t("categories.title")} />
      <p className="lead">{t("categories.purpose")}</p>
      {problem ? <p role="alert">{problem}</p> : null}
      <div className="data-table-wrap">
        <table className="data-table knowledge-base__categories">
          <caption className="visually-hidden">{t("categories.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t("categories.position")}
              </th>
              <th scope="col">{t("categories.name")}</th>
              <th scope="col">{t("categories.order")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((category, index) => (
              <tr key={category.slug}>
                <td className="number">{index + 1}</td>
                <td>
                  <RenameForm category={category} />
                </td>
                <td>
                  <div className="knowledge-base__order">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={index === 0 || order.isPending || undefined}
                      onClick={() => move(index, -1)}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t("categories.up")}
                      <span className="visually-hidden">: {category.name}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={index === items.length - 1 || order.isPending || undefined}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t("categories.down")}
                      <span className="visually-hidden">: {category.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddCategoryForm />
    </div>
  );
}

/**
 * A category-name form (add or rename): checked with `renameFaqCategorySchema` (the name, as both
 * requests take it), sent once on a double click; a name in use already (409) is said at the field.
 */
function useCategoryNameForm(
  send: (name: string) => Promise<FaqCategory>,
  done: (category: FaqCategory, form: HTMLFormElement) => void,
) {
  const t = useMessages(kbMessages);
  const id = useId();
  const queryClient = useQueryClient();
  const sending = useRef(false);
  const form = useContractForm({
    schema: renameFaqCategorySchema,
    fields: ["name"],
    describe: () => t("categories.invalid"),
    describeFailure: () => t("categories.failed"),
  });
  const save = useMutation({
    mutationFn: send,
    onSettled: () => {
      sending.current = false;
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const target = event.currentTarget;
    const body = readFields(target, ["name"] as const);
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    save.mutate(checked.data.name, {
      onSuccess: (category) => {
        done(category, target);
        void queryClient.invalidateQueries({ queryKey: faqKeys.all });
      },
      onError: (error) =>
        isApiError(error) && error.status === 409
          ? form.show({ fields: { name: t("categories.taken") } })
          : form.fail(error, body),
    });
  };
  const alert = form.errors?.form ? (
    <FormAlert
      id={`${id}-error`}
      ref={form.alertRef}
      title={t("categories.failed")}
      message={form.errors.form}
    />
  ) : null;
  return { t, id, form, submit, alert, pending: save.isPending };
}

/** One category's name, changed in place; its slug (the home page's anchor) stays. */
function RenameForm({ category }: { category: FaqCategory }) {
  const announce = useAnnounce();
  const { t, id, form, submit, alert, pending } = useCategoryNameForm(
    (name) => kbActions.renameCategory(category.slug, name),
    (renamed) => announce(t("categories.renamed", { name: renamed.name })),
  );
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="knowledge-base__rename">
      {alert}
      <TextField
        id={`${id}-name`}
        name="name"
        label={t("categories.nameOf", { name: category.name })}
        defaultValue={category.name}
        maxLength={80}
        error={form.fieldError("name")}
      />
      <button type="submit" className="button button--secondary button--small" disabled={pending}>
        {t("categories.rename")}
        <span className="visually-hidden">: {category.name}</span>
      </button>
    </form>
  );
}

/** A new category, shown last. */
function AddCategoryForm() {
  const announce = useAnnounce();
  const { t, id, form, submit, alert, pending } = useCategoryNameForm(
    kbActions.createCategory,
    (created, target) => {
      target.reset();
      announce(t("categories.added", { name: created.name }));
    },
  );
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("categories.addTitle")}</h2>
      {alert}
      <TextField
        id={`${id}-name`}
        name="name"
        label={t("categories.name")}
        maxLength={80}
        error={form.fieldError("name")}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("categories.adding") : t("categories.add")}
      </button>
    </form>
  );
}
