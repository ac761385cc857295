// One per API process: hears PostgreSQL's notifications on its own connection and hands new live
// events to the streams open on this process. It keeps nothing another process would need: the
// events are rows, the notifications only say "there is more", so any process serves any tab.

import { type Listener, listen } from "../../db/listen.ts";
import type { Database } from "../../db/prisma.ts";
import type { Logger } from "../../lib/logger.ts";
import { STAFF_NOTIFICATIONS_CHANNEL } from "../notifications/notification-channel.ts";
import {
  LIVE_EVENTS_CHANNEL,
  type LiveEventRow,
  lastLiveEventId,
  listLiveEventsAfter,
} from "./live.repository.ts";

/** Sent by a trigger on auth_sessions (see the live_events migration) when a session ends. */
export const SESSION_ENDED_CHANNEL = "session_ended";
/** Someone opened, left or started typing on a ticket; the payload is the ticket id. */
export const PRESENCE_CHANNEL = "ticket_presence";

const BATCH = 500;

export interface LiveSubscriber {
  sessionId: string;
  onEvents(rows: readonly LiveEventRow[]): void;
  onPresence(ticketId: string): void;
  /** A notification for this staff member was created (their bell reloads). */
  onStaffNotification(staffId: string): void;
  /** The session ended, or the hub is closing: end the stream. */
  end(): void;
  /** The hub was disconnected for a while: notifications may have been missed (a session end). */
  recheck(): void;
}

export function createLiveHub({
  db,
  logger,
  reconnectMs = 1_000,
}: {
  db: Database;
  logger: Logger;
  reconnectMs?: number;
}) {
  const subscribers = new Set<LiveSubscriber>();
  let cursor = 0n;
  let listener: Listener | null = null;
  let started: Promise<void> | null = null;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closed = false;
  let fetching = false;
  let fetchAgain = false;

  async function fetchNew() {
    if (fetching) {
      fetchAgain = true;
      return;
    }
    fetching = true;
    try {
      do {
        fetchAgain = false;
        for (;;) {
          const rows = await listLiveEventsAfter(db, cursor, BATCH);
          const last = rows.at(-1);
          if (!last) break;
          cursor = last.id;
          for (const subscriber of subscribers) subscriber.onEvents(rows);
          if (rows.length < BATCH) break;
        }
      } while (fetchAgain);
    } catch (error) {
      logger.warn({ err: error }, "live events could not be read; trying again at the next notification");
    } finally {
      fetching = false;
    }
  }

  function onNotification(channel: string, payload: string) {
    if (channel === LIVE_EVENTS_CHANNEL) void fetchNew();
    else if (channel === PRESENCE_CHANNEL)
      for (const subscriber of subscribers) subscriber.onPresence(payload);
    else if (channel === STAFF_NOTIFICATIONS_CHANNEL)
      for (const subscriber of subscribers) subscriber.onStaffNotification(payload);
    else if (channel === SESSION_ENDED_CHANNEL)
      for (const subscriber of [...subscribers]) if (subscriber.sessionId === payload) subscriber.end();
  }

  function scheduleReconnect() {
    if (closed) return;
    reconnectTimer = setTimeout(async () => {
      try {
        await connect();
        // What was written while deaf is in the table; a session end is checked again.
        await fetchNew();
        for (const subscriber of [...subscribers]) subscriber.recheck();
      } catch (error) {
        logger.warn({ err: error }, "live listener could not reconnect");
        scheduleReconnect();
      }
    }, reconnectMs);
  }

  async function connect() {
    listener = await listen(
      db,
      [LIVE_EVENTS_CHANNEL, PRESENCE_CHANNEL, STAFF_NOTIFICATIONS_CHANNEL, SESSION_ENDED_CHANNEL],
      {
        onNotification,
        onLost: (error) => {
          listener = null;
          logger.warn({ err: error }, "live listener lost its connection");
          scheduleReconnect();
        },
      },
    );
  }

  return {
    /** Connects on first use (listening before reading the cursor, so no event falls in between). */
    start(): Promise<void> {
      started ??= (async () => {
        await connect();
        cursor = await lastLiveEventId(db);
      })().catch((error: unknown) => {
        started = null;
        throw error;
      });
      return started;
    },
    /** The id of the last event handed to the streams: a new stream without a resume point starts here. */
    get cursor() {
      return cursor;
    },
    subscribe(subscriber: LiveSubscriber): () => void {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    get streamCount() {
      return subscribers.size;
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      for (const subscriber of [...subscribers]) subscriber.end();
      await listener?.close();
      listener = null;
    },
  };
}
export type LiveHub = ReturnType<typeof createLiveHub>;
