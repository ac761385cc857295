// Reports on a small hand-built data set: every figure's expected number is worked out by hand in the
// comments (Europe/Amsterdam, CET in March 2026: local = UTC + 1; working hours Mon-Fri 09:00-17:00).
// The period is Mon 2 - Sun 8 March 2026; the previous one Mon 23 February - Sun 1 March.
import { randomUUID } from "node:crypto";
import type { Report } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportsService } from "../src/modules/reports/reports.service.ts";
import { createStaff, createTicket } from "./factories.ts";
import { createFaqArticle, createFaqCategory } from "./faq-factories.ts";
import { bearer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db } = testApp;
afterAll(() => testApp.close());

let token = "";
const at = (iso: string) => new Date(iso);
const PERIOD = { from: "2026-03-02", to: "2026-03-08" };

type TicketSpec = {
  createdAt: string;
  channel: "web" | "email" | "phone" | "api";
  category: "technical" | "billing" | "other";
  status: "open" | "pending" | "solved" | "closed";
  slaLevel?: "standard" | "premium";
  firstRespondedAt?: string;
  solvedAt?: string;
  breached?: string[];
};

async function ticket(spec: TicketSpec) {
  const row = await createTicket(db, { status: spec.status, category: spec.category });
  await db.ticket.update({
    where: { id: row.id },
    data: {
      channel: spec.channel,
      createdAt: at(spec.createdAt),
      slaLevel: spec.slaLevel ?? null,
      firstRespondedAt: spec.firstRespondedAt ? at(spec.firstRespondedAt) : null,
      slaBreached: spec.breached ?? [],
    },
  });
  if (spec.solvedAt)
    await db.ticketEvent.create({
      data: {
        ticketId: row.id,
        type: "status_changed",
        actorKind: "system",
        before: "open",
        after: "solved",
        createdAt: at(spec.solvedAt),
      },
    });
  return row;
}

async function events(
  rows: {
    type: "shown" | "clicked" | "submitted" | "abandoned" | "answered_ticket";
    at: string;
    article?: string;
    words?: string[];
    results?: number;
  }[],
) {
  const session = randomUUID();
  await db.faqSuggestionEvent.createMany({
    data: rows.map((row) => ({
      formSessionId: session,
      type: row.type,
      articleId: row.article ?? null,
      queryWords: row.words ?? [],
      resultCount: row.results ?? null,
      createdAt: at(row.at),
    })),
  });
}

const report = (query: Record<string, string>) =>
  request(app).get("/api/v1/reports").query(query).set(bearer(token));

