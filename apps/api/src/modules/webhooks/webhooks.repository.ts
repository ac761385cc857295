// The only code that queries webhook_endpoints, webhook_deliveries and webhook_attempts.
import type { StaffRole } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import type { CursorPosition } from "../../lib/cursor.ts";

const endpointColumns = {
  id: true,
  url: true,
  events: true,
  role: true,
  secretStart: true,
  createdAt: true,
  failingSince: true,
  disabledAt: true,
} as const;

export type WebhookEndpointRow = Awaited<ReturnType<typeof findEndpoint>> & {};

export function insertEndpoint(
  db: DbClient,
  data: {
    url: string;
    events: string[];
    role: StaffRole;
    secret: string;
    secretStart: string;
    staffMemberId: string;
    createdByStaffId: string;
  },
) {
  return db.webhookEndpoint.create({ data, select: endpointColumns });
}

export function listEndpoints(db: DbClient) {
  return db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: endpointColumns,
  });
}

export function findEndpoint(db: DbClient, id: string) {
  return db.webhookEndpoint.findUnique({ where: { id }, select: endpointColumns });
}

export async function updateEndpoint(
  db: DbClient,
  id: string,
  data: { events?: string[]; disabledAt?: Date | null; failingSince?: Date | null },
) {
  const { count } = await db.webhookEndpoint.updateMany({ where: { id }, data });
  return count > 0 ? findEndpoint(db, id) : null;
}

/** Its deliveries go with it; its account stays, as the name in the trail of what it was sent. */
export async function deleteEndpoint(db: DbClient, id: string): Promise<boolean> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id } });
  return count > 0;
}

/** The channel a commit with new deliveries NOTIFYs, so dispatchers start them without waiting for a poll. */
export const WEBHOOK_DELIVERIES_CHANNEL = "webhook_deliveries_due";

/**
 * One delivery for every enabled endpoint that wants this event, in one statement inside the
 * change's own transaction: the deliveries commit with the change or not at all. When there are
 * any, the same statement NOTIFYs the dispatchers (PostgreSQL sends it at commit, once per
 * transaction).
 */
export async function enqueueDeliveries(db: DbClient, ticketId: string, event: string): Promise<void> {
  await db.$executeRaw`
    WITH inserted AS (
      INSERT INTO "webhook_deliveries" ("id", "endpoint_id", "event", "ticket_id")
      SELECT gen_random_uuid(), "id", ${event}, ${ticketId}::uuid FROM "webhook_endpoints"
      WHERE "disabled_at" IS NULL AND ${event} = ANY("events")
      RETURNING 1
    )
    SELECT pg_notify(${WEBHOOK_DELIVERIES_CHANNEL}, '') WHERE EXISTS (SELECT 1 FROM inserted)`;
}

export interface ClaimedDelivery {
  id: string;
  event: string;
  ticketId: string;
  occurredAt: Date;
  body: string | null;
  attempts: number;
  endpoint: { id: string; url: string; secret: string; role: StaffRole; staffMemberId: string };
}

/**
 * Claims up to `limit` due deliveries of enabled endpoints for one attempt each: counts the attempt
 * and leases the row (not due again until the lease ends), so other processes skip it and a process
 * that dies mid-attempt leaves it to be tried again.
 */
export async function claimDueDeliveries(
  db: DbClient,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      event: string;
      ticket_id: string;
      occurred_at: Date;
      body: string | null;
      attempts: number;
      endpoint_id: string;
      url: string;
      secret: string;
      role: StaffRole;
      staff_member_id: string;
    }[]
  >`
    WITH due AS (
      SELECT d."id" FROM "webhook_deliveries" d
      JOIN "webhook_endpoints" e ON e."id" = d."endpoint_id" AND e."disabled_at" IS NULL
      WHERE d."status" = 'pending' AND d."next_attempt_at" <= now()
      ORDER BY d."next_attempt_at", d."occurred_at"
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED)
    UPDATE "webhook_deliveries" d
    SET "attempts" = d."attempts" + 1, "next_attempt_at" = now() + make_interval(secs => ${leaseMs / 1000})
    FROM due, "webhook_endpoints" e
    WHERE d."id" = due."id" AND e."id" = d."endpoint_id"
    RETURNING d."id"::text, d."event", d."ticket_id"::text, d."occurred_at", d."body", d."attempts",
      e."id"::text AS endpoint_id, e."url", e."secret", e."role"::text AS role, e."staff_member_id"::text`;
  return rows.map((row) => ({
    id: row.id,
    event: row.event,
    ticketId: row.ticket_id,
    occurredAt: row.occurred_at,
    body: row.body,
    attempts: row.attempts,
    endpoint: {
      id: row.endpoint_id,
      url: row.url,
      secret: row.secret,
      role: row.role,
      staffMemberId: row.staff_member_id,
    },
  }));
}

