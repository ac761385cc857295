// `pnpm bench`, privacy part: what the access log of private data costs the customer page. The same
// full customer record is read by customer service (one log record written per read) and by the
// customer themself (not logged), alternately, on real PostgreSQL; the ratio is the log's price.
import { createDatabaseFromTemplate, dropDatabase, prepareTestTemplate } from "@helpdesk/db-tools";
import { createDatabase } from "../src/db/prisma.ts";
import { createCustomersService } from "../src/modules/customers/customers.service.ts";
import type { SignedInActor } from "../src/modules/identity/actor.ts";

const READS = Number(process.env.BENCH_PRIVACY_READS ?? 1000);

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
} finally {
  await db.$disconnect();
  await dropDatabase(template.serverUrl, databaseUrl);
  await template.stop();
}
