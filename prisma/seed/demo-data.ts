// Demo accounts for development and evaluation; never for production (see index.ts).
import type { Database } from "../../apps/api/src/db/prisma.ts";
import type { StaffRole } from "../../apps/api/src/generated/prisma/enums.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import type { TicketNumbers } from "../../apps/api/src/modules/tickets/ticket-number.ts";
import { startTicketClock } from "../../apps/api/src/modules/tickets/ticket-sla.ts";

export const DEMO_PASSWORD = "demo-password";

export const demoStaff: { email: string; name: string; role: StaffRole }[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "admin" },
  { email: "agent@demo.test", name: "Sam Support", role: "agent" },
  { email: "agent2@demo.test", name: "Robin Support", role: "agent" },
  { email: "service@demo.test", name: "Chris Klantenservice", role: "customer_service" },
  { email: "billing@demo.test", name: "Dana Debiteuren", role: "billing" },
  { email: "phone@demo.test", name: "Pat Telefoon", role: "phone_desk" },
];

export const demoCustomers = [
  {
    email: "customer@demo.test",
    name: "Jan de Vries",
    phone: "+31 20 123 4567",
    postalAddress: "Keizersgracht 1, 1015 CC Amsterdam",
    iban: "NL91ABNA0417164300",
    dateOfBirth: new Date("1980-04-12"),
    services: [
      { kind: "hosting", name: "Webhosting Plus", serviceLevel: "best_effort", billingPeriod: "monthly" },
      { kind: "domain", name: "devries-bakkerij.nl", serviceLevel: "best_effort", billingPeriod: "yearly" },
    ],
  },
  {
    email: "customer2@demo.test",
    name: "Fatima El Amrani",
    phone: "+31 10 765 4321",
    postalAddress: "Coolsingel 40, 3011 AD Rotterdam",
    iban: "NL02RABO0123456789",
    dateOfBirth: new Date("1991-09-30"),
    services: [
      { kind: "hosting", name: "Webhosting Business", serviceLevel: "premium", billingPeriod: "yearly" },
    ],
  },
] as const;

/**
 * Creates the demo accounts that do not exist yet. Existing accounts are left as they are, so a
 * developer's changes survive a restart and the slow password hashing runs only once.
 */
export async function seedDemoData(db: Database): Promise<{ created: string[] }> {
  const created: string[] = [];
  const existingStaff = new Set(
    (await db.staffMember.findMany({ select: { email: true } })).map((staff) => staff.email),
  );
  const existingCustomers = new Set(
    (await db.customer.findMany({ select: { email: true } })).map((customer) => customer.email),
  );
  const missingStaff = demoStaff.filter((staff) => !existingStaff.has(staff.email));
  const missingCustomers = demoCustomers.filter((customer) => !existingCustomers.has(customer.email));
  if (missingStaff.length === 0 && missingCustomers.length === 0) return { created };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const staff of missingStaff) {
    await db.staffMember.create({ data: { ...staff, passwordHash } });
    created.push(staff.email);
  }
  for (const { services, ...customer } of missingCustomers) {
    await db.customer.create({
      data: {
        ...customer,
        passwordHash,
        emailVerifiedAt: new Date(),
        services: { create: services.map((service) => ({ ...service })) },
      },
    });
    created.push(customer.email);
  }
  return { created };
}

/**
 * Open demo tickets with their service-level clocks, so a fresh `pnpm start` shows due times: a Best
 * Effort question of Jan de Vries (first response within 1 working day) and an urgent outage of
 * Fatima El Amrani's Premium hosting (30 minutes around the clock: its 80% warning reaches the mail
 * catcher 24 minutes after the start, to the support agents, since nobody has it yet). Only for
 * demo customers without tickets, so a restart adds none.
 */
export async function seedDemoTickets(
  db: Database,
  ticketNumbers: TicketNumbers,
): Promise<{ created: string[] }> {
  const created: string[] = [];
  const demoTickets = [
    {
      email: "customer@demo.test",
      subject: "Hoe verhuis ik mijn domein naar jullie?",
      message: "Ik wil devries-bakkerij.nl bij jullie onderbrengen. Wat moet ik daarvoor doen?",
      priority: "normal",
    },
    {
      email: "customer2@demo.test",
      subject: "Webshop onbereikbaar",
      message: "Sinds een kwartier geeft mijn webshop een foutmelding 503. Klanten kunnen niet bestellen.",
      priority: "urgent",
    },
  ] as const;
  for (const demo of demoTickets) {
    const customer = await db.customer.findUnique({
      where: { email: demo.email },
      select: { id: true, _count: { select: { tickets: true } } },
    });
    if (!customer || customer._count.tickets > 0) continue;
    const ticket = await db.ticket.create({
      data: {
        number: await ticketNumbers.next(db),
        subject: demo.subject,
        category: "other",
        channel: "web",
        priority: demo.priority,
        customerId: customer.id,
        requesterVerifiedAt: new Date(),
        messages: { create: { body: demo.message, authorKind: "customer", authorCustomerId: customer.id } },
        events: { create: { type: "created", actorKind: "customer", actorCustomerId: customer.id } },
      },
      select: { id: true },
    });
    await startTicketClock(db, ticket.id, { kind: "system" });
    created.push(demo.subject);
  }
  return { created };
}

/**
 * A guest who asked something in 2023 and never became a customer: their closed ticket is past the
 * default retention period, so the admin's retention preview on a fresh `pnpm start` has something
 * to show. Only once.
 */
export async function seedDemoRetention(
  db: Database,
  ticketNumbers: TicketNumbers,
): Promise<{ created: string[] }> {
  const email = "pieter.oudgast@demo.test";
  if (await db.customer.findUnique({ where: { email }, select: { id: true } })) return { created: [] };
  const lastChange = new Date("2023-05-10T14:00:00.000Z");
  const guest = await db.customer.create({ data: { email, name: "Pieter Oudgast" } });
  const ticket = await db.ticket.create({
    data: {
      number: await ticketNumbers.next(db),
      subject: "Vraag over een verhuizing naar jullie",
      category: "other",
      channel: "web",
      status: "closed",
      customerId: guest.id,
      createdAt: new Date("2023-05-08T09:30:00.000Z"),
      messages: {
        create: [
          {
            body: "Kunnen jullie mijn website overzetten? Groet, Pieter Oudgast",
            authorKind: "guest",
            authorCustomerId: guest.id,
            createdAt: new Date("2023-05-08T09:30:00.000Z"),
          },
          {
            body: "Beste Pieter, dat kan: zie de FAQ over verhuizen.",
            authorKind: "staff",
            createdAt: new Date("2023-05-08T11:00:00.000Z"),
          },
        ],
      },
      events: {
        create: { type: "created", actorKind: "guest", createdAt: new Date("2023-05-08T09:30:00.000Z") },
      },
    },
    select: { id: true },
  });
  await db.$executeRaw`UPDATE tickets SET updated_at = ${lastChange} WHERE id = ${ticket.id}::uuid`;
  return { created: ["Vraag over een verhuizing naar jullie"] };
}
