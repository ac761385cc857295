import { getPublicSettings, getSettings, updateSettings } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { SettingsService } from "./settings.service.ts";

export function settingsRoutes(settings: SettingsService) {
  return [
    route(getPublicSettings, async () => ({ status: 200, body: await settings.publicSettings() })),
    route(getSettings, async ({ res }) => ({ status: 200, body: await settings.get(signedInActorOf(res)) })),
    route(updateSettings, async ({ body, res }) => ({
      status: 200,
      body: await settings.update(signedInActorOf(res), body),
    })),
  ];
}
