// Retention with a fixed clock: finished tickets of guests and former customers are anonymised once
// their last change is older than the period (their own words gone, the team's answers scrubbed of
// them, files deleted), everything else is left alone; the access log and the suggestion events are
// pruned; a preview counts exactly what the run then does and changes nothing; runs are one at a time
// and on the record.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "../src/modules/identity/actor.ts";
import { createRetentionService } from "../src/modules/privacy/retention.service.ts";
import { monthsBefore } from "../src/modules/privacy/retention-periods.ts";
import { ERASED_BY_RETENTION } from "../src/modules/tickets/ticket-erasure.ts";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import { PDF } from "./file-fixtures.ts";
import { httpCallers, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { db, storage } = testApp;
const { as } = httpCallers(testApp);

// The clock the runs see; the default periods: tickets 24 months, access log 24, suggestion events 12.
const NOW = new Date("2029-03-15T10:00:00.000Z");
const monthsAgo = (months: number, extraDays = 0) =>
  new Date(monthsBefore(NOW, months).getTime() - extraDays * 24 * 60 * 60_000);

let admin: StaffActor;
// A clock that moves a second each time it is read, from NOW: runs follow each other in time.
let ticks = 0;
const retention = createRetentionService({
  db,
  storage,
  now: () => new Date(NOW.getTime() + ticks++ * 1000),
});

/** A finished ticket last changed at `lastChange`, with the requester's words, a team answer naming them and a file. */
async function finishedTicket(
  requester: { id: string; name: string } | null,
  lastChange: Date,
  status = "closed",
) {
  const ticket = await createTicket(db, {
    requester,
    status: status as "closed",
    subject: requester ? `Vraag van ${requester.name}` : "Terugbelverzoek",
    message: requester ? `Mijn naam is ${requester.name}.\n\n-- \n${requester.name}` : "Bel terug",
    details: requester ? {} : { callerName: "Bea Beller", phone: "+31 6 9988 7766" },
    ...(requester ? {} : { filedBy: await createStaff(db, "phone_desk") }),
  });
  const staff = await createStaff(db, "agent");
  await db.ticketMessage.create({
    data: {
      ticketId: ticket.id,
      authorKind: "staff",
      authorStaffId: staff.id,
      body: requester ? `Beste ${requester.name}, dit is opgelost.` : "Opgelost.",
    },
  });
  const storageKey = await storage.put(PDF);
  await db.attachment.create({
    data: {
      ticketId: ticket.id,
      fileName: "formulier.pdf",
      contentType: "application/pdf",
      size: PDF.length,
      sha256: "0".repeat(64),
      storageKey,
    },
  });
  await db.$executeRaw`UPDATE tickets SET updated_at = ${lastChange} WHERE id = ${ticket.id}::uuid`;
  return { id: ticket.id, storageKey };
}

const fileOf = (key: string) => path.join(testApp.attachmentsDir, key);

let guest: { id: string; name: string };
let former: { id: string; name: string };
let current: { id: string; name: string };
const tickets: Record<string, { id: string; storageKey: string }> = {};

beforeAll(async () => {
  const { staff } = await signedInStaff(testApp, "admin");
  admin = {
    kind: "staff",
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: "admin",
    sessionId: "test",
  };
  guest = await createCustomer(db, { name: "Gijs Gastmans", withPassword: false });
  former = await createCustomer(db, { name: "Femke Vroegerklant" });
  // A guest never had a service; a former customer's ended.
  await db.customerService.deleteMany({ where: { customerId: { in: [guest.id, former.id] } } });
  current = await db.customer.create({
    data: {
      email: "huidige.klant@retention.test",
      name: "Hugo Huidig",
      services: { create: [{ kind: "hosting", name: "Webhosting Plus" }] },
    },
  });
  tickets.guestOld = await finishedTicket(guest, monthsAgo(24, 1));
  tickets.guestSolvedOld = await finishedTicket(guest, monthsAgo(30), "solved");
  tickets.guestRecent = await finishedTicket(guest, monthsAgo(24, -1));
  tickets.guestOpenOld = await finishedTicket(guest, monthsAgo(30), "open");
  tickets.formerOld = await finishedTicket(former, monthsAgo(25));
  tickets.currentOld = await finishedTicket(current, monthsAgo(36));
  tickets.callerOld = await finishedTicket(null, monthsAgo(26));

  for (const [createdAt, staffId] of [
    [monthsAgo(24, 1), admin.id],
    [monthsAgo(24, -1), admin.id],
  ] as const) {
    await db.privateDataAccess.create({
      data: { staffId, customerId: current.id, fields: ["iban"], source: "GET /customers/{id}", createdAt },
    });
  }
  const formSessionId = "6f1c3e0a-7d2f-4c55-9a8e-2f6b1d0c9e72";
  await db.faqSuggestionEvent.createMany({
    data: [
      { formSessionId, type: "shown", resultCount: 2, createdAt: monthsAgo(12, 1) },
      { formSessionId, type: "submitted", createdAt: monthsAgo(12, -1) },
    ],
  });
});

const anonymisedOnes = ["guestOld", "guestSolvedOld", "formerOld", "callerOld"];
const untouchedOnes = ["guestRecent", "guestOpenOld", "currentOld"];

describe("a preview, then the run", () => {
  let preview: Awaited<ReturnType<typeof retention.start>>;

  it("previews what would go without changing anything", async () => {
    preview = await retention.start(admin, true);
    expect(preview.dryRun).toBe(true);
    expect(preview.counts).toMatchObject({
      tickets: 4,
      attachments: 4,
      privateDataLog: 1,
      suggestionEvents: 1,
    });
    expect(preview.cutoffs.closedTicketsBefore).toMatch(/^2027-03-15T10:00:/);
    expect(await db.ticket.count({ where: { anonymisedAt: { not: null } } })).toBe(0);
    for (const ticket of Object.values(tickets)) expect(existsSync(fileOf(ticket.storageKey))).toBe(true);
    expect(await db.privateDataAccess.count()).toBe(2);
    expect(
      await db.faqSuggestionEvent.count({ where: { formSessionId: "6f1c3e0a-7d2f-4c55-9a8e-2f6b1d0c9e72" } }),
    ).toBe(2);
  });

  it("then does exactly what the preview said", async () => {
    const run = await retention.start(admin, false);
    expect(run.dryRun).toBe(false);
    expect(run.counts).toEqual(preview.counts);
    expect(run.startedBy).toEqual({ id: admin.id, name: admin.name });
    expect(run.finishedAt).not.toBeNull();
  });

  it("anonymised the finished tickets of the guest, the former customer and the caller", async () => {
    for (const name of anonymisedOnes) {
      const ticket = tickets[name] as { id: string; storageKey: string };
      const row = await db.ticket.findUniqueOrThrow({
        where: { id: ticket.id },
        select: {
          anonymisedAt: true,
          subject: true,
          details: true,
          messages: { orderBy: { createdAt: "asc" } },
        },
      });
      expect(row.anonymisedAt?.getTime(), name).toBeGreaterThanOrEqual(NOW.getTime());
      expect(JSON.stringify(row), name).not.toMatch(/Gijs|Gastmans|Femke|Vroegerklant|Bea Beller|9988/);
      if (name !== "callerOld") {
        expect(row.messages[0]?.body, name).toBe(ERASED_BY_RETENTION);
        expect(row.messages[1]?.body, name).toBe("Beste [verwijderd], dit is opgelost.");
      }
      expect(await db.attachment.count({ where: { ticketId: ticket.id } }), name).toBe(0);
      expect(existsSync(fileOf(ticket.storageKey)), name).toBe(false);
    }
  });

  it("left recent, unfinished and current customers' tickets alone", async () => {
    for (const name of untouchedOnes) {
      const ticket = tickets[name] as { id: string; storageKey: string };
      const row = await db.ticket.findUniqueOrThrow({
        where: { id: ticket.id },
        select: { anonymisedAt: true, messages: { orderBy: { createdAt: "asc" } } },
      });
      expect(row.anonymisedAt, name).toBeNull();
      expect(row.messages[0]?.body, name).toMatch(/^Mijn naam is /);
      expect(existsSync(fileOf(ticket.storageKey)), name).toBe(true);
    }
    // The people themselves stay: retention anonymises tickets, erasing a person is done on request.
    expect((await db.customer.findUniqueOrThrow({ where: { id: guest.id } })).name).toBe("Gijs Gastmans");
  });

  it("pruned the access log and the suggestion events past their periods, and only those", async () => {
    const log = await db.privateDataAccess.findMany();
    expect(log.map((row) => row.createdAt)).toEqual([monthsAgo(24, -1)]);
    const events = await db.faqSuggestionEvent.findMany({
      where: { formSessionId: "6f1c3e0a-7d2f-4c55-9a8e-2f6b1d0c9e72" },
    });
    expect(events.map((event) => event.type)).toEqual(["submitted"]);
  });

  it("finds nothing more on a second run, and both runs are on the record", async () => {
    const again = await retention.start(admin, false);
    expect(again.counts).toMatchObject({
      tickets: 0,
      attachments: 0,
      privateDataLog: 0,
      suggestionEvents: 0,
    });
    const { items } = await retention.list(admin);
    expect(items.map((run) => run.dryRun)).toEqual([false, false, true]);
    expect(items[1]?.counts.tickets).toBe(4);
  });
});

describe("one run at a time, on a schedule an admin switches on", () => {
  it("refuses a run while another one is unfinished, and takes over from one that died", async () => {
    const busy = await db.retentionRun.create({
      data: { dryRun: false, periods: {}, startedAt: new Date(NOW.getTime() - 60_000) },
    });
    await expect(retention.start(admin, false)).rejects.toMatchObject({ code: "conflict" });
    // A preview may still look.
    expect((await retention.start(admin, true)).dryRun).toBe(true);
    await db.retentionRun.update({
      where: { id: busy.id },
      data: { startedAt: new Date(NOW.getTime() - 7 * 60 * 60_000) },
    });
    expect((await retention.start(admin, false)).finishedAt).not.toBeNull();
  });

  it("runs when switched on and a day has passed since the last run, not before", async () => {
    expect(await retention.runWhenDue()).toBeNull();
    await retention.updateSettings(admin, {
      closedTicketMonths: 24,
      privateDataLogMonths: 24,
      suggestionEventMonths: 12,
      scheduled: true,
    });
    // The last real run started a few seconds after NOW: not a day ago.
    expect(await retention.runWhenDue()).toBeNull();
    const tomorrow = createRetentionService({
      db,
      storage,
      now: () => new Date(NOW.getTime() + 25 * 60 * 60_000),
    });
    const run = await tomorrow.runWhenDue();
    expect(run?.startedBy).toBeNull();
    expect(run?.dryRun).toBe(false);
  });

  it("ends the record of a run that fails halfway, so the next run may start at once", async () => {
    const late = new Date(NOW.getTime() + 3 * 24 * 60 * 60_000);
    const lostOne = await finishedTicket(guest, monthsAgo(30));
    const failingStorage = { ...storage, delete: () => Promise.reject(new Error("disk gone")) };
    const failing = createRetentionService({ db, storage: failingStorage, now: () => late });
    await expect(failing.start(admin, false)).rejects.toThrow("disk gone");
    const [record] = await db.retentionRun.findMany({ orderBy: { startedAt: "desc" }, take: 1 });
    expect(record?.finishedAt).not.toBeNull();
    // The batch before the failure was committed, and the record counts it.
    expect(record?.counts).toMatchObject({ tickets: 1 });
    const anonymised = await db.ticket.findUniqueOrThrow({ where: { id: lostOne.id } });
    expect(anonymised.anonymisedAt).not.toBeNull();
    // Not the 409 of a busy run: the failed one is over.
    const next = createRetentionService({ db, storage, now: () => late });
    expect((await next.start(admin, false)).finishedAt).not.toBeNull();
  });
});

describe("the settings over HTTP", () => {
  it("takes periods from 1 to 120 months or none, and refuses others with the field named", async () => {
    const { token } = await signedInStaff(testApp, "admin");
    const admins = as(token);
    const saved = await admins.put("/retention/settings", {
      closedTicketMonths: 84,
      privateDataLogMonths: null,
      suggestionEventMonths: 1,
      scheduled: false,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ closedTicketMonths: 84, privateDataLogMonths: null });
    for (const closedTicketMonths of [0, 121, 2.5, "12"]) {
      const refused = await admins.put("/retention/settings", {
        closedTicketMonths,
        privateDataLogMonths: 24,
        suggestionEventMonths: 12,
        scheduled: false,
      });
      expect(refused.status).toBe(400);
      expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(refused.text).toContain("closedTicketMonths");
    }
    expect((await admins.get("/retention/settings")).body.closedTicketMonths).toBe(84);
  });
});

describe("months before a date", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(monthsBefore(new Date("2028-02-29T12:00:00Z"), 12).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(monthsBefore(new Date("2029-03-31T00:00:00Z"), 1).toISOString()).toBe("2029-02-28T00:00:00.000Z");
    expect(monthsBefore(new Date("2029-01-15T08:00:00Z"), 24).toISOString()).toBe("2027-01-15T08:00:00.000Z");
  });
});
