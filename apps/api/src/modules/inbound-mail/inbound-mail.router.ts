import { timingSafeEqual } from "node:crypto";
import { receiveInboundEmail } from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";
import { route } from "../../http/endpoint.ts";
import type { InboundMailService } from "./inbound-mail.service.ts";

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** Raw MIME from a mail provider; without a configured secret the endpoint does not exist. */
export function inboundMailRoutes(inbound: InboundMailService, secret: string | undefined) {
  return [
    route(receiveInboundEmail, async ({ req, file }) => {
      if (!secret) throw new AppError("not_found");
      if (!sameSecret(req.get("X-Inbound-Secret") ?? "", secret)) {
        throw new AppError("unauthenticated", "Send the shared secret in X-Inbound-Secret");
      }
      return { status: 202, body: await inbound.receive(file.buffer) };
    }),
  ];
}
