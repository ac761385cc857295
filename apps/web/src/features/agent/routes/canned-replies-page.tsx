import {
  type CannedReply,
  createCannedReply,
  deleteCannedReply,
  getCannedReply,
  ticketCategories,
  ticketPriorities,
  ticketStatuses,
  updateCannedReply,
  updateCannedReplySchema,
} from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isApiError, request } from "../../../lib/api-client.ts";
import type { FieldIssue } from "../../../lib/forms/field-issues.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { cannedRepliesQuery, cannedReplyKeys } from "../api/canned-replies.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "../../../components/data-table.css";
import "./canned-replies-page.css";

const fields = ["title", "body", "actions.status", "actions.priority", "actions.category"] as const;
const placeholderNames = { name: "{{customer.name}}", number: "{{ticket.number}}", faq: "{{faq:<adres>}}" };

interface Draft {
  title: string;
  body: string;
  status: string;
  priority: string;
  category: string;
}
const emptyDraft: Draft = { title: "", body: "", status: "", priority: "", category: "" };
const draftOf = (reply: CannedReply): Draft => ({
  title: reply.title,
  body: reply.body,
  status: reply.actions.status ?? "",
  priority: reply.actions.priority ?? "",
  category: reply.actions.category ?? "",
});

/**
 * Admins curate the team's canned replies (`/agent/admin/canned-replies`): search, add, edit (refused
 * when someone saved since, then the newest version is shown) and delete. Everyone who works tickets
 * inserts them from the reply box.
 */
export function CannedRepliesPage() {
  const t = useMessages(agentMessages);
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 250);
  const replies = useQuery(cannedRepliesQuery(q));
  const [editing, setEditing] = useState<CannedReply | undefined>();
  return (
    <section className="page canned-replies">
      <PageHeading title={t("canned.title")} />
      <p className="lead">{t("canned.intro")}</p>
      <p>{t("canned.placeholders", placeholderNames)}</p>
      <CannedReplyForm
        key={editing ? `${editing.id}-${editing.updatedAt}` : "new"}
        editing={editing}
        onDone={() => setEditing(undefined)}
        onReload={setEditing}
      />
      <h2>{t("canned.listTitle")}</h2>
      <TextField
        id="canned-search"
        name="q"
        type="search"
        autoComplete="off"
        label={t("canned.search")}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {replies.isPending ? <p>{t("canned.loading")}</p> : null}
      {replies.isError ? <Notice>{t("canned.loadFailed")}</Notice> : null}
      {replies.data && replies.data.items.length === 0 ? (
        <p>{q ? t("canned.noneFound") : t("canned.none")}</p>
      ) : null}
      {replies.data && replies.data.items.length > 0 ? (
        <CannedReplyTable replies={replies.data.items} onEdit={setEditing} />
      ) : null}
    </section>
  );
}

