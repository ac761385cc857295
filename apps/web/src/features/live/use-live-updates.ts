import type { LiveEvent } from "@helpdesk/contracts";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiBaseUrl } from "../../lib/api-client.ts";
import { notificationKeys } from "../notifications/api/notification-keys.ts";
import { ticketKeys } from "../tickets/api/tickets.queries.ts";
import { newStreamTicket, presenceKeys } from "./api/live.queries.ts";

const LONGEST_RETRY_MS = 30_000;

/** A change somewhere: the screens that show it load it again (what they may see, from the API). */
function refresh(queryClient: QueryClient, data: string) {
  // From our own API, and only ever a reason to reload: no schema check (it would weigh on every page).
  const { ticketId, kind } = JSON.parse(data) as LiveEvent;
  if (typeof ticketId !== "string") return;
  if (kind === "presence") {
    void queryClient.invalidateQueries({ queryKey: presenceKeys.ticket(ticketId) });
    void queryClient.invalidateQueries({ queryKey: presenceKeys.queues() });
    return;
  }
  void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticketId) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
}

/**
 * One live stream for this tab while someone is signed in. EventSource cannot send the bearer
 * token: each connection is opened with a fresh single-use ticket, and a reconnect (with a new
 * ticket, so not EventSource's own) resumes after the last event seen.
 */
export function useLiveUpdates(accountId: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!accountId || typeof EventSource === "undefined") return;
    let source: EventSource | undefined;
    let lastEventId: string | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;

    const retry = () => {
      delete document.documentElement.dataset.live;
      source?.close();
      source = undefined;
      if (stopped) return;
      failures += 1;
      retryTimer = setTimeout(connect, Math.min(LONGEST_RETRY_MS, 1_000 * 2 ** (failures - 1)));
    };
    const remember = (event: MessageEvent) => {
      if (event.lastEventId) lastEventId = event.lastEventId;
    };

    async function connect() {
      try {
        const { ticket } = await newStreamTicket();
        if (stopped) return;
        const query = new URLSearchParams({ ticket, ...(lastEventId ? { lastEventId } : {}) });
        const stream = new EventSource(`${apiBaseUrl}/live/stream?${query}`);
        source = stream;
        stream.addEventListener("open", () => {
          failures = 0;
          // For whoever needs to know the tab is live (the browser test waits on it).
          document.documentElement.dataset.live = "open";
        });
        stream.addEventListener("ready", (event) => {
          remember(event);
          // Notifications are not replayed on a resume: whatever came meanwhile is loaded.
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
        });
        stream.addEventListener("change", (event) => {
          remember(event);
          refresh(queryClient, event.data);
        });
        // A notification for this member: the bell loads its count and list again.
        stream.addEventListener("notification", () => {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
        });
        // Too much was missed to replay: everything is loaded again.
        stream.addEventListener("reset", (event) => {
          remember(event);
          void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
        });
        // EventSource would retry with the used ticket: close it and start over with a new one.
        stream.addEventListener("error", retry);
      } catch {
        retry();
      }
    }

    void connect();
    return () => {
      stopped = true;
      delete document.documentElement.dataset.live;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [accountId, queryClient]);
}
