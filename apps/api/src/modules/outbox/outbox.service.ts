// The outbox as other modules see it: record an event inside your own transaction; admins and
// customer service list dead letters and send them again.
import type { StaffRole } from "@helpdesk/contracts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { denyAsNotFound, outboxManagers, requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import * as repository from "./outbox.repository.ts";

export type { OutboxEvent } from "./outbox.repository.ts";

/** Records a happening for the dispatcher, in the caller's transaction (so both commit or neither). */
export function recordOutboxEvent(
  tx: DbClient,
  event: { type: string; ticketId?: string | null; payload: Record<string, unknown> },
): Promise<string> {
  return repository.insertOutboxEvent(tx, event);
}

/**
 * Erasure and retention: forgets the e-mails about these tickets (and to this address, when given),
 * in the caller's transaction.
 */
export function forgetOutboxEventsAbout(tx: DbClient, about: { ticketIds: string[]; email?: string }) {
  return repository.deleteEventsAbout(tx, about);
}

const mayManageOutbox = (role: StaffRole) => outboxManagers.includes(role);

export function createOutboxService({ db }: { db: Database }) {
  return {
    async listDeadLetters(actor: SignedInActor) {
      requireStaff(actor, mayManageOutbox);
      const rows = await repository.listDeadLetters(db, 200);
      return {
        items: rows.map((row) => ({
          ...row,
          occurredAt: row.occurredAt.toISOString(),
          failedAt: (row.failedAt ?? row.occurredAt).toISOString(),
        })),
      };
    },

    async retryDeadLetter(actor: SignedInActor, id: string) {
      requireStaff(actor, mayManageOutbox);
      if (!(await repository.requeueDeadLetter(db, id))) denyAsNotFound();
      return { status: "scheduled" as const };
    },
  };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
