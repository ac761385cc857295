import { createFaqSynonymGroupSchema } from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { kbActions, kbKeys, synonymsQuery } from "../api/knowledge-base.queries.ts";
import { kbMessages } from "../i18n/kb.messages.ts";
import { keywordList } from "./article-draft.ts";

const termAlias = Object.fromEntries(Array.from({ length: 31 }, (_, index) => [`terms.${index}`, "terms"]));

/**
 * The synonym groups the suggestions expand (one list for the whole FAQ): add a group of words that
 * mean the same, or remove one.
 */
export function SynonymsPanel() {
  const t = useMessages(kbMessages);
  const id = useId();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const groups = useQuery(synonymsQuery());
  const [terms, setTerms] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const sending = useRef(false);
  const form = useContractForm({
    schema: createFaqSynonymGroupSchema,
    fields: ["terms"],
    alias: termAlias,
    describe: () => t("synonyms.invalid"),
    describeFailure: () => t("synonyms.failed"),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: kbKeys.synonyms() });
  const add = useMutation({
    mutationFn: kbActions.addSynonyms,
    onSettled: () => {
      sending.current = false;
    },
  });
  const remove = useMutation({
    mutationFn: kbActions.removeSynonyms,
    onSuccess: () => {
      setProblem(undefined);
      announce(t("synonyms.removed"));
      void refresh();
    },
    onError: () => setProblem(t("synonyms.failed")),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const body = { terms: keywordList(terms) };
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    add.mutate(checked.data.terms, {
      onSuccess: () => {
        setTerms("");
        announce(t("synonyms.added"));
        void refresh();
      },
      onError: (error) => form.fail(error, body),
    });
  };

  return (
    <section className="panel synonyms-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("synonyms.title")}</h2>
      <p>{t("synonyms.purpose")}</p>
      {problem ? <p role="alert">{problem}</p> : null}
      {groups.isSuccess && groups.data.items.length === 0 ? <p>{t("synonyms.none")}</p> : null}
      {groups.isSuccess && groups.data.items.length > 0 ? (
        <details>
          <summary>{t("synonyms.count", { count: groups.data.items.length })}</summary>
          <ul className="synonyms-panel__list" aria-label={t("synonyms.caption")}>
            {groups.data.items.map((group) => (
              <li key={group.id}>
                <span>{group.terms.join(", ")}</span>
                <button
                  type="button"
                  className="link-button"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(group.id)}
                >
                  {t("synonyms.remove")}
                  <span className="visually-hidden">: {group.terms.join(", ")}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <form ref={form.formRef} noValidate onSubmit={submit} aria-label={t("synonyms.terms")}>
        {form.errors?.form ? (
          <FormAlert
            id={`${id}-error`}
            ref={form.alertRef}
            title={t("synonyms.failed")}
            message={form.errors.form}
          />
        ) : null}
        <TextField
          id={`${id}-terms`}
          name="terms"
          label={t("synonyms.terms")}
          hint={t("synonyms.termsHint")}
          value={terms}
          onChange={(event) => setTerms(event.target.value)}
          autoComplete="off"
          error={form.fieldError("terms")}
        />
        <button type="submit" className="button button--secondary" disabled={add.isPending}>
          {add.isPending ? t("synonyms.adding") : t("synonyms.add")}
        </button>
      </form>
    </section>
  );
}
