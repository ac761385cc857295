// Follow-up of tickets: staff snooze a ticket until a later moment; the follow-up job reminds the
// customer of a ticket that waits on them and solves it when the reminder goes unanswered. Days are
// calendar days (a customer counts "three days" on the calendar, not in our opening hours).
import type { FollowUpSettings } from "@helpdesk/contracts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { canWorkTicket, denyAsNotFound } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import * as followUp from "./follow-up.repository.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import { followStatus } from "./ticket-sla.ts";
import * as tickets from "./tickets.repository.ts";

const DAY_MS = 24 * 3600 * 1000;
/** Far enough for any "after the holidays"; further is a typo. */
const MAX_SNOOZE_DAYS = 366;
const snoozable = new Set(["new", "open", "pending", "on_hold"]);

const badSnooze = (message: string, code: string) =>
  new AppError("validation_failed", message, { errors: [{ path: "body.snoozedUntil", message, code }] });

export function createTicketSnooze({ db }: { db: Database }, access: TicketAccessService) {
  return {
    /** Puts a ticket aside until `until` (null: back now); staff who work tickets only. */
    async snoozeTicket(actor: SignedInActor, id: string, until: Date | null, now = new Date()) {
      const { access: view } = await access.accessibleTicket(actor, id);
      if (view !== "staff" || !canWorkTicket(actor)) denyAsNotFound();
      if (until && until <= now) throw badSnooze("Choose a moment in the future", "in_the_past");
      if (until && until.getTime() - now.getTime() > MAX_SNOOZE_DAYS * DAY_MS) {
        throw badSnooze(`Snooze for at most ${MAX_SNOOZE_DAYS} days`, "too_far");
      }
      return inWriteTransaction(db, async (tx) => {
        await tickets.lockTicket(tx, id);
        const current = await followUp.findSnooze(tx, id);
        if (until && !snoozable.has(current.status)) {
          throw new AppError("conflict", `A ${current.status} ticket is not in the queue to snooze`);
        }
        const before = current.snoozedUntil && current.snoozedUntil > now ? current.snoozedUntil : null;
        if (before?.getTime() !== until?.getTime()) {
          await followUp.setSnooze(tx, id, until);
          await recordTicketEvent(tx, id, actor, until ? "snoozed" : "snooze_ended", {
            before: before?.toISOString() ?? null,
            after: until?.toISOString() ?? null,
          });
        }
        return { snoozedUntil: until?.toISOString() ?? null };
      });
    },
  };
}

/** A customer's reply ends a running snooze (in the reply's transaction): the ticket needs the team. */
export async function endSnoozeOnCustomerReply(tx: DbClient, ticketId: string, actor: Actor) {
  const until = await followUp.endSnooze(tx, ticketId, new Date());
  if (until) {
    await recordTicketEvent(tx, ticketId, actor, "snooze_ended", {
      before: until.toISOString(),
      after: null,
    });
  }
}

export type FollowUpStep = "remind" | "solve" | null;

/** What the follow-up job does with a ticket now: pure, so the rules are tested without a clock. */
export function followUpStep(
  state: followUp.FollowUpState,
  settings: FollowUpSettings,
  now: Date,
): FollowUpStep {
  if (!settings.enabled || state.status !== "pending" || !state.waitingSince) return null;
  if (state.snoozedUntil && state.snoozedUntil > now) return null;
  const remindedThisWait = state.remindedAt !== null && state.remindedAt >= state.waitingSince;
  if (!remindedThisWait) {
    return now.getTime() - state.waitingSince.getTime() >= settings.remindAfterDays * DAY_MS
      ? "remind"
      : null;
  }
  const remindedAt = state.remindedAt as Date;
  return now.getTime() - remindedAt.getTime() >= settings.solveAfterDays * DAY_MS ? "solve" : null;
}

const SYSTEM = { kind: "system" } as const;
const BATCH = 200;

/**
 * One pass of the follow-up job. Each ticket is locked and read again before acting, and the
 * reminder's mark, audit event and e-mail are one transaction: two passes at once send one e-mail.
 */
export function createFollowUpRun({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  async function act(id: string, settings: FollowUpSettings, at: Date): Promise<FollowUpStep> {
    return inWriteTransaction(db, async (tx) => {
      await tickets.lockTicket(tx, id);
      const state = await followUp.findFollowUpState(tx, id);
      const step = state ? followUpStep(state, settings, at) : null;
      if (step === "remind") {
        const solveAfter = new Date(at.getTime() + settings.solveAfterDays * DAY_MS).toISOString();
        await followUp.markReminded(tx, id, at);
        await recordTicketEvent(tx, id, SYSTEM, "follow_up_reminded", {
          after: { solveAfter, solveAfterDays: settings.solveAfterDays },
        });
        await recordDomainEvent(tx, id, "ticket.follow_up_reminder", { solveAfter });
      } else if (step === "solve") {
        await tickets.updateTicket(tx, id, { status: "solved" });
        await recordTicketEvent(tx, id, SYSTEM, "status_changed", { before: "pending", after: "solved" });
        await recordTicketEvent(tx, id, SYSTEM, "auto_solved", {
          after: { solveAfterDays: settings.solveAfterDays },
        });
        await recordDomainEvent(tx, id, "ticket.status_changed", {
          from: "pending",
          to: "solved",
          autoSolvedAfterDays: settings.solveAfterDays,
        });
        await followStatus(tx, id, "solved");
      }
      return step;
    });
  }

  return {
    async runOnce(settings: FollowUpSettings) {
      const done = { reminded: 0, solved: 0 };
      if (!settings.enabled) return done;
      const at = now();
      const due = await followUp.listFollowUpDue(db, {
        now: at,
        remindBefore: new Date(at.getTime() - settings.remindAfterDays * DAY_MS),
        solveBefore: new Date(at.getTime() - settings.solveAfterDays * DAY_MS),
        limit: BATCH,
      });
      for (const ticket of due) {
        const step = await act(ticket.id, settings, at);
        if (step === "remind") done.reminded += 1;
        if (step === "solve") done.solved += 1;
      }
      return done;
    },
  };
}
