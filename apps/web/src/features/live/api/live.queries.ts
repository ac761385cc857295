import { createLiveStreamTicket } from "@helpdesk/contracts";
import { request } from "../../../lib/api-client.ts";

/** Query keys of who is on a ticket (the queries themselves load with the agent workspace). */
export const presenceKeys = {
  all: ["presence"] as const,
  ticket: (id: string) => [...presenceKeys.all, id] as const,
  /** The queue's rows; refreshed on any presence event. */
  queue: (ids: readonly string[]) => [...presenceKeys.all, "queue", ids.join(",")] as const,
  queues: () => [...presenceKeys.all, "queue"] as const,
};

export const newStreamTicket = () => request(createLiveStreamTicket);
