// Live streams: a single-use ticket bought with the bearer token, then one server-sent-events
// stream per tab, resumed from the last event id it saw, ended the moment its session ends.
import type { LiveEvent } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";
import { hearsOfTicketChange, seesTicketPresence } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import {
  consumeStreamTicket,
  insertStreamTicket,
  type LiveEventRow,
  listLiveEventsAfter,
  oldestLiveEventId,
} from "./live.repository.ts";
import type { LiveHub } from "./live-hub.ts";

export const STREAM_TICKET_TTL_MS = 30_000;
/** More missed events than this and the tab is told to reload everything instead (`reset`). */
export const RESUME_LIMIT = 1_000;

/** Where a stream's frames go: the router makes one from the HTTP response. */
export interface EventSink {
  send(frame: { id?: string; event: string; data: unknown }): void;
  close(): void;
  onClosed(listener: () => void): void;
}

export interface LiveSessions {
  /** The signed-in caller of a live session, with its end; null when it is over. */
  actorOfSession(sessionId: string): Promise<{ actor: SignedInActor; expiresAt: Date } | null>;
}

const LONGEST_TIMER_MS = 2 ** 31 - 1;

export function createLiveStreams({
  db,
  hub,
  sessions,
  now = () => new Date(),
}: {
  db: Database;
  hub: LiveHub;
  sessions: LiveSessions;
  now?: () => Date;
}) {
  return {
    async issueTicket(actor: SignedInActor) {
      const { token, hash } = newSecretToken();
      const expiresAt = new Date(now().getTime() + STREAM_TICKET_TTL_MS);
      await insertStreamTicket(db, { tokenHash: hash, sessionId: actor.sessionId, expiresAt }, now());
      return { ticket: token, expiresAt: expiresAt.toISOString() };
    },

    /** Checks the ticket (401 before any byte of the stream), then returns a function that streams. */
    async open(ticket: string, lastEventId: bigint | undefined) {
      const sessionId = await consumeStreamTicket(db, hashSecretToken(ticket), now());
      const session = sessionId ? await sessions.actorOfSession(sessionId) : null;
      if (!sessionId || !session) throw new AppError("unauthenticated", "The stream ticket is not valid");
      await hub.start();
      const { actor } = session;
      return (sink: EventSink) => stream(sink, sessionId, actor, session.expiresAt, lastEventId);
    },
  };

  /**
   * Whether events after `lastEventId` may have been pruned (live-event-pruning.ts): the oldest kept
   * is not the next one. A gap a rolled-back write left gives a needless reset, which only reloads.
   */
  async function prunedSince(lastEventId: bigint): Promise<boolean> {
    const oldest = await oldestLiveEventId(db);
    return oldest !== null && oldest > lastEventId + 1n;
  }

  function stream(
    sink: EventSink,
    sessionId: string,
    actor: SignedInActor,
    sessionEnd: Date,
    lastEventId: bigint | undefined,
  ) {
    let lastSent = lastEventId ?? hub.cursor;
    let resumed = lastEventId === undefined;
    const waiting: LiveEventRow[] = [];

    const deliver = (rows: readonly LiveEventRow[]) => {
      for (const row of rows) {
        if (row.id <= lastSent) continue;
        lastSent = row.id;
        if (!hearsOfTicketChange(actor, row.ticket, row.customerVisible)) continue;
        const data: LiveEvent = { ticketId: row.ticketId, kind: row.kind as LiveEvent["kind"] };
        sink.send({ id: row.id.toString(), event: "change", data });
      }
    };
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      clearTimeout(expiry);
      sink.close();
    };
    const unsubscribe = hub.subscribe({
      sessionId,
      onEvents: (rows) => (resumed ? deliver(rows) : waiting.push(...rows)),
      onPresence: (ticketId) => {
        if (seesTicketPresence(actor)) sink.send({ event: "change", data: { ticketId, kind: "presence" } });
      },
      onStaffNotification: (staffId) => {
        // Not stored and without an event id: the tab reloads its bell (also after a reconnect).
        if (actor.kind === "staff" && actor.id === staffId) sink.send({ event: "notification", data: {} });
      },
      end,
      recheck: () => void stillSignedIn().then((yes) => yes || end()),
    });
    const expiry = setTimeout(end, Math.min(LONGEST_TIMER_MS, sessionEnd.getTime() - now().getTime()));
    sink.onClosed(end);

    const stillSignedIn = async () => (await sessions.actorOfSession(sessionId)) !== null;
    const catchUp = async () => {
      // The session may have ended between the ticket and the subscription.
      if (!(await stillSignedIn())) return end();
      if (lastEventId === undefined) {
        sink.send({ id: lastSent.toString(), event: "ready", data: {} });
        return;
      }
      const missed = await listLiveEventsAfter(db, lastEventId, RESUME_LIMIT + 1);
      if (missed.length > RESUME_LIMIT || (await prunedSince(lastEventId))) {
        // The tab reloads everything; what the hub handed out so far is in that reload.
        lastSent = hub.cursor > lastEventId ? hub.cursor : (missed.at(-1)?.id ?? lastEventId);
        sink.send({ id: lastSent.toString(), event: "reset", data: {} });
      } else {
        deliver(missed);
      }
      resumed = true;
      deliver(waiting.splice(0));
      // Where this stream stands, so a tab that saw no change yet still resumes from here.
      sink.send({ id: lastSent.toString(), event: "ready", data: {} });
    };
    return catchUp().catch((error: unknown) => {
      end();
      throw error;
    });
  }
}
export type LiveStreams = ReturnType<typeof createLiveStreams>;
