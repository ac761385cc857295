import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { inboundOutcomeSchema } from "./inbound.schemas.ts";

export const receiveInboundEmail = defineEndpoint({
  method: "POST",
  path: "/inbound-email",
  summary:
    "For mail providers: one raw MIME message (multipart field `message`), authenticated with the X-Inbound-Secret header. The provider also sends the envelope sender (X-Envelope-From) and, when it checked them, its SPF/DKIM/DMARC results (X-Authentication-Results): a reply lands on its ticket only when the envelope sender is the From address and the results pass",
  tag: "E-mail",
  upload: { field: "message" },
  responses: { 202: inboundOutcomeSchema, 401: problemSchema, 404: problemSchema },
});