beforeAll(async () => {
  token = (await signedInStaff(testApp, "customer_service")).token;
  // Before both periods, never solved: in every backlog.
  await ticket({ createdAt: "2026-01-10T10:00:00Z", channel: "email", category: "other", status: "open" });
  // Previous period: T0 unsolved; T00 Thu 26 Feb 10:00 local, solved Mon 2 Mar 14:00 local:
  // Thu 10-17 (420) + Fri (480) + Mon 9-14 (300) = 1200 working minutes.
  await ticket({ createdAt: "2026-02-25T08:00:00Z", channel: "email", category: "other", status: "open" });
  const t00 = await ticket({
    createdAt: "2026-02-26T09:00:00Z",
    channel: "web",
    category: "technical",
    status: "solved",
    solvedAt: "2026-03-02T13:00:00Z",
  });
  // T1 Mon 09:00 local: first response 10:30 (90), solved Tue 10:00 (480 + 60 = 540); standard, met.
  const t1 = await ticket({
    createdAt: "2026-03-02T08:00:00Z",
    channel: "web",
    category: "technical",
    status: "solved",
    slaLevel: "standard",
    firstRespondedAt: "2026-03-02T09:30:00Z",
    solvedAt: "2026-03-03T09:00:00Z",
  });
  // T2 Mon 16:00 local: first response Tue 11:00 (60 + 120 = 180), missed; standard; not solved.
  const t2 = await ticket({
    createdAt: "2026-03-02T15:00:00Z",
    channel: "email",
    category: "billing",
    status: "open",
    slaLevel: "standard",
    firstRespondedAt: "2026-03-03T10:00:00Z",
    breached: ["first_response"],
  });
  // T3 Wed: premium, waiting on the customer, no response yet (unknown).
  const t3 = await ticket({
    createdAt: "2026-03-04T11:00:00Z",
    channel: "phone",
    category: "technical",
    status: "pending",
    slaLevel: "premium",
  });
  // T4 Sat 10:00 local, no level: response Mon 09:15 (15), solved Mon 9 Mar 10:00 (60), after the period.
  const t4 = await ticket({
    createdAt: "2026-03-07T09:00:00Z",
    channel: "web",
    category: "billing",
    status: "closed",
    firstRespondedAt: "2026-03-09T08:15:00Z",
    solvedAt: "2026-03-09T09:00:00Z",
  });

  const category = await createFaqCategory(db);
  const a = await createFaqArticle(db, category.id, { title: "Wachtwoord van je mailbox wijzigen" });
  const b = await createFaqArticle(db, category.id, { title: "Een factuur opnieuw ontvangen" });
  const day = "2026-03-03T10:";
  // S1: three clicks (two articles), then left: deflected once.
  await events([
    { type: "shown", at: `${day}00:00Z`, words: ["mailbox"], results: 3 },
    { type: "clicked", at: `${day}01:00Z`, article: a.id },
    { type: "clicked", at: `${day}02:00Z`, article: a.id },
    { type: "clicked", at: `${day}03:00Z`, article: b.id },
    { type: "abandoned", at: `${day}04:00Z` },
  ]);
  // S2: clicked, still submitted.
  await events([
    { type: "shown", at: `${day}10:00Z`, words: ["mailbox"], results: 2 },
    { type: "clicked", at: `${day}11:00Z`, article: a.id },
    { type: "submitted", at: `${day}12:00Z` },
  ]);
  // S3: nothing found, submitted.
  await events([
    { type: "shown", at: `${day}20:00Z`, words: ["wachtwoord", "vergeten"], results: 0 },
    { type: "submitted", at: `${day}21:00Z` },
  ]);
  // S4: shown, left without a click: not deflected.
  await events([
    { type: "shown", at: `${day}30:00Z`, words: ["factuur"], results: 2 },
    { type: "abandoned", at: `${day}31:00Z` },
  ]);
  // S5: two queries that found nothing.
  await events([
    { type: "shown", at: `${day}40:00Z`, words: ["wachtwoord", "vergeten"], results: 0 },
    { type: "shown", at: `${day}41:00Z`, words: ["factuur", "kwijt"], results: 0 },
  ]);
  // S6: clicked, abandoned, came back and submitted: submitted anyway, not deflected.
  await events([
    { type: "clicked", at: `${day}50:00Z`, article: a.id },
    { type: "abandoned", at: `${day}51:00Z` },
    { type: "submitted", at: `${day}52:00Z` },
  ]);
  // Evidence from a solved ticket is no form session.
  await events([{ type: "answered_ticket", at: `${day}55:00Z`, article: a.id }]);
  // S7, previous period: deflected by B.
  await events([
    { type: "shown", at: "2026-02-24T10:00:00Z", words: ["factuur"], results: 1 },
    { type: "clicked", at: "2026-02-24T10:01:00Z", article: b.id },
    { type: "abandoned", at: "2026-02-24T10:02:00Z" },
  ]);

  await db.ticketRating.createMany({
    data: [
      {
        ticketId: t1.id,
        score: "good",
        comment: "Top!",
        reviewClicks: 2,
        ratedAt: at("2026-03-03T12:00:00Z"),
      },
      { ticketId: t4.id, score: "bad", comment: "  ", ratedAt: at("2026-03-08T12:00:00Z") },
      { ticketId: t00.id, score: "good", ratedAt: at("2026-03-01T12:00:00Z") },
    ],
  });

  const staff = await createStaff(db, "agent");
  const consents = new Map<string, string>();
  const agreed = async (ticketId: string) => {
    const consent = await db.billingConsent.create({
      data: {
        ticketId,
        kind: "agreed_otherwise",
        description: "Afgesproken",
        centsPerBlock: 2500,
        vatPercent: 21,
        status: "accepted",
        requestedByStaffId: staff.id,
      },
    });
    consents.set(ticketId, consent.id);
  };
  await agreed(t1.id);
  await agreed(t2.id);
  const entry = (ticketId: string, month: string, minutes: number, billable = true) => ({
    ticketId,
    staffId: staff.id,
    workDate: at(`${month}-05T00:00:00Z`),
    billingMonth: month,
    minutes,
    billable,
    consentId: billable ? (consents.get(ticketId) ?? null) : null,
  });
  // March: T1 10 + 10 = 20 min (2 blocks), T2 5 min (1 block), T3 not billable. February: T0 16 (2).
  const t0 = await db.ticket.findFirstOrThrow({ where: { createdAt: at("2026-02-25T08:00:00Z") } });
  await agreed(t0.id);
  await db.timeEntry.createMany({
    data: [
      entry(t1.id, "2026-03", 10),
      entry(t1.id, "2026-03", 10),
      entry(t2.id, "2026-03", 5),
      entry(t3.id, "2026-03", 30, false),
      entry(t0.id, "2026-02", 16),
    ],
  });
});

