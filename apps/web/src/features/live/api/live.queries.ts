import { createLiveStreamTicket } from "@helpdesk/contracts";
import { request } from "../../../lib/api-client.ts";

/** Query keys of who is on a ticket (the queries themselves load with the agent workspace). */
export const presenceKeys = {
  all: ["presence"] as const,
  ticket: (id: string) => [...presenceKeys.all, id] as const,
};

export const newStreamTicket = () => request(createLiveStreamTicket);