/** Keeps the composed body, so every later attempt sends the same bytes. */
export async function storeBody(db: DbClient, id: string, body: string): Promise<void> {
  await db.webhookDelivery.update({ where: { id }, data: { body }, select: { id: true } });
}

export interface AttemptRecord {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/** Records an attempt and the delivery's new state, and the endpoint's failure streak. */
export async function recordAttempt(
  db: DbClient,
  delivery: { id: string; endpointId: string },
  attempt: AttemptRecord,
  outcome: { delivered: true } | { delivered: false; nextAttemptAt: Date | null },
  at: Date,
): Promise<{ failingSince: Date | null }> {
  await db.webhookAttempt.create({ data: { deliveryId: delivery.id, attemptedAt: at, ...attempt } });
  if (outcome.delivered) {
    await db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "delivered", deliveredAt: at, nextAttemptAt: null },
    });
    await db.webhookEndpoint.updateMany({
      where: { id: delivery.endpointId, failingSince: { not: null } },
      data: { failingSince: null },
    });
    return { failingSince: null };
  }
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: outcome.nextAttemptAt
      ? { nextAttemptAt: outcome.nextAttemptAt }
      : { status: "failed", nextAttemptAt: null },
  });
  await db.webhookEndpoint.updateMany({
    where: { id: delivery.endpointId, failingSince: null },
    data: { failingSince: at },
  });
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id: delivery.endpointId },
    select: { failingSince: true },
  });
  return { failingSince: endpoint?.failingSince ?? null };
}

/** Disables an endpoint once (true only for the call that did it: one e-mail to admins). */
export async function disableFailingEndpoint(db: DbClient, id: string, at: Date): Promise<boolean> {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, disabledAt: null },
    data: { disabledAt: at },
  });
  return count > 0;
}

export function findEndpointForEmail(db: DbClient, id: string) {
  return db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, failingSince: true },
  });
}

/** Deliveries of an endpoint, newest first, with their attempts (newest first). */
export function listDeliveries(
  db: DbClient,
  endpointId: string,
  after: CursorPosition | undefined,
  take: number,
) {
  return db.webhookDelivery
    .findMany({
      where: { endpointId, ...cursorWhere(after) },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        event: true,
        ticketId: true,
        occurredAt: true,
        status: true,
        nextAttemptAt: true,
        deliveredAt: true,
        attemptLog: {
          orderBy: { id: "desc" },
          take: 20,
          select: {
            attemptedAt: true,
            statusCode: true,
            durationMs: true,
            error: true,
            responseExcerpt: true,
          },
        },
      },
    })
    .then((rows) => rows.map((row) => ({ ...row, createdAt: row.occurredAt })));
}

/** Keyset condition for deliveries older than the cursor (newest-first order). */
function cursorWhere(after: CursorPosition | undefined) {
  if (!after) return {};
  return {
    OR: [{ occurredAt: { lt: after.createdAt } }, { occurredAt: after.createdAt, id: { lt: after.id } }],
  };
}

/** Makes a delivery due again now (a redelivery): pending, its attempts kept in the log. */
export async function requeueDelivery(db: DbClient, endpointId: string, id: string): Promise<boolean> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id, endpointId },
    data: { status: "pending", nextAttemptAt: new Date(), deliveredAt: null },
  });
  return count > 0;
}
