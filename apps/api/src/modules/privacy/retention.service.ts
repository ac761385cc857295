// Retention: personal data is kept for the periods an admin sets, then goes by itself. Finished
// (closed or solved) tickets of guests and former customers are anonymised a batch at a time, each
// batch in its own transaction (a run can stop anywhere and the next one goes on: tickets are marked);
// the access log of private data and the FAQ suggestion events are pruned. A preview (dry run) is
// the same run with every transaction rolled back, so it counts exactly what the real one would do.
import type { RetentionCounts, RetentionRun, RetentionSettings, StaffRole } from "@helpdesk/contracts";
import { isUniqueViolation } from "../../db/database-errors.ts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { personalDataScrubber } from "../../lib/privacy/personal-data-scrubber.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import { findFormerCustomers } from "../customers/customer-accounts.ts";
import { deleteSuggestionEventsBefore } from "../faq/faq-event-retention.ts";
import { requireStaff, retentionManagers } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { forgetEmailOriginalsOf } from "../inbound-mail/inbound-email-erasure.ts";
import { forgetNotificationsAbout } from "../notifications/notification-events.ts";
import { forgetOutboxEventsAbout } from "../outbox/outbox.service.ts";
import { findStaffNames } from "../staff/staff-accounts.ts";
import {
  anonymiseFinishedTickets,
  type FinishedTicketPosition,
  listFinishedTicketsBefore,
} from "../tickets/ticket-erasure.ts";
import { pruneAccessRecordsBefore } from "./private-data-access.repository.ts";
import * as repository from "./retention.repository.ts";
import { monthsBefore } from "./retention-periods.ts";

const managesRetention = (role: StaffRole) => retentionManagers.includes(role);

/** Tickets looked at per transaction. */
const BATCH = 200;
/** A real run still unfinished after this long died with its process: the next may start. */
const STALE_RUN_MS = 6 * 60 * 60_000;

const zeroCounts = (): RetentionCounts => ({
  tickets: 0,
  messages: 0,
  events: 0,
  attachments: 0,
  emailOriginals: 0,
  queuedEmails: 0,
  privateDataLog: 0,
  suggestionEvents: 0,
});

/** Thrown to roll a preview's transaction back, carrying what it counted. */
class PreviewRolledBack<T> extends Error {
  constructor(readonly result: T) {
    super("preview rolled back");
  }
}

