import { createApiToken, listApiTokens, revokeApiToken } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { ApiTokensService } from "./api-tokens.service.ts";

export function apiTokenRoutes(apiTokens: ApiTokensService) {
  return [
    route(createApiToken, async ({ body, res }) => ({
      status: 201,
      body: await apiTokens.createApiToken(signedInActorOf(res), body),
    })),
    route(listApiTokens, async ({ res }) => ({
      status: 200,
      body: await apiTokens.listApiTokens(signedInActorOf(res)),
    })),
    route(revokeApiToken, async ({ params, res }) => {
      await apiTokens.revokeApiToken(signedInActorOf(res), params.id);
      return { status: 204, body: undefined };
    }),
  ];
}
