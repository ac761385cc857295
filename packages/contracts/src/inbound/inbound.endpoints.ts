import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { inboundOutcomeSchema } from "./inbound.schemas.ts";

export const receiveInboundEmail = defineEndpoint({
  method: "POST",
  path: "/inbound-email",
  summary:
    "For mail providers: one raw MIME message (multipart field `message`), authenticated with the X-Inbound-Secret header",
  tag: "E-mail",
  upload: { field: "message" },
  responses: { 202: inboundOutcomeSchema, 401: problemSchema, 404: problemSchema },
});
