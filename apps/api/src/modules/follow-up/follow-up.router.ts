import { getFollowUpSettings, snoozeTicket, updateFollowUpSettings } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { TicketsService } from "../tickets/tickets.service.ts";
import type { FollowUpSettingsService } from "./follow-up.service.ts";

export function followUpRoutes(
  settings: FollowUpSettingsService,
  tickets: Pick<TicketsService, "snoozeTicket">,
) {
  return [
    route(getFollowUpSettings, async ({ res }) => ({
      status: 200,
      body: await settings.settings(signedInActorOf(res)),
    })),
    route(updateFollowUpSettings, async ({ body, res }) => ({
      status: 200,
      body: await settings.saveSettings(signedInActorOf(res), body),
    })),
    route(snoozeTicket, async ({ params, body, res }) => ({
      status: 200,
      body: await tickets.snoozeTicket(
        signedInActorOf(res),
        params.id,
        body.snoozedUntil === null ? null : new Date(body.snoozedUntil),
      ),
    })),
  ];
}
