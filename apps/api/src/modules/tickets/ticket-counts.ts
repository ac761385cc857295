// Queue counts from one grouped query: every view, and the filtered list itself, is a choice of
// statuses, assignee and snoozed or not, so each count is a sum over the (status, assignee) groups.
import { type QueueView, type QueueViewFilter, queueViewNames, queueViews } from "@helpdesk/contracts";
import type { TicketTally } from "./ticket-lists.repository.ts";

/** Which groups a count takes: undefined means any status, or any assignee (null: nobody). */
export interface TallySelection {
  status?: readonly string[] | undefined;
  assigneeId?: string | null | undefined;
  /** undefined: snoozed or not. */
  snoozed?: boolean | undefined;
}

export function countSelected(tallies: TicketTally[], selection: TallySelection): number {
  return tallies
    .filter(
      (tally) =>
        (selection.status === undefined || selection.status.includes(tally.status)) &&
        (selection.assigneeId === undefined || tally.assigneeId === selection.assigneeId) &&
        (selection.snoozed === undefined || tally.snoozed === selection.snoozed),
    )
    .reduce((sum, tally) => sum + tally.count, 0);
}

/** Each queue view's count, its `me`/`none` assignee resolved as the list resolves it. */
export function countQueueViews(
  tallies: TicketTally[],
  assigneeIdOf: (assignee: "me" | "none") => string | null,
): Record<QueueView, number> {
  const counts = queueViewNames.map((name) => {
    const view: QueueViewFilter = queueViews[name];
    const assigneeId = view.assignee === undefined ? undefined : assigneeIdOf(view.assignee);
    const snoozed = view.snoozed === undefined ? undefined : view.snoozed === "true";
    return [name, countSelected(tallies, { status: view.status, assigneeId, snoozed })] as const;
  });
  return Object.fromEntries(counts) as Record<QueueView, number>;
}
