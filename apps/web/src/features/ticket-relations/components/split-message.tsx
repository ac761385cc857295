import { useState } from "react";
import { useNavigate } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { useSplitMessage } from "../api/ticket-relations.queries.ts";
import { ticketRelationsMessages } from "../i18n/ticket-relations.messages.ts";
import "./ticket-relations.css";

/** "Splitsen" under a later public message: it becomes a new ticket for the same customer. */
export function SplitMessage({ ticketId, messageId }: { ticketId: string; messageId: string }) {
  const t = useMessages(ticketRelationsMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const split = useSplitMessage(ticketId);
  const [confirming, setConfirming] = useState(false);

  if (!confirming)
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t("split.label")}
        onClick={() => setConfirming(true)}
      >
        {t("split.button")}
      </button>
    );
  return (
    <div className="relation-confirm">
      <p>{t("split.confirm")}</p>
      {split.isError ? (
        <FormAlert
          id={`split-error-${messageId}`}
          title={tt("errors.title")}
          message={t("split.failed", {
            detail: isApiError(split.error) ? (split.error.detail ?? "") : tt("errors.unexpected"),
          })}
        />
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={split.isPending || undefined}
          onClick={async () => {
            if (split.isPending) return;
            // Awaited rather than mutate's onSuccess: the refresh takes the message, and this
            // button with it, off the page, and a callback of an unmounted button never runs.
            const created = await split.mutateAsync(messageId).catch(() => null); // error shown above
            if (!created) return;
            announce(t("split.done", { number: created.number }));
            navigate(`/agent/tickets/${created.id}`);
          }}
        >
          {t("split.submit")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t("split.cancel")}
        </button>
      </p>
    </div>
  );
}
