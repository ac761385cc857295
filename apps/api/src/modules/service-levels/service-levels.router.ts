import {
  getServiceCalendar,
  getServiceLevelReport,
  listServiceLevelPolicies,
  recomputeServiceLevels,
  updateServiceCalendar,
  updateServiceLevelPolicy,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { TicketsService } from "../tickets/tickets.service.ts";
import type { ServiceLevelsService } from "./service-levels.service.ts";

export function serviceLevelRoutes(
  serviceLevels: ServiceLevelsService,
  tickets: Pick<TicketsService, "recomputeServiceLevels" | "serviceLevelReport">,
) {
  return [
    route(listServiceLevelPolicies, async ({ res }) => ({
      status: 200,
      body: await serviceLevels.listPolicies(signedInActorOf(res)),
    })),
    route(updateServiceLevelPolicy, async ({ params, body, res }) => ({
      status: 200,
      body: await serviceLevels.updatePolicy(signedInActorOf(res), params, body),
    })),
    route(getServiceCalendar, async ({ res }) => ({
      status: 200,
      body: await serviceLevels.getCalendar(signedInActorOf(res)),
    })),
    route(updateServiceCalendar, async ({ body, res }) => ({
      status: 200,
      body: await serviceLevels.updateCalendar(signedInActorOf(res), body),
    })),
    route(recomputeServiceLevels, async ({ body, res }) => ({
      status: 200,
      body: await tickets.recomputeServiceLevels(signedInActorOf(res), body.tickets),
    })),
    route(getServiceLevelReport, async ({ query, res }) => ({
      status: 200,
      body: await tickets.serviceLevelReport(signedInActorOf(res), query.weeks),
    })),
  ];
}
