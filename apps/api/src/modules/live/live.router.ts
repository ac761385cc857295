import { createLiveStreamTicket, liveEventIdSchema, openLiveStream } from "@helpdesk/contracts";
import type { Request } from "express";
import { AppError } from "../../errors/app-error.ts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { type EndpointRoute, route } from "../../http/endpoint.ts";
import { serverSentEvents } from "../../http/server-sent-events.ts";
import type { LiveStreams } from "./live-streams.service.ts";

/** The resume point: EventSource's own `Last-Event-ID` on a reconnect, else the query's. */
function lastEventIdOf(req: Request, fromQuery: string | undefined): bigint | undefined {
  const value = req.get("Last-Event-ID") ?? fromQuery;
  if (value === undefined || value === "") return undefined;
  if (!liveEventIdSchema.safeParse(value).success) {
    throw new AppError("validation_failed", "Last-Event-ID is not an event id", {
      errors: [{ path: "headers.last-event-id", message: "An event id", code: "invalid_string" }],
    });
  }
  return BigInt(value);
}

export function liveRoutes(streams: LiveStreams): EndpointRoute[] {
  return [
    route(createLiveStreamTicket, async ({ res }) => ({
      status: 201,
      body: await streams.issueTicket(signedInActorOf(res)),
    })),
    route(openLiveStream, async ({ query, req, res }) => {
      const start = await streams.open(query.ticket, lastEventIdOf(req, query.lastEventId));
      await start(serverSentEvents(res));
      return { status: 200, body: undefined };
    }),
  ];
}
