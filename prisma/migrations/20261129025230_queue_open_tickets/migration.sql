-- The queue's views and counts at any table size (written by hand: the schema language has no
-- partial indexes or INCLUDE). Open tickets are the small part of a large table (closed ones
-- accumulate), so the partial indexes over them stay small.
--
-- Open tickets by assignee, newest or oldest first, with every column the queue's views and counts filter them
-- by: "mine" and "unassigned" are a range of it in the page's order (an agent with no open ticket
-- left does not walk every ticket ever assigned to them), and each count of an open view stops at
-- COUNT_CAP + 1 entries read from an index alone (an index-only scan, the table not visited).
CREATE INDEX "tickets_open_assignee_created_at_id_idx" ON "tickets" ("assignee_id", "created_at", "id")
  INCLUDE ("status", "snoozed_until", "sla_next_due_at", "sla_breached", "category", "priority")
  WHERE "status" IN ('new', 'open', 'pending', 'on_hold');

-- The open queue by priority, newest or oldest first: a priority that no open ticket has (often
-- "urgent", worked off quickly) would otherwise walk every ticket of that priority ever filed.
CREATE INDEX "tickets_open_priority_created_at_id_idx" ON "tickets" ("priority", "created_at", "id")
  WHERE "status" IN ('new', 'open', 'pending', 'on_hold');

-- Each view's count with the list's filters (a category, say), over all tickets: a view is one or a
-- few ranges of (status, category, assignee), and the rest of what a count filters by is in the
-- index too, so a count of "solved" or "waiting" in billing reads its matches and nothing else.
CREATE INDEX "tickets_status_category_assignee_idx" ON "tickets" ("status", "category", "assignee_id")
  INCLUDE ("snoozed_until", "sla_next_due_at", "sla_breached", "priority");
