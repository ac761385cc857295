import { z } from "zod";
import type { TicketStatus } from "./ticket-attributes.ts";

/** Tickets that still need someone: the team, or the customer's answer ("waiting on customer"). */
export const openTicketStatuses = ["new", "open", "pending", "on_hold"] as const satisfies TicketStatus[];

/**
 * The staff queue's ready-made views, each a status set and optionally an assignee (`me`, `none`) as
 * the list endpoint takes them; the open views leave out snoozed tickets until their time. The web app's view tabs and the counts endpoint both read this, so a
 * view's count is always the length of the list it opens.
 */
export const queueViews = {
  mine: { assignee: "me", status: openTicketStatuses, snoozed: "false" },
  unassigned: { assignee: "none", status: openTicketStatuses, snoozed: "false" },
  open: { status: openTicketStatuses, snoozed: "false" },
  waiting: { status: ["pending"], snoozed: "false" },
  /** Open tickets put aside until a later moment: they return to the other views by themselves. */
  snoozed: { status: openTicketStatuses, snoozed: "true" },
  solved: { status: ["solved"] },
} as const satisfies Record<string, QueueViewFilter>;

/** A view's filters, as the list endpoint takes them (`snoozed` absent: snoozed or not). */
export interface QueueViewFilter {
  assignee?: "me" | "none";
  status: readonly TicketStatus[];
  snoozed?: "true" | "false";
}

export type QueueView = keyof typeof queueViews;
export const queueViewNames = Object.keys(queueViews) as QueueView[];
export const queueViewSchema = z.enum(queueViewNames as [QueueView, ...QueueView[]]);
