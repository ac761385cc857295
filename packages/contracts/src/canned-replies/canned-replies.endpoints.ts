import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  cannedReplyForTicketParamsSchema,
  cannedReplyListQuerySchema,
  cannedReplyPageSchema,
  cannedReplyParamsSchema,
  cannedReplySchema,
  createCannedReplySchema,
  renderedCannedReplySchema,
  updateCannedReplySchema,
} from "./canned-replies.schemas.ts";

const denied = { 401: problemSchema, 404: problemSchema };

export const listCannedReplies = defineEndpoint({
  method: "GET",
  path: "/canned-replies",
  summary: "Standard answers, newest first, optionally by words or changed since (staff who work tickets)",
  tag: "Canned replies",
  query: cannedReplyListQuerySchema,
  responses: { 200: cannedReplyPageSchema, 400: problemSchema, ...denied },
});

export const getCannedReply = defineEndpoint({
  method: "GET",
  path: "/canned-replies/:id",
  summary: "A standard answer with its placeholders as written (staff who work tickets)",
  tag: "Canned replies",
  params: cannedReplyParamsSchema,
  responses: { 200: cannedReplySchema, ...denied },
});

export const createCannedReply = defineEndpoint({
  method: "POST",
  path: "/canned-replies",
  summary:
    "Write a standard answer; an unknown placeholder or FAQ article is refused with 400 on `body.body` (admins only)",
  tag: "Canned replies",
  body: createCannedReplySchema,
  responses: { 201: cannedReplySchema, 400: problemSchema, ...denied },
});

export const updateCannedReply = defineEndpoint({
  method: "PUT",
  path: "/canned-replies/:id",
  summary:
    "Change a standard answer; refused with 409 edit_conflict when someone saved since `expectedUpdatedAt` (admins only)",
  tag: "Canned replies",
  params: cannedReplyParamsSchema,
  body: updateCannedReplySchema,
  responses: { 200: cannedReplySchema, 400: problemSchema, 409: problemSchema, ...denied },
});

export const deleteCannedReply = defineEndpoint({
  method: "DELETE",
  path: "/canned-replies/:id",
  summary: "Remove a standard answer (admins only)",
  tag: "Canned replies",
  params: cannedReplyParamsSchema,
  responses: { 204: null, ...denied },
});

export const renderCannedReply = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/canned-replies/:cannedId/render",
  summary:
    "A standard answer filled in for this ticket (customer name, ticket number, FAQ links), as Markdown for the reply box; counts one use (staff who work tickets)",
  tag: "Canned replies",
  params: cannedReplyForTicketParamsSchema,
  responses: { 200: renderedCannedReplySchema, 409: problemSchema, ...denied },
});
