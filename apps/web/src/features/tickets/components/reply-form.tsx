import { createMessageSchema } from "@helpdesk/contracts";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { ChoiceGroup, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useAddMessage, useUploadAttachment } from "../api/tickets.queries.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { describeTicketIssue, generalError } from "./ticket-form-errors.ts";

const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface Upload {
  name: string;
  /** 0..1, or undefined while the browser reports none. */
  progress: number | undefined;
  state: "uploading" | "done" | "failed";
  error?: string;
}

export interface ReplyFormProps {
  ticketId: string;
  /** Staff: choose between a reply to the customer and an internal note. */
  internalChoice?: { legend: string; reply: string; note: string };
  /** Overrides of the default (customer) wording. */
  labels?: { title?: string; field?: string; submit?: string; sent?: string; note?: string };
  /** After the message is posted (and its files uploaded); `followUp` when it started a new ticket. */
  onSent?: (result: { followUp: { id: string; number: string } | null }) => void;
  /** Extra tools below the message field (staff: an FAQ link picker); `insert` puts text at the cursor. */
  tools?: (insert: (text: string) => void) => ReactNode;
}

/**
 * A reply with optional files. The message is posted first; then each file is uploaded to it, one at
 * a time, with a progress bar (XMLHttpRequest reports progress; elsewhere the bar fills when done).
 */
export function ReplyForm({ ticketId, internalChoice, labels = {}, onSent, tools }: ReplyFormProps) {
  const t = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const id = useId();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<{ field?: string; form?: string } | undefined>();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const addMessage = useAddMessage(ticketId);
  const uploadFile = useUploadAttachment();
  const [busy, setBusy] = useState(false);

  /** Puts `text` at the cursor (on a line of its own), then leaves the cursor after it. */
  const insert = (text: string) => {
    const field = textRef.current;
    const start = field?.selectionStart ?? body.length;
    const end = field?.selectionEnd ?? body.length;
    const before = body.slice(0, start);
    const after = body.slice(end);
    const lead = before === "" || before.endsWith("\n") ? "" : "\n";
    const trail = after === "" || after.startsWith("\n") ? "" : "\n";
    const next = `${before}${lead}${text}${trail}${after}`;
    const caret = before.length + lead.length + text.length;
    setBody(next);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(caret, caret);
    });
  };

  const reasonOf = (failure: unknown) => {
    if (isApiError(failure) && failure.status === 413) return t("ticket.tooLarge");
    if (isApiError(failure) && failure.status === 415) return t("ticket.unsupported");
    return generalError(t, failure);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = createMessageSchema.safeParse({ body, internal });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setError({ field: describeTicketIssue(t, "message", issue ?? { code: "too_small" }, body) });
      textRef.current?.focus();
      return;
    }
    const files = [...(fileRef.current?.files ?? [])];
    setError(undefined);
    setBusy(true);
    try {
      const result = await addMessage.mutateAsync(checked.data);
      const target = result.followUp?.id ?? ticketId;
      const tracked: Upload[] = files.map((file) => ({ name: file.name, progress: 0, state: "uploading" }));
      setUploads(tracked);
      const update = (index: number, patch: Partial<Upload>) =>
        setUploads((previous) => previous.map((item, at) => (at === index ? { ...item, ...patch } : item)));
      for (const [index, file] of files.entries()) {
        if (file.size > MAX_FILE_BYTES) {
          update(index, { state: "failed", error: t("ticket.tooLarge") });
          continue;
        }
        try {
          await uploadFile.mutateAsync({
            ticketId: target,
            file,
            messageId: result.message.id,
            onProgress: (progress) => update(index, { progress }),
          });
          update(index, { state: "done", progress: 1 });
          announce(t("ticket.uploaded", { name: file.name }));
        } catch (failure) {
          update(index, { state: "failed", error: reasonOf(failure) });
        }
      }
      setBody("");
      setInternal(false);
      if (fileRef.current) fileRef.current.value = "";
      announce(labels.sent ?? t("ticket.sent"));
      onSent?.({ followUp: result.followUp });
    } catch (failure) {
      setError({ form: generalError(t, failure) });
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form reply-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{labels.title ?? t("ticket.replyTitle")}</h2>
      {error?.form ? (
        <FormAlert id={`${id}-alert`} ref={alertRef} title={t("errors.title")} message={error.form} />
      ) : null}
      {internalChoice ? (
        <ChoiceGroup
          id={`${id}-kind`}
          name="internal"
          legend={internalChoice.legend}
          options={[
            { value: "reply", label: internalChoice.reply },
            { value: "note", label: internalChoice.note },
          ]}
          value={internal ? "note" : "reply"}
          onChange={(value) => setInternal(value === "note")}
        />
      ) : null}
      <TextAreaField
        ref={textRef}
        id={`${id}-body`}
        name="body"
        rows={5}
        label={internal && labels.note ? labels.note : (labels.field ?? t("ticket.replyLabel"))}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={error?.field}
      />
      {tools ? tools(insert) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-files`}>
          {t("ticket.attachLabel")}
        </label>
        <p className="field__hint" id={`${id}-files-hint`}>
          {t("ticket.attachHint")}
        </p>
        <input
          ref={fileRef}
          id={`${id}-files`}
          name="files"
          type="file"
          multiple
          className="file-input"
          aria-describedby={`${id}-files-hint`}
        />
      </div>
      {uploads.length > 0 ? (
        <ul className="uploads">
          {uploads.map((item) => (
            <li key={item.name} className={`upload upload--${item.state}`}>
              {item.state === "failed" ? (
                <span className="field__error">
                  {t("ticket.uploadFailed", { name: item.name, reason: item.error ?? "" })}
                </span>
              ) : (
                <>
                  <label htmlFor={`${id}-${item.name}`}>
                    {item.state === "done"
                      ? t("ticket.uploaded", { name: item.name })
                      : t("ticket.uploading", { name: item.name })}
                  </label>
                  <progress id={`${id}-${item.name}`} max={1} value={item.progress ?? 0} />
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t("ticket.sending") : (labels.submit ?? t("ticket.send"))}
        </button>
      </p>
    </form>
  );
}
