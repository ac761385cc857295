import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import {
  linkSearchQuery,
  ticketLinksQuery,
  useLinkTicket,
  useUnlinkTicket,
} from "../api/ticket-relations.queries.ts";
import { ticketRelationsMessages } from "../i18n/ticket-relations.messages.ts";
import "./ticket-relations.css";

/** "Gekoppelde tickets": the related tickets (both ways), and "Koppelen" by ticket number. */
export function LinksPanel({ ticketId }: { ticketId: string }) {
  const t = useMessages(ticketRelationsMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const links = useQuery(ticketLinksQuery(ticketId));
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const found = useQuery(linkSearchQuery(q));
  const link = useLinkTicket(ticketId);
  const unlink = useUnlinkTicket(ticketId);
  const linkedIds = new Set(links.data?.items.map((item) => item.id));
  const matches = (found.data?.items ?? []).filter((item) => item.id !== ticketId && !linkedIds.has(item.id));
  const failure = link.error ?? unlink.error;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };

  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">{t("links.title")}</h2>
      {links.data && links.data.items.length > 0 ? (
        <ul className="relation-list">
          {links.data.items.map((item) => (
            <li key={item.id}>
              <Link to={`/agent/tickets/${item.id}`}>
                {item.number} · {item.subject}
              </Link>{" "}
              <span className="relation-list__status">{tt(`staffStatuses.${item.status}`)}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t("links.unlinkLabel", { number: item.number })}
                aria-disabled={unlink.isPending || undefined}
                onClick={() =>
                  !unlink.isPending &&
                  unlink.mutate(item.id, {
                    onSuccess: () => announce(t("links.unlinked", { number: item.number })),
                  })
                }
              >
                {t("links.unlink")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("links.none")}</p>
      )}
      <form className="relation-search" onSubmit={search}>
        <TextField
          id="link-search"
          name="q"
          label={t("links.search")}
          hint={t("links.searchHint")}
          inputMode="numeric"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t("links.find")}
        </button>
      </form>
      {q && found.isSuccess && matches.length === 0 ? <p>{t("links.noMatch", { q })}</p> : null}
      {matches.length > 0 ? (
        <ul className="relation-list">
          {matches.map((item) => (
            <li key={item.id}>
              <span>
                {item.number} · {item.subject}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t("links.linkLabel", { number: item.number })}
                aria-disabled={link.isPending || undefined}
                onClick={() =>
                  !link.isPending &&
                  link.mutate(item.id, {
                    onSuccess: () => {
                      announce(t("links.linked", { number: item.number }));
                      setQ("");
                      setDraft("");
                    },
                  })
                }
              >
                {t("links.link")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {failure ? (
        <FormAlert
          id="links-error"
          title={tt("errors.title")}
          message={t("links.failed", {
            detail: isApiError(failure) ? (failure.detail ?? "") : tt("errors.unexpected"),
          })}
        />
      ) : null}
    </section>
  );
}
