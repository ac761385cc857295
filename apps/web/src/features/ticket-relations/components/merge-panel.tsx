import type { TicketView } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { mergeCandidatesQuery, useMergeTicket } from "../api/ticket-relations.queries.ts";
import { ticketRelationsMessages } from "../i18n/ticket-relations.messages.ts";
import "./ticket-relations.css";

type StaffTicket = Extract<TicketView, { view: "staff" }>;

/**
 * "Samenvoegen": choose another open ticket of the same customer, read what will happen, confirm.
 * Afterwards the page moves to the ticket merged into, where the whole thread now is.
 */
export function MergePanel({ ticket }: { ticket: StaffTicket }) {
  const t = useMessages(ticketRelationsMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const customerId = ticket.requester.customerId;
  const candidates = useQuery({
    ...mergeCandidatesQuery(customerId ?? "", ticket.id),
    enabled: customerId !== null,
  });
  const merge = useMergeTicket(ticket.id);
  const [targetId, setTargetId] = useState("");
  const [reviewing, setReviewing] = useState(false);
  const target = candidates.data?.find((candidate) => candidate.id === targetId);

  const submit = async () => {
    if (!target || merge.isPending) return;
    // Awaited rather than mutate's onSuccess: the refresh after a merge closes this ticket, which
    // takes this panel off the page, and a callback of an unmounted panel never runs.
    const merged = await merge.mutateAsync(target.id).then(
      () => true,
      () => false, // the panel shows the error
    );
    if (!merged) return;
    announce(t("merge.done", { target: target.number }));
    navigate(`/agent/tickets/${target.id}`);
  };

  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t("merge.title")}</h2>
      {customerId === null ? (
        <p>{t("merge.noCustomer")}</p>
      ) : candidates.data && candidates.data.length === 0 ? (
        <p>{t("merge.none")}</p>
      ) : (
        <>
          <p>{t("merge.purpose")}</p>
          <SelectField
            id="merge-target"
            name="targetTicketId"
            label={t("merge.target")}
            placeholder={t("merge.choose")}
            value={targetId}
            onChange={(event) => {
              setTargetId(event.target.value);
              setReviewing(false);
              merge.reset();
            }}
            options={(candidates.data ?? []).map((candidate) => ({
              value: candidate.id,
              label: `${candidate.number} · ${candidate.subject} (${tt(`staffStatuses.${candidate.status}`)})`,
            }))}
          />
          {target && !reviewing ? (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setReviewing(true)}>
                {t("merge.review")}
              </button>
            </p>
          ) : null}
        </>
      )}
      {target && reviewing ? (
        <div className="relation-confirm">
          <h3 id="merge-confirm-title">{t("merge.confirmTitle")}</h3>
          <ul>
            <li>{t("merge.confirm1", { source: ticket.number, target: target.number })}</li>
            <li>{t("merge.confirm2", { target: target.number })}</li>
            <li>{t("merge.confirm3")}</li>
          </ul>
          {merge.isError ? (
            <FormAlert
              id="merge-error"
              title={tt("errors.title")}
              message={t("merge.failed", {
                detail: isApiError(merge.error) ? (merge.error.detail ?? "") : tt("errors.unexpected"),
              })}
            />
          ) : null}
          <p className="actions">
            <button
              type="button"
              className="button"
              aria-disabled={merge.isPending || undefined}
              onClick={submit}
            >
              {t("merge.submit")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setReviewing(false)}>
              {t("merge.cancel")}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
