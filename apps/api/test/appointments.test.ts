// Remote-support appointments: free slots from the service calendar (none past, none closed), the
// capacity of a slot under 20 concurrent bookings, bad bookings as 4xx problems with nothing
// written, the booked slot on the ticket and as an .ics in the confirmation (parsed back), today's
// list for staff, and the reminder the day before, sent once (fixed clock).
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppointmentReminders } from "../src/modules/appointments/appointment-reminders.service.ts";
import { createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { db } = testApp;

let admin: string;
let agent: string;
let phoneDesk: string;

interface SlotItem {
  startsAt: string;
  endsAt: string;
  free: number;
}
const freeSlots = async (query: Record<string, string> = { days: "7" }) => {
  const response = await as().get("/appointment-slots", query);
  expect(response.status, response.text).toBe(200);
  return response.body.items as SlotItem[];
};

/** The n-th free slot of the coming week (tests take different ones, so they do not share a slot). */
const nthFreeSlot = async (n: number) => {
  const slot = (await freeSlots())[n];
  if (!slot) throw new Error(`fewer than ${n + 1} free slots`);
  return slot;
};

const amsterdam = (iso: string) => {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: part("weekday"), minutes: Number(part("hour")) * 60 + Number(part("minute")) };
};

const remoteSupport = (slotStart: string, subject: string, phone = "06 12345678") => ({
  category: "remote_support",
  subject,
  message: "Mijn mailprogramma haalt geen mail meer op.",
  details: { slotStart, phone },
});

beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin")).token;
  agent = (await signedInStaff(testApp, "agent", { name: "Annemarie Belmoment" })).token;
  phoneDesk = (await signedInStaff(testApp, "phone_desk")).token;
  const saved = await as(admin).put("/appointments/settings", { slotMinutes: 30, capacity: 2 });
  expect(saved.status, saved.text).toBe(200);
}, 60_000);

describe("free slots", () => {
  it("offers only future slots of the slot length, in opening hours on working days", async () => {
    const slots = await freeSlots();
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(new Date(slot.startsAt).getTime()).toBeGreaterThan(Date.now());
      expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(30 * 60_000);
      const { weekday, minutes } = amsterdam(slot.startsAt);
      expect(["Sat", "Sun"]).not.toContain(weekday);
      expect(minutes).toBeGreaterThanOrEqual(9 * 60);
      expect(minutes + 30).toBeLessThanOrEqual(17 * 60);
      expect(slot.free).toBe(2);
    }
  });

  it("follows the admin's slot length, and refuses a bad setting or a bad query with a problem", async () => {
    expect((await as(admin).put("/appointments/settings", { slotMinutes: 60, capacity: 2 })).status).toBe(
      200,
    );
    const hourly = await nthFreeSlot(0);
    expect(new Date(hourly.endsAt).getTime() - new Date(hourly.startsAt).getTime()).toBe(3_600_000);
    expect((await as(admin).put("/appointments/settings", { slotMinutes: 30, capacity: 2 })).status).toBe(
      200,
    );

    const bad = await as(admin).put("/appointments/settings", { slotMinutes: 5, capacity: 0 });
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/application\/problem\+json/);
    const badQuery = await as().get("/appointment-slots", { days: "99" });
    expect(badQuery.status).toBe(400);
    expect(badQuery.headers["content-type"]).toMatch(/application\/problem\+json/);
  });
});

describe("booking", () => {
  it("books exactly the capacity of a slot under 20 concurrent requests; the others get 409", async () => {
    const slot = await nthFreeSlot(3);
    const customers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signedInCustomer(testApp, { name: `Klant ${i}` })),
    );
    const subject = `Gelijktijdig ${slot.startsAt}`;
    const responses = await Promise.all(
      customers.map(({ token }) => as(token).post("/tickets", remoteSupport(slot.startsAt, subject))),
    );
    const statuses = responses.map((response) => response.status).sort();
    const odd = responses.find((response) => ![201, 409].includes(response.status));
    expect(odd?.text, String(odd?.status)).toBeUndefined();
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(18);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    // Nothing half-written: two tickets, two appointments, and the slot is no longer offered.
    expect(await db.ticket.count({ where: { subject } })).toBe(2);
    expect(await db.appointment.count({ where: { startsAt: new Date(slot.startsAt) } })).toBe(2);
    expect((await freeSlots()).map((s) => s.startsAt)).not.toContain(slot.startsAt);
  }, 60_000);

  it("refuses a past slot, a closed hour, an odd start and a bad phone number with 400, writing nothing", async () => {
    const { token } = await signedInCustomer(testApp);
    const slot = await nthFreeSlot(5);
    const nextSaturdayNight = new Date(slot.startsAt);
    nextSaturdayNight.setUTCDate(
      nextSaturdayNight.getUTCDate() + ((6 - nextSaturdayNight.getUTCDay() + 7) % 7),
    );
    nextSaturdayNight.setUTCHours(2, 0, 0, 0);
    const cases = [
      remoteSupport(new Date(Date.now() - 3_600_000).toISOString(), "Verleden tijd"),
      remoteSupport(nextSaturdayNight.toISOString(), "Gesloten"),
      remoteSupport(new Date(new Date(slot.startsAt).getTime() + 7 * 60_000).toISOString(), "Scheef"),
      remoteSupport(slot.startsAt, "Geen nummer", "bel me"),
      remoteSupport("morgen om tien uur", "Geen tijd"),
    ];
    for (const body of cases) {
      const response = await as(token).post("/tickets", body);
      expect(response.status, `${body.subject}: ${response.text}`).toBe(400);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(await db.ticket.count({ where: { subject: body.subject } })).toBe(0);
    }
  });

  it("a full slot answers 409 also for a guest, and a later slot still books", async () => {
    const slot = await nthFreeSlot(7);
    for (const n of [1, 2]) {
      const { token } = await signedInCustomer(testApp);
      expect((await as(token).post("/tickets", remoteSupport(slot.startsAt, `Vol ${n}`))).status).toBe(201);
    }
    const guest = await as().post("/tickets", {
      ...remoteSupport(slot.startsAt, "Gast te laat"),
      email: "gast-vol@example.test",
      name: "Gijs Gast",
    });
    expect(guest.status, guest.text).toBe(409);
    expect(guest.body.code).toBe("conflict");
  });
});

