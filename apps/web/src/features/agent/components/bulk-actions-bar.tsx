import {
  type BulkTicketChange,
  type BulkTicketResult,
  bulkUpdateTickets,
  type TicketPriority,
  type TicketStatus,
  ticketPriorities,
  ticketStatuses,
} from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { ticketKeys } from "../../tickets/api/tickets.queries.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import { useColleagueOptions } from "./use-colleague-options.ts";
import "./bulk-actions-bar.css";

/** "Keep" in the assignee choice; the empty value is "nobody". */
const KEEP = "keep";
/** A ticket is never put back to "new" by hand. */
const settableStatuses = ticketStatuses.filter((status) => status !== "new");

interface BulkActionsBarProps {
  /** The selected tickets, with the number people know them by. */
  selected: { id: string; number: string }[];
  /** After a change: the tickets that did change leave the selection. */
  onDone: (changedIds: string[]) => void;
  onClear: () => void;
}

/**
 * Above the queue while tickets are selected: one change (assignee, status, priority) to all of
 * them (`POST /tickets/bulk`). Tickets that refuse are named with the reason; the rest change.
 */
export function BulkActionsBar({ selected, onDone, onClear }: BulkActionsBarProps) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const auth = useAuth();
  const me = auth.status === "signedIn" ? auth.user : undefined;
  const colleagues = useColleagueOptions();
  const [assignee, setAssignee] = useState(KEEP);
  const [status, setStatus] = useState("");
  const [priority, setPriority] = useState("");
  const [outcome, setOutcome] = useState<{ result: BulkTicketResult; numbers: Map<string, string> }>();
  const apply = useMutation({
    mutationFn: (body: BulkTicketChange) => request(bulkUpdateTickets, { body }),
  });

  const change: BulkTicketChange["change"] = {
    ...(assignee === KEEP ? {} : { assigneeId: assignee || null }),
    ...(status ? { status: status as TicketStatus } : {}),
    ...(priority ? { priority: priority as TicketPriority } : {}),
  };
  const nothingChosen = Object.keys(change).length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (apply.isPending || nothingChosen) return;
    const numbers = new Map<string, string>(selected.map((ticket) => [ticket.id, ticket.number]));
    apply.mutate(
      { ticketIds: selected.map((ticket) => ticket.id), change },
      {
        onSuccess: (result) => {
          setOutcome({ result, numbers });
          announce(t("bulk.done", { changed: result.changed, failed: result.failed }));
          onDone(result.items.filter((item) => item.ok).map((item) => item.ticketId));
          void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
        },
      },
    );
  };

  const reason = (status: number) =>
    status === 404 ? t("bulk.notFound") : status === 409 ? t("bulk.conflict") : t("bulk.notAllowed");
  const failures = outcome?.result.items.filter((item) => !item.ok) ?? [];

  return (
    <>
      {selected.length > 0 ? (
        <form className="bulk-bar" aria-label={t("bulk.label")} onSubmit={submit}>
          <p className="bulk-bar__count">{t("bulk.selected", { count: selected.length })}</p>
          <SelectField
            id="bulk-assignee"
            name="assignee"
            label={t("queue.assignee")}
            value={assignee}
            onChange={(event) => setAssignee(event.target.value)}
            options={[
              { value: KEEP, label: t("bulk.keep") },
              { value: "", label: t("ticket.unassigned") },
              ...(me ? [{ value: me.id, label: t("ticket.assigneeMe", { name: me.name }) }] : []),
              ...colleagues,
            ]}
          />
          <SelectField
            id="bulk-status"
            name="status"
            label={t("queue.status")}
            placeholder={t("bulk.keep")}
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            options={settableStatuses.map((value) => ({ value, label: tt(`staffStatuses.${value}`) }))}
          />
          <SelectField
            id="bulk-priority"
            name="priority"
            label={t("queue.priority")}
            placeholder={t("bulk.keep")}
            value={priority}
            onChange={(event) => setPriority(event.target.value)}
            options={ticketPriorities.map((value) => ({ value, label: tt(`priorities.${value}`) }))}
          />
          <div className="bulk-bar__actions">
            <button type="submit" className="button" disabled={apply.isPending || nothingChosen}>
              {t("bulk.apply", { count: selected.length })}
            </button>
            <button type="button" className="button button--secondary" onClick={onClear}>
              {t("bulk.clear")}
            </button>
          </div>
        </form>
      ) : null}
      {apply.isError ? (
        <FormAlert id="bulk-error" title={t("bulk.failedTitle")} message={t("bulk.failed")} />
      ) : null}
      {outcome ? (
        <div className="bulk-outcome" role="status">
          <p>{t("bulk.done", { changed: outcome.result.changed, failed: outcome.result.failed })}</p>
          {failures.length > 0 ? (
            <ul>
              {failures.map((item) => (
                <li key={item.ticketId}>
                  {t("bulk.failure", {
                    number: outcome.numbers.get(item.ticketId) ?? "",
                    reason: reason(item.problem?.status ?? 400),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