describe("reports", () => {
  it("counts each figure of the period and the previous one by hand", async () => {
    const response = await report(PERIOD).expect(200);
    const { current, previous } = response.body as Report;
    expect(previous).toMatchObject({ from: "2026-02-23", to: "2026-03-01" });

    expect(current.tickets.total).toBe(4);
    expect(current.tickets.byChannel).toEqual([
      { bucket: "2026-03-02", channel: "web", tickets: 1 },
      { bucket: "2026-03-02", channel: "email", tickets: 1 },
      { bucket: "2026-03-04", channel: "phone", tickets: 1 },
      { bucket: "2026-03-07", channel: "web", tickets: 1 },
    ]);
    expect(current.tickets.byCategory).toEqual([
      { bucket: "2026-03-02", category: "billing", tickets: 1 },
      { bucket: "2026-03-02", category: "technical", tickets: 1 },
      { bucket: "2026-03-04", category: "technical", tickets: 1 },
      { bucket: "2026-03-07", category: "billing", tickets: 1 },
    ]);
    expect(previous.tickets.total).toBe(2);

    // 3 unsolved before (old, T0, T00); Mon +T1 +T2 -T00 = 4; Tue -T1 = 3; Wed +T3 = 4; Sat +T4 = 5.
    expect(current.backlog.map((row) => row.unsolved)).toEqual([4, 3, 4, 4, 4, 5, 5]);
    expect(current.backlog[0]?.bucket).toBe("2026-03-02");

    // First responses 15, 90, 180: median 90, p90 = 90 + 0.8 * 90 = 162. Solved: 60, 540.
    expect(current.responseTimes).toEqual({
      firstResponse: { tickets: 3, medianMinutes: 90, p90Minutes: 162 },
      resolution: { tickets: 2, medianMinutes: 300, p90Minutes: 492 },
    });
    expect(previous.responseTimes.resolution).toEqual({ tickets: 1, medianMinutes: 1200, p90Minutes: 1200 });
    expect(previous.responseTimes.firstResponse).toEqual({
      tickets: 0,
      medianMinutes: null,
      p90Minutes: null,
    });

    expect(current.serviceLevels).toEqual([
      {
        level: "standard",
        tickets: 2,
        firstResponseMet: 1,
        firstResponseKnown: 2,
        resolutionMet: 1,
        resolutionKnown: 1,
      },
      {
        level: "premium",
        tickets: 1,
        firstResponseMet: 0,
        firstResponseKnown: 0,
        resolutionMet: 0,
        resolutionKnown: 0,
      },
    ]);

    expect(current.deflection).toEqual({
      sessions: 6,
      shown: 3,
      clicked: 3,
      deflected: 1,
      submittedAnyway: 2,
    });
    expect(previous.deflection).toEqual({
      sessions: 1,
      shown: 1,
      clicked: 1,
      deflected: 1,
      submittedAnyway: 0,
    });
    expect(
      current.topArticles.map(({ title, deflected, clicked }) => ({ title, deflected, clicked })),
    ).toEqual([
      { title: "Wachtwoord van je mailbox wijzigen", deflected: 1, clicked: 3 },
      { title: "Een factuur opnieuw ontvangen", deflected: 1, clicked: 1 },
    ]);
    expect(current.unansweredQueries).toEqual([
      { query: "wachtwoord vergeten", sessions: 2 },
      { query: "factuur kwijt", sessions: 1 },
    ]);

    expect(current.satisfaction).toEqual({
      ratings: 2,
      good: 1,
      bad: 1,
      goodShare: 0.5,
      comments: 1,
      reviewClicks: 2,
    });
    expect(previous.satisfaction).toEqual({
      ratings: 1,
      good: 1,
      bad: 0,
      goodShare: 1,
      comments: 0,
      reviewClicks: 0,
    });

    expect(current.billable).toEqual([{ month: "2026-03", tickets: 2, blocks: 3 }]);
    expect(previous.billable).toEqual([
      { month: "2026-02", tickets: 1, blocks: 2 },
      { month: "2026-03", tickets: 2, blocks: 3 },
    ]);
  });

  it("groups by ISO week and by month", async () => {
    const week = (await report({ ...PERIOD, grouping: "week" }).expect(200)).body as Report;
    expect(week.current.tickets.byChannel).toEqual([
      { bucket: "2026-03-02", channel: "web", tickets: 2 },
      { bucket: "2026-03-02", channel: "phone", tickets: 1 },
      { bucket: "2026-03-02", channel: "email", tickets: 1 },
    ]);
    expect(week.current.backlog).toEqual([{ bucket: "2026-03-02", unsolved: 5, open: null, pending: null }]);
    // Categories in the order of their enum (billing before technical before other).
    const month = (await report({ from: "2026-02-01", to: "2026-03-31", grouping: "month" }).expect(200))
      .body as Report;
    expect(month.current.tickets.byCategory).toEqual([
      { bucket: "2026-02-01", category: "technical", tickets: 1 },
      { bucket: "2026-02-01", category: "other", tickets: 1 },
      { bucket: "2026-03-01", category: "billing", tickets: 2 },
      { bucket: "2026-03-01", category: "technical", tickets: 2 },
    ]);
    expect(month.current.backlog).toEqual([
      { bucket: "2026-02-01", unsolved: 3, open: null, pending: null },
      { bucket: "2026-03-01", unsolved: 4, open: null, pending: null },
    ]);
  });

  it("splits the backlog by who it waits on, from the days the job captured", async () => {
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
    const weekAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86400_000).toISOString().slice(0, 10);
    const recent = (await report({ from: weekAgo, to: today }).expect(200)).body as Report;
    // Today as the report caught up: waiting on the team old, T0 and T2 (open); on the customer T3.
    expect(recent.current.backlog.at(-1)).toMatchObject({ bucket: today, open: 3, pending: 1 });
    // Days before the first capture have no split (the unsolved line has them all).
    expect(recent.current.backlog.slice(0, -1).map((row) => [row.open, row.pending])).toEqual(
      Array.from({ length: 6 }, () => [null, null]),
    );
    // Earlier captures: each day's row is its end; a week shows its last captured day.
    await db.reportDailyBacklog.createMany({
      data: [
        { day: at("2026-03-03"), open: 2, pending: 2, capturedAt: at("2026-03-03T22:59:00Z") },
        { day: at("2026-03-05"), open: 4, pending: 0, capturedAt: at("2026-03-05T22:59:00Z") },
      ],
    });
    const byDay = (await report(PERIOD).expect(200)).body as Report;
    expect(byDay.current.backlog.map((row) => [row.bucket.slice(8), row.open, row.pending])).toEqual([
      ["02", null, null],
      ["03", 2, 2],
      ["04", null, null],
      ["05", 4, 0],
      ["06", null, null],
      ["07", null, null],
      ["08", null, null],
    ]);
    const byWeek = (await report({ ...PERIOD, grouping: "week" }).expect(200)).body as Report;
    expect(byWeek.current.backlog).toEqual([{ bucket: "2026-03-02", unsolved: 5, open: 4, pending: 0 }]);
    const csv = await request(app)
      .get("/api/v1/reports/backlog.csv")
      .query(PERIOD)
      .set(bearer(token))
      .expect(200);
    expect(csv.text.split("\r\n")[0]).toBe("period,from,to,bucket,unsolved,open,pending");
    await db.reportDailyBacklog.deleteMany({ where: { day: { lt: at("2026-04-01") } } });
  });

  it("follows a ticket's change on the next read (the rollup catches up)", async () => {
    const pending = await db.ticket.findFirstOrThrow({ where: { status: "pending" } });
    await db.ticket.update({
      where: { id: pending.id },
      data: { status: "solved", firstRespondedAt: at("2026-03-04T12:00:00Z") },
    });
    await db.ticketEvent.create({
      data: {
        ticketId: pending.id,
        type: "status_changed",
        actorKind: "system",
        before: "pending",
        after: "solved",
        createdAt: at("2026-03-05T08:00:00Z"),
      },
    });
    const { current } = (await report(PERIOD).expect(200)).body as Report;
    // Wed 12:00 local -> 13:00 local is 60; solved Thu 09:00 local: Wed 12-17 (300).
    expect(current.responseTimes.firstResponse.tickets).toBe(4);
    expect(current.responseTimes.resolution.tickets).toBe(3);
    expect(current.backlog.map((row) => row.unsolved)).toEqual([4, 3, 4, 3, 3, 4, 4]);
    expect(current.serviceLevels.find((row) => row.level === "premium")).toMatchObject({
      firstResponseMet: 1,
      resolutionMet: 1,
    });
  });

  it("exports a figure as CSV, the period's rows and then the previous period's", async () => {
    const response = await request(app)
      .get("/api/v1/reports/satisfaction.csv")
      .query(PERIOD)
      .set(bearer(token))
      .expect(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.text.trim().split("\r\n")).toEqual([
      "period,from,to,ratings,good,bad,good_share,comments,review_clicks",
      "current,2026-03-02,2026-03-08,2,1,1,0.5,1,2",
      "previous,2026-02-23,2026-03-01,1,1,0,1,0,0",
    ]);
    const queries = await request(app)
      .get("/api/v1/reports/unanswered-queries.csv")
      .query(PERIOD)
      .set(bearer(token))
      .expect(200);
    expect(queries.text).toContain("current,2026-03-02,2026-03-08,wachtwoord vergeten,2");
  });

  it.each([
    [{ from: "2026-03-08", to: "2026-03-02" }, "query.to"],
    [{ from: "2024-01-01", to: "2026-01-02" }, "query.to"],
    [{ from: "2026-03-02", to: "2026-03-08", grouping: "year" }, "query.grouping"],
    [{ from: "maandag", to: "2026-03-08" }, "query.from"],
    [{ to: "2026-03-08" }, "query.from"],
  ])("refuses %j with a 400 naming %s", async (query, field) => {
    const response = await report(query).expect(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(field);
    await request(app).get("/api/v1/reports/nope.csv").query(PERIOD).set(bearer(token)).expect(400);
  });

  it("takes exactly two years, not a day more", async () => {
    await report({ from: "2024-01-03", to: "2026-01-02", grouping: "month" }).expect(200);
  });

  it("recounts a long list of marked days a month per transaction, to the last one", async () => {
    // 46 days marked (as after a migration or a zone change): two transactions of 31, then 15.
    await db.reportDirtyDay.createMany({
      data: Array.from({ length: 46 }, (_, i) => ({ day: new Date(Date.UTC(2025, 0, 1 + i)) })),
      skipDuplicates: true,
    });
    await createReportsService({ db }).refresh();
    expect(await db.reportDirtyDay.count()).toBe(0);
    const { current } = (await report(PERIOD).expect(200)).body as Report;
    expect(current.tickets.total).toBe(4);
  });

  it("the job recounts the days a change touched, once, also when two runs meet", async () => {
    const reports = createReportsService({ db });
    await reports.refresh();
    const dailyTotals = async () => {
      const [row] = await db.$queryRaw<{ filed: bigint; solved: bigint }[]>`
        SELECT (SELECT coalesce(sum(filed), 0) FROM report_daily_tickets) AS filed,
               (SELECT coalesce(sum(solved), 0) FROM report_daily_solved) AS solved`;
      return { filed: Number(row?.filed), solved: Number(row?.solved) };
    };
    const solvedOn = async (day: string) =>
      (await db.reportDailySolved.findUnique({ where: { day: new Date(`${day}T00:00:00Z`) } }))?.solved ?? 0;

    // Reopened after the rollup counted it: its solution day (Tue 3 March) loses it on the next run;
    // a ticket filed since appears on its day (Fri 6 March).
    const reopened = await db.reportTicketFact.findFirstOrThrow({
      where: { solvedAt: { gte: at("2026-03-03T00:00:00Z"), lt: at("2026-03-03T23:00:00Z") } },
    });
    const solvedBefore = await solvedOn("2026-03-03");
    await db.ticket.update({ where: { id: reopened.ticketId }, data: { status: "open" } });
    await ticket({ createdAt: "2026-03-06T10:00:00Z", channel: "api", category: "other", status: "open" });
    expect(await db.reportDailyTickets.count({ where: { channel: "api" } })).toBe(0);

    // Two runs at once: both may count the facts, the days are recounted whole under one lock.
    const [first, second] = await Promise.all([reports.refresh(), reports.refresh()]);
    expect(first + second).toBeGreaterThanOrEqual(2);
    expect(await solvedOn("2026-03-03")).toBe(solvedBefore - 1);
    expect(
      await db.reportDailyTickets.findMany({
        where: { channel: "api" },
        select: { day: true, category: true, filed: true },
      }),
    ).toEqual([{ day: new Date("2026-03-06T00:00:00Z"), category: "other", filed: 1 }]);
    expect(await dailyTotals()).toEqual({
      filed: await db.reportTicketFact.count(),
      solved: await db.reportTicketFact.count({ where: { solvedAt: { not: null } } }),
    });
    expect(await db.reportDirtyDay.count()).toBe(0);

    // A form session after the last run (Sun 8 March, 23:00 local): shown, clicked, left without a
    // ticket. The next run puts it on its day.
    const funnelOn = (day: string) =>
      db.reportDailyFunnel.findUnique({ where: { day: new Date(`${day}T00:00:00Z`) } });
    const before = await funnelOn("2026-03-08");
    await events([
      { type: "shown", at: "2026-03-08T22:00:00Z", results: 3 },
      { type: "clicked", at: "2026-03-08T22:00:10Z" },
      { type: "abandoned", at: "2026-03-08T22:01:00Z" },
    ]);
    await reports.refresh();
    expect(await funnelOn("2026-03-08")).toMatchObject({
      sessions: (before?.sessions ?? 0) + 1,
      shown: (before?.shown ?? 0) + 1,
      clicked: (before?.clicked ?? 0) + 1,
      deflected: (before?.deflected ?? 0) + 1,
      submittedAnyway: before?.submittedAnyway ?? 0,
    });
  });
});
