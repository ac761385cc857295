import {
  beatTicketPresence,
  getQueuePresence,
  getTicketPresence,
  leaveTicketPresence,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { type EndpointRoute, route } from "../../http/endpoint.ts";
import type { Presence } from "./presence.service.ts";

export function presenceRoutes(presence: Presence): EndpointRoute[] {
  return [
    route(getQueuePresence, async ({ query, res }) => ({
      status: 200,
      body: await presence.viewersOfTickets(signedInActorOf(res), query.tickets),
    })),
    route(getTicketPresence, async ({ params, res }) => ({
      status: 200,
      body: await presence.viewersOf(signedInActorOf(res), params.id),
    })),
    route(beatTicketPresence, async ({ params, body, res }) => ({
      status: 200,
      body: await presence.beat(signedInActorOf(res), params.id, body.typing),
    })),
    route(leaveTicketPresence, async ({ params, res }) => {
      await presence.leave(signedInActorOf(res), params.id);
      return { status: 204, body: undefined };
    }),
  ];
}
