// Queue counts: each queue view is a choice of statuses, assignee and snoozed or not, over the list's
// other filters. Each count is capped (see countTicketsUpTo), so it costs the same at any size.
import { type QueueView, type QueueViewFilter, queueViewNames, queueViews } from "@helpdesk/contracts";
import type { CappedCount, TicketFilters } from "./ticket-lists.repository.ts";

/** Each queue view's filters: its own status, assignee (`me`/`none` resolved) and snooze, and `shared`. */
export function queueViewFilters(
  shared: TicketFilters,
  assigneeIdOf: (assignee: "me" | "none") => string | null,
  now: Date,
): [QueueView, TicketFilters][] {
  return queueViewNames.map((name) => {
    const view: QueueViewFilter = queueViews[name];
    return [
      name,
      {
        ...shared,
        status: [...view.status],
        assigneeId: view.assignee === undefined ? undefined : assigneeIdOf(view.assignee),
        snoozed: view.snoozed === undefined ? undefined : { value: view.snoozed === "true", now },
      },
    ];
  });
}

/** Counts by name, and by name whether each stopped at the cap. */
export function splitCapped<K extends string>(counts: readonly (readonly [K, CappedCount])[]) {
  return {
    counts: Object.fromEntries(counts.map(([name, { count }]) => [name, count])) as Record<K, number>,
    capped: Object.fromEntries(counts.map(([name, { capped }]) => [name, capped])) as Record<K, boolean>,
  };
}