export function createRetentionService({
  db,
  storage,
  now = () => new Date(),
}: {
  db: Database;
  storage: AttachmentStorage;
  now?: () => Date;
}) {
  /** Runs `work` in a write transaction; in a preview, rolls it back and still returns its result. */
  async function inTransaction<T>(dryRun: boolean, work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await inWriteTransaction(db, async (tx) => {
        const result = await work(tx);
        if (dryRun) throw new PreviewRolledBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof PreviewRolledBack) return error.result as T;
      throw error;
    }
  }

  async function anonymiseTickets(before: Date, dryRun: boolean, counts: RetentionCounts, at: Date) {
    let after: FinishedTicketPosition | null = null;
    for (;;) {
      const batch = await listFinishedTicketsBefore(db, before, after, BATCH);
      const last = batch.at(-1);
      if (!last) return;
      after = { updatedAt: last.updatedAt, id: last.id };
      const requesterIds = [
        ...new Set(batch.flatMap((ticket) => (ticket.customerId ? [ticket.customerId] : []))),
      ];
      const formers = new Map(
        (await findFormerCustomers(db, requesterIds)).map((person) => [person.id, person]),
      );
      // Phone callers who left no e-mail address have no record: their name and number are in the
      // ticket's details, which anonymising clears.
      const byRequester = new Map<string | null, string[]>();
      for (const ticket of batch) {
        if (ticket.customerId !== null && !formers.has(ticket.customerId)) continue;
        byRequester.set(ticket.customerId, [...(byRequester.get(ticket.customerId) ?? []), ticket.id]);
      }
      for (const [customerId, ticketIds] of byRequester) {
        const person = customerId ? formers.get(customerId) : undefined;
        const scrub = person ? personalDataScrubber(person) : (text: string) => text;
        const done = await inTransaction(dryRun, async (tx) => {
          const anonymised = await anonymiseFinishedTickets(tx, ticketIds, { customerId, scrub }, at);
          await forgetNotificationsAbout(tx, ticketIds);
          return {
            ...anonymised,
            emailOriginals: await forgetEmailOriginalsOf(tx, ticketIds),
            queuedEmails: await forgetOutboxEventsAbout(tx, { ticketIds }),
          };
        });
        // Counted once committed, before the files go: a failing disk leaves a true record.
        counts.tickets += done.counts.tickets;
        counts.messages += done.counts.messages;
        counts.events += done.counts.events;
        counts.attachments += done.counts.attachments;
        counts.emailOriginals += done.emailOriginals;
        counts.queuedEmails += done.queuedEmails;
        if (!dryRun) for (const key of done.storageKeys) await storage.delete(key);
      }
    }
  }

  async function present(row: repository.RunRow): Promise<RetentionRun> {
    const [staff] = row.startedByStaffId ? await findStaffNames(db, [row.startedByStaffId]) : [];
    const periods = row.periods as RetentionRun["cutoffs"];
    return {
      id: row.id,
      dryRun: row.dryRun,
      startedBy: row.startedByStaffId ? { id: row.startedByStaffId, name: staff?.name ?? null } : null,
      cutoffs: {
        closedTicketsBefore: periods.closedTicketsBefore ?? null,
        privateDataLogBefore: periods.privateDataLogBefore ?? null,
        suggestionEventsBefore: periods.suggestionEventsBefore ?? null,
      },
      counts: { ...zeroCounts(), ...(row.counts as Partial<RetentionCounts>) },
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  const presentSettings = (row: repository.SettingsRow) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
  });

  /** One run with the current settings; `startedByStaffId` null for the schedule. */
  async function run(dryRun: boolean, startedByStaffId: string | null): Promise<repository.RunRow> {
    const startedAt = now();
    const settings = await repository.findSettings(db);
    const cutoff = (months: number | null) => (months === null ? null : monthsBefore(startedAt, months));
    const cutoffs = {
      closedTicketsBefore: cutoff(settings.closedTicketMonths),
      privateDataLogBefore: cutoff(settings.privateDataLogMonths),
      suggestionEventsBefore: cutoff(settings.suggestionEventMonths),
    };
    let record: { id: string };
    try {
      record = await repository.insertRun(
        db,
        {
          dryRun,
          startedByStaffId,
          startedAt,
          periods: Object.fromEntries(
            Object.entries(cutoffs).map(([name, date]) => [name, date?.toISOString() ?? null]),
          ),
        },
        new Date(startedAt.getTime() - STALE_RUN_MS),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("conflict", "A retention run is busy: try again later");
      throw error;
    }

    const counts = zeroCounts();
    try {
      if (cutoffs.closedTicketsBefore)
        await anonymiseTickets(cutoffs.closedTicketsBefore, dryRun, counts, startedAt);
      const { privateDataLogBefore, suggestionEventsBefore } = cutoffs;
      if (privateDataLogBefore) {
        counts.privateDataLog = await inTransaction(dryRun, (tx) =>
          pruneAccessRecordsBefore(tx, privateDataLogBefore),
        );
      }
      if (suggestionEventsBefore) {
        counts.suggestionEvents = await inTransaction(dryRun, (tx) =>
          deleteSuggestionEventsBefore(tx, suggestionEventsBefore),
        );
      }
    } catch (error) {
      // Each batch commits on its own: the record keeps what was done, and the next run may start
      // at once instead of waiting for the stale-run take-over.
      await repository.finishRun(db, record.id, { ...counts }, now());
      throw error;
    }
    return repository.finishRun(db, record.id, { ...counts }, now());
  }

  return {
    async getSettings(actor: SignedInActor) {
      requireStaff(actor, managesRetention);
      return presentSettings(await repository.findSettings(db));
    },

    async updateSettings(actor: SignedInActor, settings: RetentionSettings) {
      const staff = requireStaff(actor, managesRetention);
      return presentSettings(await repository.updateSettings(db, settings, staff.id, now()));
    },

    async start(actor: SignedInActor, dryRun: boolean): Promise<RetentionRun> {
      const staff = requireStaff(actor, managesRetention);
      return present(await run(dryRun, staff.id));
    },

    async list(actor: SignedInActor): Promise<{ items: RetentionRun[] }> {
      requireStaff(actor, managesRetention);
      return { items: await Promise.all((await repository.listRuns(db, 50)).map(present)) };
    },

    /**
     * The daily schedule: a real run when an admin switched it on and the last one finished more
     * than a day ago. Returns the run, or null when there was nothing to do (or another process ran).
     */
    async runWhenDue(): Promise<RetentionRun | null> {
      const settings = await repository.findSettings(db);
      if (!settings.scheduled) return null;
      const last = await repository.lastFinishedRealRunStart(db);
      if (last && now().getTime() - last.getTime() < 24 * 60 * 60_000) return null;
      try {
        return await present(await run(false, null));
      } catch (error) {
        if (error instanceof AppError && error.code === "conflict") return null;
        throw error;
      }
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
