// `pnpm bench`, privacy part: what the access log of private data costs the customer page. The same
// full customer record is read by customer service (one log record written per read) and by the
// customer themself (not logged), alternately, on real PostgreSQL; the ratio is the log's price.
import { createDatabaseFromTemplate, dropDatabase, prepareTestTemplate } from "@helpdesk/db-tools";
import { createDatabase } from "../src/db/prisma.ts";
import { createCustomersService } from "../src/modules/customers/customers.service.ts";
import type { SignedInActor } from "../src/modules/identity/actor.ts";
import { createCustomerErasureService } from "../src/modules/privacy/customer-erasure.service.ts";

const READS = Number(process.env.BENCH_PRIVACY_READS ?? 1000);
const ERASED_TICKETS = Number(process.env.BENCH_ERASED_TICKETS ?? 1000);

const template = await prepareTestTemplate();
const databaseUrl = await createDatabaseFromTemplate(template.serverUrl, template.templateDatabase);
const db = createDatabase(databaseUrl);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

try {
  const customer = await db.customer.create({
    data: {
      email: "bench-privacy@example.test",
      name: "Bench Klant",
      postalAddress: "Benchstraat 1, 1234 AB Utrecht",
      iban: "NL91ABNA0417164300",
      dateOfBirth: new Date("1980-01-01"),
    },
  });
  const staff = await db.staffMember.create({
    data: { email: "bench-cs@example.test", name: "Bench CS", role: "customer_service", passwordHash: "x" },
  });
  const customers = createCustomersService({ db });
  const logged: SignedInActor = {
    kind: "staff",
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: "customer_service",
    sessionId: "bench",
  };
  const own: SignedInActor = {
    kind: "customer",
    id: customer.id,
    email: customer.email,
    name: customer.name,
    sessionId: "bench",
  };

  const timings = { logged: [] as number[], own: [] as number[] };
  // Warm up both paths, then alternate so that noise on this machine hits both alike.
  for (let index = 0; index < 50; index++) {
    await customers.getCustomer(logged, customer.id);
    await customers.getCustomer(own, customer.id);
  }
  for (let index = 0; index < READS; index++) {
    for (const [name, actor] of [
      ["logged", logged],
      ["own", own],
    ] as const) {
      const started = performance.now();
      await customers.getCustomer(actor, customer.id, "agent-ticket");
      timings[name].push(performance.now() - started);
    }
  }
  const written = await db.privateDataAccess.count({ where: { customerId: customer.id } });
  if (written !== READS + 50) throw new Error(`expected ${READS + 50} log records, found ${written}`);
  const median = { logged: percentile(timings.logged, 50), own: percentile(timings.own, 50) };
  const p95 = { logged: percentile(timings.logged, 95), own: percentile(timings.own, 95) };
  console.log(
    `private-data access log: ${READS} reads each; with the log written median ${median.logged.toFixed(2)} ms, p95 ${p95.logged.toFixed(2)} ms; without (baseline) median ${median.own.toFixed(2)} ms, p95 ${p95.own.toFixed(2)} ms; ratio ${(median.logged / median.own).toFixed(2)}x median, ${(p95.logged / p95.own).toFixed(2)}x p95`,
  );

  // Erasure of a customer with many tickets: each with the customer's message, a team reply that
  // greets them by name, and its audit event, all to be scrubbed in the one transaction.
  const tickets = Array.from({ length: ERASED_TICKETS }, (_, index) => ({
    id: crypto.randomUUID(),
    number: 100_000 + index,
    subject: `Vraag ${index} van Bench Klant`,
    category: "other" as const,
    channel: "web" as const,
    customerId: customer.id,
  }));
  await db.ticket.createMany({ data: tickets });
  await db.ticketMessage.createMany({
    data: tickets.flatMap((ticket) => [
      {
        ticketId: ticket.id,
        authorKind: "customer" as const,
        authorCustomerId: customer.id,
        body: `Mijn IBAN is NL91ABNA0417164300.\n\n-- \nBench Klant`,
      },
      {
        ticketId: ticket.id,
        authorKind: "staff" as const,
        authorStaffId: staff.id,
        body: "Beste Bench, het is geregeld.",
      },
    ]),
  });
  await db.ticketEvent.createMany({
    data: tickets.map((ticket) => ({
      ticketId: ticket.id,
      type: "created",
      actorKind: "customer" as const,
      actorCustomerId: customer.id,
      after: { subject: ticket.subject },
    })),
  });
  const erasure = createCustomerErasureService({
    db,
    storage: { put: async () => "", get: async () => Buffer.alloc(0), delete: async () => undefined },
  });
  const erasingStarted = performance.now();
  const erased = await erasure.erase(logged, customer.id, "Bench");
  const erasingMs = performance.now() - erasingStarted;
  if (erased.counts.tickets !== ERASED_TICKETS) throw new Error(`erased ${erased.counts.tickets} tickets`);
  console.log(
    `customer erasure: ${ERASED_TICKETS} tickets, ${erased.counts.messages} messages and ${erased.counts.events} audit events scrubbed in ${(erasingMs / 1000).toFixed(2)} s (one transaction)`,
  );
} finally {
  await db.$disconnect();
  await dropDatabase(template.serverUrl, databaseUrl);
  await template.stop();
}
