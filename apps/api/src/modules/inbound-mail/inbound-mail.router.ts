import { timingSafeEqual } from "node:crypto";
import {
  downloadInboundEmailOriginal,
  listInboundEmailOriginals,
  receiveInboundEmail,
} from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";
import { actorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { InboundMailService } from "./inbound-mail.service.ts";

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * Raw MIME from a mail provider; without a configured secret the endpoint does not exist. The
 * provider says who sent it: `X-Envelope-From` (MAIL FROM) and `X-Authentication-Results`.
 */
export function inboundMailRoutes(inbound: InboundMailService, secret: string | undefined) {
  return [
    route(receiveInboundEmail, async ({ req, file }) => {
      if (!secret) throw new AppError("not_found");
      if (!sameSecret(req.get("X-Inbound-Secret") ?? "", secret)) {
        throw new AppError("unauthenticated", "Send the shared secret in X-Inbound-Secret");
      }
      // Set by the mail provider (the request carries the shared secret): the envelope sender and
      // the provider's own SPF/DKIM/DMARC verdicts.
      const outcome = await inbound.receive(file.buffer, {
        sender: req.get("X-Envelope-From"),
        authenticationResults: req.get("X-Authentication-Results"),
      });
      return { status: 202, body: outcome };
    }),
    route(listInboundEmailOriginals, async ({ params, res }) => ({
      status: 200,
      body: await inbound.listOriginals(actorOf(res), params.id),
    })),
    route(downloadInboundEmailOriginal, async ({ params, res }) => {
      const raw = await inbound.readOriginal(actorOf(res), params.id, params.originalId);
      // Always a download: never rendered in the API's origin.
      res.attachment("original.eml");
      res.type("message/rfc822");
      res.setHeader("Cache-Control", "private, no-store");
      res.status(200).send(raw);
      return { status: 200, body: undefined };
    }),
  ];
}
