import type { RenderedCannedReply, TicketCategory, TicketPriority, TicketStatus } from "@helpdesk/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { cannedRepliesQuery, cannedReplyKeys, renderCannedReplyFor } from "../api/canned-replies.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "../../../components/fields.css";
import "./faq-link-picker.css";
import "./canned-reply-picker.css";

type Actions = RenderedCannedReply["actions"];

/** Alt+J opens the picker from anywhere on the ticket page. */
const isShortcut = (event: globalThis.KeyboardEvent) =>
  event.altKey && !event.ctrlKey && !event.metaKey && event.code === "KeyJ";

/**
 * In the agent's reply box: a button (or Alt+J) opens a search box over the team's canned replies,
 * an accessible combobox with a listbox (arrow keys, Enter, Escape). The chosen reply is filled in
 * for this ticket by the API (customer name, ticket number, FAQ links) and put in at the cursor;
 * the ticket changes it suggests are offered to apply, never applied unasked.
 */
export function CannedReplyPicker({
  ticketId,
  onInsert,
  onApply,
}: {
  ticketId: string;
  onInsert: (text: string) => void;
  /** Applies the suggested changes through the ticket's normal update (PATCH /tickets/{id}). */
  onApply: (change: { status?: TicketStatus; priority?: TicketPriority; category?: TicketCategory }) => void;
}) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [suggested, setSuggested] = useState<{ title: string; actions: Actions } | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const q = useDebouncedValue(text.trim(), 200);
  const replies = useQuery({ ...cannedRepliesQuery(q), enabled: open });
  const items = replies.data?.items ?? [];

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => inputRef.current?.focus());
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (open && replies.isSuccess)
      announce(
        items.length === 0 ? t("canned.picker.none") : t("canned.picker.found", { count: items.length }),
      );
  }, [open, replies.isSuccess, items.length, announce, t]);

  const close = () => {
    setOpen(false);
    setText("");
    setActive(0);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  const choose = async (index: number) => {
    const item = items[index];
    if (!item || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const rendered = await renderCannedReplyFor(ticketId, item.id);
      setOpen(false);
      setText("");
      setActive(0);
      onInsert(rendered.body);
      announce(t("canned.picker.inserted", { title: item.title }));
      const { status, priority, category } = rendered.actions;
      setSuggested(
        status || priority || category ? { title: item.title, actions: rendered.actions } : undefined,
      );
      void queryClient.invalidateQueries({ queryKey: cannedReplyKeys.all });
    } catch (error) {
      setFailure(t("canned.picker.failed", { detail: isApiError(error) ? (error.detail ?? "") : "" }));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((current) => Math.min(current + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === "Enter") {
      // Inside the reply form: Enter chooses, it never sends the reply.
      event.preventDefault();
      void choose(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const shown = Math.min(active, Math.max(items.length - 1, 0));
  const actionText = (actions: Actions) =>
    [
      actions.status ? `${t("canned.statusField")}: ${tt(`staffStatuses.${actions.status}`)}` : null,
      actions.priority ? `${t("canned.priorityField")}: ${tt(`priorities.${actions.priority}`)}` : null,
      actions.category ? `${t("canned.categoryField")}: ${tt(`categories.${actions.category}`)}` : null,
    ]
      .filter(Boolean)
      .join(", ");

  return (
    <div className="canned-picker">
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        aria-keyshortcuts="Alt+J"
        onClick={() => {
          if (open) close();
          else {
            setOpen(true);
            requestAnimationFrame(() => inputRef.current?.focus());
          }
        }}
      >
        {t("canned.picker.open")} <kbd>{t("canned.picker.shortcut")}</kbd>
      </button>
      {open ? (
        <div className="faq-link-picker canned-picker__panel" id={`${id}-panel`}>
          <label htmlFor={`${id}-q`} className="field__label">
            {t("canned.picker.label")}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t("canned.picker.hint")}
          </p>
          <input
            ref={inputRef}
            id={`${id}-q`}
            className="field__input"
            type="text"
            role="combobox"
            aria-expanded={items.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={items.length > 0 ? optionId(shown) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          {replies.isSuccess && items.length === 0 ? (
            <p className="field__hint">{t("canned.picker.none")}</p>
          ) : null}
          <div
            className="canned-picker__list"
            id={listId}
            role="listbox"
            aria-label={t("canned.picker.list")}
          >
            {items.map((item, index) => (
              // The combobox input keeps focus and handles the keys (aria-activedescendant).
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard path is the combobox input's arrows and Enter
              <div
                key={item.id}
                tabIndex={-1}
                id={optionId(index)}
                role="option"
                aria-selected={index === shown}
                className={
                  index === shown
                    ? "canned-picker__option canned-picker__option--active"
                    : "canned-picker__option"
                }
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void choose(index)}
              >
                {item.title}
              </div>
            ))}
          </div>
          {busy ? <p role="status">{t("canned.picker.inserting")}</p> : null}
        </div>
      ) : null}
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {suggested ? (
        <fieldset className="canned-picker__suggestion">
          <legend>{t("canned.picker.suggest", { title: suggested.title })}</legend>
          <p>{actionText(suggested.actions)}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const { status, priority, category } = suggested.actions;
              onApply({
                ...(status ? { status } : {}),
                ...(priority ? { priority } : {}),
                ...(category ? { category } : {}),
              });
              setSuggested(undefined);
            }}
          >
            {t("canned.picker.apply")}
          </button>{" "}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setSuggested(undefined)}
          >
            {t("canned.picker.dismiss")}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
