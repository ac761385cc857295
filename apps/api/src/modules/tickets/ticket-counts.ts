// Queue counts from one grouped query: every view, and the filtered list itself, is a choice of
// statuses and assignee, so each count is a sum over the (status, assignee) groups.
import { type QueueView, queueViewNames, queueViews } from "@helpdesk/contracts";
import type { TicketTally } from "./ticket-lists.repository.ts";

/** Which groups a count takes: undefined means any status, or any assignee (null: nobody). */
export interface TallySelection {
  status?: readonly string[] | undefined;
  assigneeId?: string | null | undefined;
}

export function countSelected(tallies: TicketTally[], selection: TallySelection): number {
  return tallies
    .filter(
      (tally) =>
        (selection.status === undefined || selection.status.includes(tally.status)) &&
        (selection.assigneeId === undefined || tally.assigneeId === selection.assigneeId),
    )
    .reduce((sum, tally) => sum + tally.count, 0);
}

/** Each queue view's count, its `me`/`none` assignee resolved as the list resolves it. */
export function countQueueViews(
  tallies: TicketTally[],
  assigneeIdOf: (assignee: "me" | "none") => string | null,
): Record<QueueView, number> {
  const counts = queueViewNames.map((name) => {
    const view: { status: readonly string[]; assignee?: "me" | "none" } = queueViews[name];
    const assigneeId = view.assignee === undefined ? undefined : assigneeIdOf(view.assignee);
    return [name, countSelected(tallies, { status: view.status, assigneeId })] as const;
  });
  return Object.fromEntries(counts) as Record<QueueView, number>;
}
