import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { presenceKeys } from "./api/live.queries.ts";
import { beatPresence, leavePresence, ticketPresenceQuery } from "./api/presence.queries.ts";

const BEAT_MS = 10_000;
/** Typing shows while keys were pressed this recently (the API keeps it 6 s after a beat). */
const TYPING_MS = 4_000;

/**
 * This tab's presence on a ticket: a heartbeat every 10 s while the page is visible (a hidden or
 * closed tab leaves, and the API forgets a tab that stops beating), and "typing" while keys are
 * pressed in the reply. Returns the others on the ticket and a function to call on each keystroke.
 */
export function useTicketPresence(ticketId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const presence = useQuery({ ...ticketPresenceQuery(ticketId), enabled });
  const lastKey = useRef(0);
  const typingSent = useRef(false);
  const stopTyping = useRef<ReturnType<typeof setTimeout>>(undefined);

  const beat = useCallback(async () => {
    if (!enabled || document.visibilityState !== "visible") return;
    const typing = Date.now() - lastKey.current < TYPING_MS;
    typingSent.current = typing;
    try {
      queryClient.setQueryData(presenceKeys.ticket(ticketId), await beatPresence(ticketId, typing));
    } catch {
      // The next beat tries again; presence is a hint, never in the way of the work.
    }
  }, [queryClient, ticketId, enabled]);

  useEffect(() => {
    if (!enabled) return;
    void beat();
    const timer = setInterval(beat, BEAT_MS);
    const onVisibility = () =>
      document.visibilityState === "visible" ? void beat() : void leavePresence(ticketId).catch(() => {});
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearInterval(timer);
      clearTimeout(stopTyping.current);
      document.removeEventListener("visibilitychange", onVisibility);
      void leavePresence(ticketId).catch(() => {});
    };
  }, [beat, ticketId, enabled]);

  const typed = useCallback(() => {
    lastKey.current = Date.now();
    if (!typingSent.current) void beat();
    clearTimeout(stopTyping.current);
    stopTyping.current = setTimeout(() => void beat(), TYPING_MS);
  }, [beat]);

  /** The reply went out: no longer typing, for the others at once. */
  const sent = useCallback(() => {
    lastKey.current = 0;
    clearTimeout(stopTyping.current);
    if (typingSent.current) void beat();
  }, [beat]);

  return { viewers: presence.data?.viewers ?? [], typed, sent };
}
