import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemoBilling } from "../../../prisma/seed/demo-billing.ts";
import {
  DEMO_PASSWORD,
  demoStaff,
  seedDemoData,
  seedDemoRetention,
  seedDemoTickets,
} from "../../../prisma/seed/demo-data.ts";
import { seedDemoReports } from "../../../prisma/seed/demo-reports.ts";
import { verifyPassword } from "../src/lib/password.ts";
import { createTicketNumbers } from "../src/modules/tickets/ticket-number.ts";
import { signIn } from "./http-callers.ts";
import { createTestApp, testDatabaseUrl } from "./test-app.ts";

const testApp = await createTestApp();
const { db } = testApp;
const ticketNumbers = createTicketNumbers("seed-test-ticket-number-secret-0123456789");
afterAll(() => testApp.close());

describe("demo data", () => {
  it("creates every demo account once, with the documented password", async () => {
    const first = await seedDemoData(db);
    expect(first.created).toHaveLength(8);

    const staff = await db.staffMember.findMany({ select: { email: true, role: true, passwordHash: true } });
    expect(staff.map((member) => member.email).sort()).toEqual(
      ["admin", "agent", "agent2", "service", "billing", "phone"].map((name) => `${name}@demo.test`).sort(),
    );
    expect(await verifyPassword(DEMO_PASSWORD, staff[0]?.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("wrong-password", staff[0]?.passwordHash ?? "")).toBe(false);

    const customer = await db.customer.findUniqueOrThrow({
      where: { email: "customer@demo.test" },
      include: { services: true },
    });
    expect(customer.services.map((service) => service.kind).sort()).toEqual(["domain", "hosting"]);

    const second = await seedDemoData(db);
    expect(second.created).toEqual([]);
    expect(await db.staffMember.count()).toBe(demoStaff.length);
  });

  it("opens demo tickets with running service-level clocks, once", async () => {
    await seedDemoData(db);
    const before = Date.now();
    expect((await seedDemoTickets(db, ticketNumbers)).created).toHaveLength(2);
    expect((await seedDemoTickets(db, ticketNumbers)).created).toEqual([]);
    const tickets = await db.ticket.findMany({
      where: { customer: { email: { in: ["customer@demo.test", "customer2@demo.test"] } } },
      select: { subject: true, slaLevel: true, firstResponseDueAt: true, slaWarnAt: true },
      orderBy: { subject: "asc" },
    });
    expect(tickets.map((ticket) => [ticket.subject, ticket.slaLevel])).toEqual([
      ["Hoe verhuis ik mijn domein naar jullie?", "best_effort"],
      ["Webshop onbereikbaar", "premium"],
    ]);
    // Premium urgent: 30 minutes around the clock, the warning after 24 of them.
    const urgent = tickets[1];
    expect((urgent?.firstResponseDueAt?.getTime() ?? 0) - before).toBeGreaterThan(29 * 60_000);
    expect((urgent?.firstResponseDueAt?.getTime() ?? 0) - before).toBeLessThanOrEqual(31 * 60_000);
    expect((urgent?.slaWarnAt?.getTime() ?? 0) - before).toBeGreaterThan(23 * 60_000);
  });

  it("leaves one guest's closed ticket from 2023 for the retention preview, once", async () => {
    expect((await seedDemoRetention(db, ticketNumbers)).created).toHaveLength(1);
    expect((await seedDemoRetention(db, ticketNumbers)).created).toEqual([]);
    const old = await db.ticket.findFirstOrThrow({
      where: { customer: { email: "pieter.oudgast@demo.test" } },
      select: { status: true, updatedAt: true, customer: { select: { services: true, passwordHash: true } } },
    });
    expect(old.status).toBe("closed");
    expect(old.updatedAt.toISOString()).toBe("2023-05-10T14:00:00.000Z");
    expect(old.customer?.services).toEqual([]);
  });

  it("seeds a rate, an accepted consent and billable time, once, which billing sees on its statement", async () => {
    await seedDemoData(db);
    const now = new Date("2026-11-20T10:00:00Z");
    expect((await seedDemoBilling(db, ticketNumbers, now)).created).toBe(true);
    expect((await seedDemoBilling(db, ticketNumbers, now)).created).toBe(false);
    const { accessToken } = await signIn(testApp, "billing@demo.test", DEMO_PASSWORD);
    const statement = await request(testApp.app)
      .get("/api/v1/billing/statements")
      .query({ month: "2026-11" })
      .set("Authorization", `Bearer ${accessToken}`);
    expect(statement.status, statement.text).toBe(200);
    expect(statement.body.rows).toEqual([
      expect.objectContaining({
        customerName: "Jan de Vries",
        billableMinutes: 25,
        billedBlocks: 2,
        amountCents: 5000,
      }),
    ]);
  });

  it("seeds six weeks for the reports dashboard, once, which customer service sees in its report", async () => {
    await seedDemoData(db);
    expect((await seedDemoReports(db, ticketNumbers)).created).toBe(true);
    expect((await seedDemoReports(db, ticketNumbers)).created).toBe(false);
    const { accessToken } = await signIn(testApp, "service@demo.test", DEMO_PASSWORD);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const report = await request(testApp.app)
      .get("/api/v1/reports")
      .query({ from: day(Date.now() - 27 * 86400_000), to: day(Date.now()) })
      .set("Authorization", `Bearer ${accessToken}`);
    expect(report.status, report.text).toBe(200);
    const { current, previous } = report.body;
    // Weekdays 4 to 8 tickets, weekend days 1 or 2: four weeks hold at least 4 * (5 * 4 + 2) = 88.
    expect(current.tickets.total).toBeGreaterThanOrEqual(88);
    expect(previous.tickets.total).toBeGreaterThan(0);
    expect(current.satisfaction.ratings).toBeGreaterThan(0);
    expect(current.responseTimes.firstResponse.medianMinutes).not.toBeNull();
    expect(current.deflection.sessions).toBeGreaterThan(200);
    expect(current.unansweredQueries.length).toBeGreaterThan(0);
    // Every day's backlog is split by who it waits on (past days seeded, today captured by the job).
    const split: { open: number | null; pending: number | null }[] = current.backlog;
    expect(split.every((row) => row.open !== null && row.pending !== null)).toBe(true);
    expect(split.some((row) => (row.pending ?? 0) > 0) && split.some((row) => (row.open ?? 0) > 0)).toBe(
      true,
    );
  });

  it("every demo account signs in with the documented password and has its role", async () => {
    await seedDemoData(db);
    const roles = new Map<string, string>([
      ["admin@demo.test", "admin"],
      ["agent@demo.test", "agent"],
      ["agent2@demo.test", "agent"],
      ["service@demo.test", "customer_service"],
      ["billing@demo.test", "billing"],
      ["phone@demo.test", "phone_desk"],
      ["customer@demo.test", "customer"],
      ["customer2@demo.test", "customer"],
    ]);
    for (const [email, role] of roles) {
      const { response } = await signIn(testApp, email, DEMO_PASSWORD);
      expect(response.body.user.role, email).toBe(role);
    }
  });

  it("refuses to run with NODE_ENV=production", () => {
    const seedScript = fileURLToPath(new URL("../../../prisma/seed/index.ts", import.meta.url));
    const result = spawnSync("pnpm", ["exec", "tsx", seedScript], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: testDatabaseUrl() },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Refusing to seed demo accounts with NODE_ENV=production");
  });
});
