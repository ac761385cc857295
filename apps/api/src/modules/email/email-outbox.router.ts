// Dead letters of the e-mail outbox: visible to admins and customer service, who can retry them.
import { listFailedEmails, retryFailedEmail } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import { denyAsNotFound, requireStaff } from "../identity/access-policy.ts";

const mayManageOutbox = (role: string) => role === "admin" || role === "customer_service";

export function emailOutboxRoutes(db: Database) {
  return [
    route(listFailedEmails, async ({ res }) => {
      requireStaff(signedInActorOf(res), mayManageOutbox);
      const rows = await db.domainEvent.findMany({
        where: { failedAt: { not: null } },
        orderBy: { failedAt: "desc" },
        take: 200,
        select: {
          id: true,
          type: true,
          ticketId: true,
          attempts: true,
          lastError: true,
          occurredAt: true,
          failedAt: true,
        },
      });
      return {
        status: 200,
        body: {
          items: rows.map((row) => ({
            ...row,
            occurredAt: row.occurredAt.toISOString(),
            failedAt: (row.failedAt ?? row.occurredAt).toISOString(),
          })),
        },
      };
    }),
    route(retryFailedEmail, async ({ params, res }) => {
      requireStaff(signedInActorOf(res), mayManageOutbox);
      const retried = await db.domainEvent.updateMany({
        where: { id: params.id, failedAt: { not: null } },
        data: { failedAt: null, attempts: 0, nextAttemptAt: new Date(), lastError: null },
      });
      if (retried.count === 0) denyAsNotFound();
      return { status: 202, body: { status: "scheduled" } };
    }),
  ];
}