describe("the booked slot", () => {
  it("is on the customer's ticket, in the confirmation as an .ics, and in staff's list of that day", async () => {
    const owner = await signedInCustomer(testApp, { name: "Olga Afspraak" });
    const slot = await nthFreeSlot(9);
    const filed = await as(owner.token).post("/tickets", remoteSupport(slot.startsAt, "Outlook op afstand"));
    expect(filed.status, filed.text).toBe(201);

    const mine = await as(owner.token).get(`/tickets/${filed.body.id}/appointment`);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body).toEqual({ startsAt: slot.startsAt, endsAt: slot.endsAt, phone: "06 12345678" });
    expect(mine.text).not.toContain("Annemarie");

    const mail = await testApp.inbox.waitFor(owner.customer.email, (m) => /ontvangen/.test(m.subject));
    expect(mail.text).toContain("06 12345678");
    const ics = mail.parsed.attachments.find((file) => file.filename === "afspraak.ics");
    expect(ics?.contentType).toBe("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(ics?.content.toString("utf8") ?? ""));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect(event.startDate.toJSDate().toISOString()).toBe(slot.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(slot.endsAt);
    expect(event.summary).toContain("Hulp op afstand");
    expect(event.uid).toMatch(/^appointment-[0-9a-f-]{36}@/);

    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
      new Date(slot.startsAt),
    );
    const day = await as(agent).get("/appointments", { date });
    expect(day.status, day.text).toBe(200);
    const listed = day.body.items.find((item: { ticketId: string }) => item.ticketId === filed.body.id);
    expect(listed).toMatchObject({
      phone: "06 12345678",
      customerName: "Olga Afspraak",
      startsAt: slot.startsAt,
    });
    expect((await as(phoneDesk).get("/appointments", { date })).status).toBe(404);
    expect((await as(owner.token).get("/appointments", { date })).status).toBe(404);
  });
});

describe("the reminder the day before", () => {
  it("is e-mailed once, on the day before, by the job with a fixed clock", async () => {
    const owner = await signedInCustomer(testApp, { name: "Rita Herinnering" });
    const ticket = await createTicket(db, { requester: owner.customer, category: "remote_support" });
    // Wednesday 15 January 2031, 10:00 in Amsterdam.
    await db.appointment.create({
      data: {
        ticketId: ticket.id,
        startsAt: new Date("2031-01-15T09:00:00Z"),
        endsAt: new Date("2031-01-15T09:30:00Z"),
        place: 1,
        phone: "+31 20 1234567",
      },
    });
    const at = (iso: string) => createAppointmentReminders({ db, now: () => new Date(iso) });
    expect(await at("2031-01-13T12:00:00Z").runOnce()).toEqual({ reminded: 0 });
    const [first, second] = await Promise.all([
      at("2031-01-14T07:00:00Z").runOnce(),
      at("2031-01-14T07:00:00Z").runOnce(),
    ]);
    expect((first?.reminded ?? 0) + (second?.reminded ?? 0)).toBe(1);
    expect(await at("2031-01-14T20:00:00Z").runOnce()).toEqual({ reminded: 0 });

    const mail = await testApp.inbox.waitFor(owner.customer.email, (m) => /Herinnering/.test(m.subject));
    expect(mail.text).toContain("+31 20 1234567");
    expect(mail.text).toContain("10:00");
    expect(mail.parsed.attachments.some((file) => file.filename === "afspraak.ics")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      testApp.inbox.messages.filter(
        (m) => m.to.includes(owner.customer.email) && /Herinnering/.test(m.subject),
      ),
    ).toHaveLength(1);
  });
});
