import { createMessageSchema } from "@helpdesk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { ChoiceGroup, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { ticketKeys, useAddMessage } from "../api/tickets.queries.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { StagedFileField } from "./staged-file-field.tsx";
import { ticketWording } from "./ticket-form-wording.ts";
import { stagedFileLimits, useStagedFiles } from "./use-staged-files.ts";
import "./reply-form.css";

export interface ReplyFormProps {
  ticketId: string;
  /** Staff: choose between a reply to the customer and an internal note. */
  internalChoice?: { legend: string; reply: string; note: string };
  /** Overrides of the default (customer) wording. */
  labels?: { title?: string; field?: string; submit?: string; sent?: string; note?: string };
  /** After the message is posted with its files; `followUp` when it started a new ticket. */
  onSent?: (result: { followUp: { id: string; number: string } | null }) => void;
  /** Extra tools below the message field (staff: an FAQ link picker); `insert` puts text at the cursor. */
  tools?: (insert: (text: string) => void) => ReactNode;
  /**
   * Staff: the thread's newest message now. The one seen when the writer started is sent along, so
   * a reply that crosses another (a colleague's, the customer's) is refused until it has been read.
   */
  lastMessageId?: string | null;
  /** Each keystroke in the message (staff: "typing" for colleagues on the ticket). */
  onTyping?: () => void;
}

/**
 * A reply with optional files. Each file is uploaded as soon as it is chosen, with a progress bar;
 * the reply then carries their tokens, so message and files are saved together or not at all.
 */
export function ReplyForm({
  ticketId,
  internalChoice,
  labels = {},
  onSent,
  tools,
  lastMessageId,
  onTyping,
}: ReplyFormProps) {
  const t = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const id = useId();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  /** The newest message when this draft was started (undefined: no draft, or no check). */
  const [seenLastMessageId, setSeenLastMessageId] = useState<string | null | undefined>(undefined);
  const crossed = seenLastMessageId !== undefined && seenLastMessageId !== lastMessageId;
  const form = useContractForm({ schema: createMessageSchema, fields: ["body"], ...ticketWording(t) });
  const files = useStagedFiles({ onUploaded: (name) => announce(t("ticket.uploaded", { name })) });
  const textRef = useRef<HTMLTextAreaElement>(null);
  const addMessage = useAddMessage(ticketId);
  const queryClient = useQueryClient();
  const busy = addMessage.isPending;
  const filesId = `${id}-files`;

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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (files.uploading) return form.show({ fields: { files: t("ticket.waitForUploads") } });
    const sent = files.tokens;
    const expected =
      lastMessageId === undefined ? {} : { expectedLastMessageId: seenLastMessageId ?? lastMessageId };
    const draft = { body, internal, ...(sent.length > 0 ? { attachments: sent } : {}), ...expected };
    const checked = form.check(draft);
    if (!checked.ok) return;
    try {
      const result = await addMessage.mutateAsync(checked.data);
      setBody("");
      setSeenLastMessageId(undefined);
      setInternal(false);
      files.clear();
      announce(labels.sent ?? t("ticket.sent"));
      onSent?.({ followUp: result.followUp });
    } catch (failure) {
      if (files.refusedBy(failure, sent)) return form.show({ fields: { files: t("ticket.chooseAgain") } });
      // Told to read the new message first: it is loaded, and the next send is against the page then.
      if (isApiError(failure) && failure.code === "reply_crossed") {
        setSeenLastMessageId(undefined);
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      }
      form.fail(failure, draft);
    }
  };

  return (
    <form
      ref={form.formRef}
      className="form reply-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{labels.title ?? t("ticket.replyTitle")}</h2>
      {form.errors?.form ? (
        <FormAlert
          id={`${id}-alert`}
          ref={form.alertRef}
          title={t("errors.title")}
          message={form.errors.form}
        />
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
        onChange={(event) => {
          if (body === "" && lastMessageId !== undefined) setSeenLastMessageId(lastMessageId);
          setBody(event.target.value);
          onTyping?.();
        }}
        error={form.fieldError("body")}
      />
      {tools ? tools(insert) : null}
      <StagedFileField
        id={filesId}
        label={t("ticket.attachLabel")}
        hint={t("ticket.attachHint", stagedFileLimits)}
        files={files}
        error={form.fieldError("files")}
      />
      {crossed && !form.errors?.form ? (
        <p className="reply-form__crossed" role="status">
          {t("ticket.newSinceDraft")}
        </p>
      ) : null}
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={busy || files.uploading || undefined}>
          {busy ? t("ticket.sending") : (labels.submit ?? t("ticket.send"))}
        </button>
      </p>
    </form>
  );
}
