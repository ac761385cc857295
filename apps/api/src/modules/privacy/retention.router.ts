import {
  getRetentionSettings,
  listRetentionRuns,
  startRetentionRun,
  updateRetentionSettings,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { RetentionService } from "./retention.service.ts";

export function retentionRoutes(retention: RetentionService) {
  return [
    route(getRetentionSettings, async ({ res }) => ({
      status: 200,
      body: await retention.getSettings(signedInActorOf(res)),
    })),
    route(updateRetentionSettings, async ({ body, res }) => ({
      status: 200,
      body: await retention.updateSettings(signedInActorOf(res), body),
    })),
    route(startRetentionRun, async ({ body, res }) => ({
      status: 201,
      body: await retention.start(signedInActorOf(res), body.dryRun),
    })),
    route(listRetentionRuns, async ({ res }) => ({
      status: 200,
      body: await retention.list(signedInActorOf(res)),
    })),
  ];
}
