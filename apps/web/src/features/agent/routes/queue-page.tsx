import {
  type QueueView,
  type QueueViewFilter,
  queueViews,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
  ticketCategories,
  ticketPriorities,
  ticketStatuses,
} from "@helpdesk/contracts";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { LoadMoreButton } from "../../../components/load-more-button.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { queuePresenceQuery } from "../../live/api/presence.queries.ts";
import { type TicketListFilters, ticketListQuery } from "../../tickets/api/tickets.queries.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { ticketCountsQuery } from "../api/queue.queries.ts";
import { BulkActionsBar } from "../components/bulk-actions-bar.tsx";
import { KeyboardHint } from "../components/keyboard-hint.tsx";
import { formatQueueCount } from "../components/queue-count.ts";
import { type QueueSelection, QueueTable } from "../components/queue-table.tsx";
import { QueueViewsNav } from "../components/queue-views-nav.tsx";
import { useColleagueOptions } from "../components/use-colleague-options.ts";
import { useQueueDensity } from "../components/use-queue-density.ts";
import { useQueueKeyboard } from "../components/use-queue-keyboard.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./queue-page.css";

/** A view as the list's query: the same definition the API counts (see the contracts' queue views). */
function viewFilters(name: QueueView): TicketListFilters {
  const view: QueueViewFilter = queueViews[name];
  return { status: view.status.join(","), assignee: view.assignee, snoozed: view.snoozed };
}
/** The selection with `ids` added (`on`) or taken out. */
function withIds(selected: ReadonlySet<string>, ids: string[], on: boolean): ReadonlySet<string> {
  const next = new Set(selected);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

const isView = (value: string | null): value is QueueView => value !== null && value in queueViews;

/** The filters a person can set on top of a view; kept in the address, so a queue can be bookmarked. */
const filterNames = [
  "status",
  "category",
  "priority",
  "assignee",
  "verified",
  "breached",
  "due",
  "q",
  "sort",
] as const;

/** The views of tickets still to be answered open with the next due first. */
const dueSortedViews: ReadonlySet<QueueView> = new Set(["mine", "unassigned", "open"]);

/**
 * `/agent`: the queue. A view (mine, unassigned, all open, waiting on customer, recently solved) with
 * its count, filters, free-text search, cursor paging and keyboard shortcuts; every choice lives in
 * the query string.
 */
export function QueuePage() {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const requestedView = search.get("view");
  const view: QueueView = isView(requestedView) ? requestedView : "open";
  const [q, setQ] = useState(search.get("q") ?? "");
  const rowsRef = useRef<HTMLTableSectionElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useQueueKeyboard(rowsRef, searchRef);
  const colleagues = useColleagueOptions();
  const [compact, setCompact] = useQueueDensity();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection: QueueSelection = {
    selected,
    toggle: (id, on) => setSelected((now) => withIds(now, [id], on)),
    toggleAll: (ids, on) => setSelected((now) => withIds(now, ids, on)),
  };

  const defaultSort = dueSortedViews.has(view) ? "due" : "newest";
  const filters: TicketListFilters = { ...viewFilters(view), sort: defaultSort };
  for (const name of filterNames) {
    const value = search.get(name);
    if (value) (filters as Record<string, string>)[name] = value;
  }
  const tickets = useInfiniteQuery(ticketListQuery(filters));
  const counts = useQuery(ticketCountsQuery(filters));
  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];
  // Only what is on the screen can be changed: a ticket that left the view leaves the selection.
  const selectedTickets = items.filter((ticket) => selected.has(ticket.id));
  const shownIds = items.slice(0, 100).map((ticket) => ticket.id);
  const presence = useQuery(queuePresenceQuery(shownIds));
  const viewers = new Map(presence.data?.items.map((item) => [item.ticketId, item.viewers]));

  const setFilter = (name: (typeof filterNames)[number], value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    // Router updates run as transitions; a controlled checkbox or select would show its old value
    // until the transition commits (seconds on a busy machine). The choice shows at once instead.
    setSearch(next, { replace: true, flushSync: true });
  };
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter("q", q.trim());
  };
  const viewLink = (name: QueueView) => {
    const next = new URLSearchParams(search);
    next.set("view", name);
    // A view brings its own status and assignee.
    next.delete("status");
    next.delete("assignee");
    return `/agent?${next.toString()}`;
  };

  const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  /** "27 tickets", or "25 of 27 tickets shown" while there are more pages to load. */
  const summary = () => {
    const total = counts.data?.total;
    if (total === undefined) {
      return tickets.hasNextPage
        ? t("queue.shownMore", { count: items.length })
        : t("queue.shown", { count: items.length });
    }
    const shownTotal = formatQueueCount(language, total, false, String);
    if (counts.data?.capped.total) return t("queue.shownOfMore", { shown: items.length, total: shownTotal });
    if (items.length < total) return t("queue.shownOf", { shown: items.length, total: shownTotal });
    const plural = new Intl.PluralRules(language).select(total) === "one" ? "one" : "other";
    return t(`queue.total.${plural}`, { count: shownTotal });
  };

  return (
    <div className="page page--wide">
      <PageHeading title={`${t("queue.title")}: ${t(`queue.views.${view}`)}`} />
      <QueueViewsNav
        current={view}
        counts={counts.data?.views}
        capped={counts.data?.capped.views}
        hrefOf={viewLink}
      />

      {/* biome-ignore lint/a11y/useSemanticElements: same landmark as <search>, which jsdom (our component tests) cannot render yet */}
      <form className="toolbar" role="search" onSubmit={submitSearch}>
        <TextField
          id="queue-q"
          name="q"
          type="search"
          label={t("queue.search")}
          hint={t("queue.searchHint")}
          value={q}
          ref={searchRef}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit" className="button">
          {t("queue.searchButton")}
        </button>
      </form>

      <fieldset className="queue-filters">
        <legend className="visually-hidden">{t("queue.filtersLabel")}</legend>
        <SelectField
          id="queue-status"
          name="status"
          label={t("queue.status")}
          placeholder={t("queue.any")}
          value={search.get("status") ?? ""}
          onChange={(event) => setFilter("status", event.target.value)}
          options={options<TicketStatus>(ticketStatuses, (status) => tt(`staffStatuses.${status}`))}
        />
        <SelectField
          id="queue-category"
          name="category"
          label={t("queue.category")}
          placeholder={t("queue.any")}
          value={search.get("category") ?? ""}
          onChange={(event) => setFilter("category", event.target.value)}
          options={options<TicketCategory>(ticketCategories, (category) => tt(`categories.${category}`))}
        />
        <SelectField
          id="queue-priority"
          name="priority"
          label={t("queue.priority")}
          placeholder={t("queue.any")}
          value={search.get("priority") ?? ""}
          onChange={(event) => setFilter("priority", event.target.value)}
          options={options<TicketPriority>(ticketPriorities, (priority) => tt(`priorities.${priority}`))}
        />
        <SelectField
          id="queue-assignee"
          name="assignee"
          label={t("queue.assignee")}
          placeholder={t("queue.any")}
          value={search.get("assignee") ?? ""}
          onChange={(event) => setFilter("assignee", event.target.value)}
          options={[
            { value: "me", label: t("queue.assigneeMe") },
            { value: "none", label: t("queue.assigneeNone") },
            ...colleagues,
          ]}
        />
        <SelectField
          id="queue-sort"
          name="sort"
          label={t("queue.sort")}
          value={search.get("sort") ?? defaultSort}
          onChange={(event) =>
            setFilter("sort", event.target.value === defaultSort ? "" : event.target.value)
          }
          options={[
            { value: "due", label: t("sla.sortDue") },
            { value: "newest", label: t("queue.newest") },
            { value: "oldest", label: t("queue.oldest") },
          ]}
        />
        {[
          {
            id: "queue-breached",
            name: "breached",
            on: "true",
            label: t("sla.onlyBreached"),
            count: counts.data?.sla.breached,
            capped: counts.data?.capped.sla.breached,
          },
          {
            id: "queue-due-today",
            name: "due",
            on: "today",
            label: t("sla.onlyDueToday"),
            count: counts.data?.sla.dueToday,
            capped: counts.data?.capped.sla.dueToday,
          },
          {
            id: "queue-unverified",
            name: "verified",
            on: "false",
            label: t("queue.unverified"),
            count: undefined,
            capped: false,
          },
        ].map((toggle) => (
          <div className="checkbox" key={toggle.id}>
            <input
              type="checkbox"
              id={toggle.id}
              checked={search.get(toggle.name) === toggle.on}
              onChange={(event) =>
                setFilter(toggle.name as (typeof filterNames)[number], event.target.checked ? toggle.on : "")
              }
            />
            <label htmlFor={toggle.id}>
              {toggle.label}
              {toggle.count === undefined
                ? ""
                : ` (${formatQueueCount(language, toggle.count, toggle.capped, (count) => t("queue.moreThan", { count }))})`}
            </label>
          </div>
        ))}
      </fieldset>

      {tickets.isPending ? (
        <LoadingPage />
      ) : tickets.isError ? (
        <p role="alert">{t("queue.failed")}</p>
      ) : items.length === 0 ? (
        <p role="status">{t("queue.empty")}</p>
      ) : (
        <>
          <div className="queue-summary">
            <p className="queue-count" role="status">
              {summary()}
            </p>
            <div className="checkbox queue-density">
              <input
                type="checkbox"
                id="queue-density"
                checked={compact}
                onChange={(event) => setCompact(event.target.checked)}
                aria-describedby="queue-density-hint"
              />
              <label htmlFor="queue-density">{t("queue.density")}</label>
              <span id="queue-density-hint" className="visually-hidden">
                {t("queue.densityHint")}
              </span>
            </div>
            <KeyboardHint />
          </div>
          <BulkActionsBar
            selected={selectedTickets}
            onDone={(changedIds) => setSelected((now) => withIds(now, changedIds, false))}
            onClear={() => setSelected(new Set())}
          />
          <QueueTable
            ref={rowsRef}
            caption={t(`queue.views.${view}`)}
            tickets={items}
            selection={selection}
            compact={compact}
            presence={viewers}
          />
          <LoadMoreButton query={tickets} label={t("queue.more")} loadingLabel={t("queue.loadingMore")} />
        </>
      )}
    </div>
  );
}
