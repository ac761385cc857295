import { timingSafeEqual } from "node:crypto";
import { receiveInboundEmail } from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";
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
  ];
}
