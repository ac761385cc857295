import {
  createCannedReply,
  deleteCannedReply,
  getCannedReply,
  listCannedReplies,
  renderCannedReply,
  updateCannedReply,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { CannedRepliesService } from "./canned-replies.service.ts";

export function cannedReplyRoutes(cannedReplies: CannedRepliesService) {
  return [
    route(listCannedReplies, async ({ query, res }) => ({
      status: 200,
      body: await cannedReplies.list(signedInActorOf(res), query),
    })),
    route(getCannedReply, async ({ params, res }) => ({
      status: 200,
      body: await cannedReplies.get(signedInActorOf(res), params.id),
    })),
    route(createCannedReply, async ({ body, res }) => ({
      status: 201,
      body: await cannedReplies.create(signedInActorOf(res), body),
    })),
    route(updateCannedReply, async ({ params, body, res }) => ({
      status: 200,
      body: await cannedReplies.update(signedInActorOf(res), params.id, body),
    })),
    route(deleteCannedReply, async ({ params, res }) => {
      await cannedReplies.remove(signedInActorOf(res), params.id);
      return { status: 204, body: undefined };
    }),
    route(renderCannedReply, async ({ params, res }) => ({
      status: 200,
      body: await cannedReplies.render(signedInActorOf(res), params.id, params.cannedId),
    })),
  ];
}
