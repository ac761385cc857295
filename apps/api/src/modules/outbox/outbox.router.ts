// Dead letters of the e-mail outbox: visible to admins and customer service, who can retry them.
import { listFailedEmails, retryFailedEmail } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { OutboxService } from "./outbox.service.ts";

export function outboxRoutes(outbox: OutboxService) {
  return [
    route(listFailedEmails, async ({ res }) => ({
      status: 200,
      body: await outbox.listDeadLetters(signedInActorOf(res)),
    })),
    route(retryFailedEmail, async ({ params, res }) => ({
      status: 202,
      body: await outbox.retryDeadLetter(signedInActorOf(res), params.id),
    })),
  ];
}
