// The bare baseline of the creation benchmark: node:http and node-postgres, no framework, no ORM,
// doing the SQL a customer's `POST /api/v1/tickets` needs, statement for statement as the product
// does it (the access token checked with a key object made once, the session with its customer in
// one query, the ticket, its first message, the audit events, the service-level clock and the
// outbox row in one transaction): 14 round trips. Its due times are plain minutes from now: the product's business
// calendar is CPU the product spends and this floor does not. Run as its own process, like the API.
import { createSecretKey, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import jwt from "jsonwebtoken";
import pg from "pg";
import { createTicketNumbers } from "../src/modules/tickets/ticket-number.ts";

const { DATABASE_URL, JWT_SECRET, TICKET_NUMBER_SECRET, PORT } = process.env;
if (!DATABASE_URL || !JWT_SECRET || !TICKET_NUMBER_SECRET || !PORT) throw new Error("missing configuration");
const pool = new pg.Pool({ connectionString: DATABASE_URL });
const key = createSecretKey(Buffer.from(JWT_SECRET));
const numbers = createTicketNumbers(TICKET_NUMBER_SECRET);

const readBody = (request: import("node:http").IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });

async function fileTicket(customerId: string, subject: string, message: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('statement_timeout', '5000', true)");
    const customer = await client.query(
      "SELECT id, name, email, language::text FROM customers WHERE id = $1",
      [customerId],
    );
    if (customer.rowCount !== 1) throw new Error("no customer");
    // The service level and its clocks first, so that the ticket's insert carries them.
    const services = await client.query(
      "SELECT id, service_level::text FROM customer_services WHERE customer_id = $1",
      [customerId],
    );
    const level = services.rows[0]?.service_level ?? "best_effort";
    const policy = (
      await client.query(
        "SELECT first_response_minutes, next_response_minutes, resolution_minutes FROM service_level_policies WHERE level = $1 AND priority = 'normal'",
        [level],
      )
    ).rows[0];
    await client.query(
      "SELECT id, time_zone, weekly_hours, dutch_holidays, closing_days FROM service_calendars",
    );
    const now = new Date();
    const due = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const index = (await client.query("SELECT nextval('ticket_number_seq')::int AS index")).rows[0].index;
    const ticketId = randomUUID();
    const ticket = await client.query(
      `INSERT INTO tickets (id, number, subject, category, channel, details, customer_id, requester_verified_at,
         created_at, updated_at, sla_level, sla_targets, first_response_due_at, resolution_due_at, sla_next_due_at)
       VALUES ($1, $2, $3, 'other', 'web', '{}', $4, $5, $5, $5, $6::"ServiceLevel", $7, $8, $9, $8)
       RETURNING id, number, status::text, category::text`,
      [
        ticketId,
        numbers.numberAt(index),
        subject,
        customerId,
        now,
        level,
        policy,
        due(policy.first_response_minutes),
        due(policy.resolution_minutes),
      ],
    );
    await client.query(
      `INSERT INTO ticket_messages (id, ticket_id, author_kind, author_customer_id, body, created_at)
       VALUES ($1, $2, 'customer', $3, $4, $5) RETURNING id`,
      [randomUUID(), ticketId, customerId, message, now],
    );
    const audit = `INSERT INTO ticket_events (id, ticket_id, type, actor_kind, actor_customer_id, after, created_at)
                   VALUES ($1, $2, $3, 'customer', $4, $5, $6)`;
    await client.query(audit, [
      randomUUID(),
      ticketId,
      "created",
      customerId,
      { status: "new", category: "other", subject },
      now,
    ]);
    await client.query(audit, [randomUUID(), ticketId, "sla_started", customerId, { level }, now]);
    await client.query(
      "INSERT INTO domain_events (id, type, ticket_id, payload) VALUES ($1, 'ticket.created', $2, $3)",
      [randomUUID(), ticketId, { number: ticket.rows[0].number }],
    );
    await client.query("COMMIT");
    return ticket.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer(async (request, response) => {
  try {
    if (request.method === "GET" && request.url === "/health") {
      response.writeHead(200).end("ok");
      return;
    }
    if (request.method !== "POST" || request.url !== "/api/v1/tickets") {
      response.writeHead(404).end();
      return;
    }
    const token = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
    const claims = jwt.verify(token, key, { algorithms: ["HS256"] }) as { sub: string; sid: string };
    const session = await pool.query(
      `SELECT c.id, c.email, c.name FROM auth_sessions s JOIN customers c ON c.id = s.customer_id
       WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [claims.sid],
    );
    if (session.rows[0]?.id !== claims.sub) {
      response.writeHead(401).end();
      return;
    }
    const input = JSON.parse(await readBody(request)) as { subject: string; message: string };
    const ticket = await fileTicket(claims.sub, input.subject.trim(), input.message.trim());
    response.writeHead(201, { "content-type": "application/json" });
    response.end(JSON.stringify({ ...ticket, number: `#${ticket.number}` }));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(PORT), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void pool.end();
});