function CannedReplyForm({
  editing,
  onDone,
  onReload,
}: {
  editing: CannedReply | undefined;
  onDone: () => void;
  onReload: (reply: CannedReply) => void;
}) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : emptyDraft);
  const [conflict, setConflict] = useState(false);
  const describe = (issue: FieldIssue) => {
    if (issue.code === "unknown_placeholder") return t("canned.unknownPlaceholder", placeholderNames);
    if (issue.code === "unknown_faq_article") return t("canned.unknownFaqArticle");
    if (issue.code === "unclosed_placeholder")
      return t("canned.unclosedPlaceholder", { example: "{{customer.name}}" });
    if (issue.path === "title") return t("canned.titleInvalid");
    if (issue.path === "body") return t("canned.bodyInvalid");
    return t("canned.invalid");
  };
  const form = useContractForm({
    schema: updateCannedReplySchema,
    fields,
    describe,
    describeFailure: () => t("canned.saveFailed"),
  });
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof updateCannedReplySchema.parse>) =>
      editing
        ? request(updateCannedReply, { params: { id: editing.id }, body })
        : request(createCannedReply, { body }),
  });
  // A double click saves once: the second click comes before the render that disables the button.
  const sending = useRef(false);
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const body = {
      title: draft.title,
      body: draft.body,
      actions: {
        status: draft.status || null,
        priority: draft.priority || null,
        category: draft.category || null,
      },
      ...(editing ? { expectedUpdatedAt: editing.updatedAt } : {}),
    };
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    setConflict(false);
    save.mutate(checked.data, {
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: (saved) => {
        announce(t(editing ? "canned.saved" : "canned.created", { title: saved.title }));
        setDraft(emptyDraft);
        void queryClient.invalidateQueries({ queryKey: cannedReplyKeys.all });
        onDone();
      },
      onError: async (error) => {
        if (editing && isApiError(error) && error.code === "edit_conflict") {
          const latest = await request(getCannedReply, { params: { id: editing.id } });
          onReload(latest);
          setConflict(true);
          return;
        }
        form.fail(error, body);
      },
    });
  };
  const options = (values: readonly string[], label: (value: string) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  return (
    <form
      ref={form.formRef}
      className="canned-replies__form"
      noValidate
      onSubmit={submit}
      aria-labelledby="canned-form-title"
    >
      <h2 id="canned-form-title">{editing ? t("canned.editTitle") : t("canned.createTitle")}</h2>
      {conflict ? <Notice>{t("canned.conflict")}</Notice> : null}
      {form.errors?.form ? (
        <FormAlert
          id="canned-error"
          ref={form.alertRef}
          title={t("canned.saveFailed")}
          message={form.errors.form}
        />
      ) : null}
      <TextField
        id="canned-title"
        name="title"
        autoComplete="off"
        label={t("canned.titleField")}
        value={draft.title}
        error={form.fieldError("title")}
        onChange={set("title")}
      />
      <TextAreaField
        id="canned-body"
        name="body"
        rows={8}
        label={t("canned.bodyField")}
        hint={t("canned.bodyHint")}
        value={draft.body}
        error={form.fieldError("body")}
        onChange={set("body")}
      />
      <fieldset className="canned-replies__actions">
        <legend className="field__label">{t("canned.actionsLegend")}</legend>
        <SelectField
          id="canned-status"
          name="status"
          label={t("canned.statusField")}
          placeholder={t("canned.unchanged")}
          value={draft.status}
          options={options(ticketStatuses, (value) =>
            tt(`staffStatuses.${value as (typeof ticketStatuses)[number]}`),
          )}
          error={form.fieldError("actions.status")}
          onChange={set("status")}
        />
        <SelectField
          id="canned-priority"
          name="priority"
          label={t("canned.priorityField")}
          placeholder={t("canned.unchanged")}
          value={draft.priority}
          options={options(ticketPriorities, (value) =>
            tt(`priorities.${value as (typeof ticketPriorities)[number]}`),
          )}
          error={form.fieldError("actions.priority")}
          onChange={set("priority")}
        />
        <SelectField
          id="canned-category"
          name="category"
          label={t("canned.categoryField")}
          placeholder={t("canned.unchanged")}
          value={draft.category}
          options={options(ticketCategories, (value) =>
            tt(`categories.${value as (typeof ticketCategories)[number]}`),
          )}
          error={form.fieldError("actions.category")}
          onChange={set("category")}
        />
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {editing ? t("canned.save") : t("canned.create")}
      </button>{" "}
      {editing ? (
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("canned.cancel")}
        </button>
      ) : null}
    </form>
  );
}

function CannedReplyTable({
  replies,
  onEdit,
}: {
  replies: CannedReply[];
  onEdit: (reply: CannedReply) => void;
}) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState(false);
  const remove = useMutation({
    mutationFn: (reply: CannedReply) => request(deleteCannedReply, { params: { id: reply.id } }),
    onSuccess: (_, reply) => {
      setFailed(false);
      announce(t("canned.deleted", { title: reply.title }));
      void queryClient.invalidateQueries({ queryKey: cannedReplyKeys.all });
    },
    onError: () => setFailed(true),
  });
  const suggests = (reply: CannedReply) =>
    [
      reply.actions.status ? tt(`staffStatuses.${reply.actions.status}`) : null,
      reply.actions.priority ? tt(`priorities.${reply.actions.priority}`) : null,
      reply.actions.category ? tt(`categories.${reply.actions.category}`) : null,
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <>
      {failed ? <Notice>{t("canned.deleteFailed")}</Notice> : null}
      <div className="data-table-wrap">
        <table className="data-table" aria-label={t("canned.listTitle")}>
          <thead>
            <tr>
              <th scope="col">{t("canned.columns.title")}</th>
              <th scope="col">{t("canned.columns.actions")}</th>
              <th scope="col">{t("canned.columns.usage")}</th>
              <th scope="col">{t("canned.columns.changed")}</th>
              <th scope="col">{t("canned.columns.manage")}</th>
            </tr>
          </thead>
          <tbody>
            {replies.map((reply) => (
              <tr key={reply.id}>
                <td>{reply.title}</td>
                <td>{suggests(reply) || "–"}</td>
                <td>{t("canned.usage", { count: reply.usageCount })}</td>
                <td>{formatDateTime(reply.updatedAt, language)}</td>
                <td className="canned-replies__manage">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t("canned.editLabel", { title: reply.title })}
                    onClick={() => onEdit(reply)}
                  >
                    {t("canned.edit")}
                  </button>{" "}
                  <button
                    type="button"
                    className="button button--danger button--small"
                    aria-label={t("canned.deleteLabel", { title: reply.title })}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t("canned.confirmDelete", { title: reply.title })))
                        remove.mutate(reply);
                    }}
                  >
                    {t("canned.delete")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
