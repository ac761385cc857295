// Demo data for the reports dashboard: six weeks of tickets (channels, categories, levels, first
// responses and solutions in working hours), ratings with comments and review clicks, and the ticket
// form's suggestion events (shown, clicked, deflected, submitted anyway, queries that found nothing).
// Deterministic, so every fresh `pnpm start` shows the same dashboard; seeded once.
import type { Database } from "../../apps/api/src/db/prisma.ts";
import { localMidnight } from "../../apps/api/src/modules/reports/reports.service.ts";
import type { TicketNumbers } from "../../apps/api/src/modules/tickets/ticket-number.ts";

const MARKER = "rapportage.demo@demo.test";
const DAY = 24 * 3600_000;
const HOUR = 3600_000;
const channels = ["web", "web", "email", "phone", "web", "email", "api"] as const;
const categories = [
  "technical",
  "technical",
  "billing",
  "administrative",
  "other",
  "cancellation",
  "remote_support",
] as const;
const levels = ["best_effort", "standard", "premium"] as const;
const unanswered = [
  ["dmarc", "instellen"],
  ["wachtwoord", "vergeten"],
  ["ssl", "verlopen"],
  ["mailbox", "vol"],
];

/** A small deterministic generator (mulberry32): the same demo on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedDemoReports(
  db: Database,
  ticketNumbers: TicketNumbers,
): Promise<{ created: boolean }> {
  if (await db.customer.findUnique({ where: { email: MARKER }, select: { id: true } }))
    return { created: false };
  const customer = await db.customer.create({ data: { email: MARKER, name: "Demo Rapportage" } });
  const next = random(16);
  const now = Date.now();
  const start = now - 42 * DAY;
  const history: { createdAt: Date; waitsOnCustomerFrom: Date | null; solvedAt: Date | null }[] = [];
  for (let day = 0; day < 42; day++) {
    const date = new Date(start + day * DAY);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const count = weekend ? 1 + Math.floor(next() * 2) : 4 + Math.floor(next() * 5);
    for (let i = 0; i < count; i++) {
      const createdAt = new Date(
        Date.UTC(
          date.getUTCFullYear(),
          date.getUTCMonth(),
          date.getUTCDate(),
          7 + Math.floor(next() * 9),
          Math.floor(next() * 60),
        ),
      );
      if (createdAt.getTime() > now) continue;
      const age = now - createdAt.getTime();
      const answered = age > 6 * HOUR && next() < 0.92;
      const solved = answered && age > 2 * DAY && next() < 0.85;
      const firstRespondedAt = answered ? new Date(createdAt.getTime() + (0.3 + next() * 20) * HOUR) : null;
      const solvedAt = solved ? new Date(createdAt.getTime() + (6 + next() * 90) * HOUR) : null;
      const missed = answered && next() < 0.12;
      const number = await ticketNumbers.next(db);
      const status = solved
        ? next() < 0.5
          ? "closed"
          : "solved"
        : answered && next() < 0.3
          ? "pending"
          : "open";
      // Pending since the team's first answer, open before it; the backlog's past days follow this.
      history.push({
        createdAt,
        waitsOnCustomerFrom: status === "pending" ? firstRespondedAt : null,
        solvedAt,
      });
      const ticket = await db.ticket.create({
        data: {
          number,
          subject: `Demovraag ${day + 1}.${i + 1}`,
          status,
          category: categories[Math.floor(next() * categories.length)] ?? "other",
          channel: channels[Math.floor(next() * channels.length)] ?? "web",
          customerId: customer.id,
          createdAt,
          slaLevel: levels[Math.floor(next() * levels.length)] ?? "standard",
          firstRespondedAt,
          slaBreached: missed ? ["first_response"] : [],
          events: {
            create: [
              { type: "created", actorKind: "customer", actorCustomerId: customer.id, createdAt },
              ...(solvedAt
                ? [
                    {
                      type: "status_changed",
                      actorKind: "system" as const,
                      before: "open",
                      after: "solved",
                      createdAt: solvedAt,
                    },
                  ]
                : []),
            ],
          },
        },
        select: { id: true },
      });
      if (solvedAt && next() < 0.55) {
        const good = next() < 0.82;
        await db.ticketRating.create({
          data: {
            ticketId: ticket.id,
            score: good ? "good" : "bad",
            comment: next() < 0.35 ? (good ? "Snel en duidelijk geholpen." : "Het duurde te lang.") : null,
            ratedAt: new Date(solvedAt.getTime() + 2 * HOUR),
            changedAt: new Date(solvedAt.getTime() + 2 * HOUR),
            reviewClicks: good && next() < 0.4 ? 1 : 0,
          },
        });
      }
    }
  }
  await db.reportDailyBacklog.createMany({ data: pastBacklog(history, start, now) });
  const articles = await db.faqArticle.findMany({
    where: { status: "published" },
    select: { id: true },
    take: 12,
    orderBy: { slug: "asc" },
  });
  const events: {
    formSessionId: string;
    type: "shown" | "clicked" | "submitted" | "abandoned";
    articleId?: string | null;
    queryWords?: string[];
    resultCount?: number | null;
    createdAt: Date;
  }[] = [];
  for (let session = 0; session < 520; session++) {
    const at = start + next() * (now - start - HOUR);
    const id = crypto.randomUUID();
    const found = articles.length > 0 && next() < 0.8;
    const words = found ? ["vraag"] : (unanswered[Math.floor(next() * unanswered.length)] ?? ["vraag"]);
    events.push({
      formSessionId: id,
      type: "shown",
      queryWords: words,
      resultCount: found ? 3 : 0,
      createdAt: new Date(at),
    });
    const article = articles[Math.floor(next() ** 2 * articles.length)]?.id ?? null;
    const clicked = found && next() < 0.55;
    if (clicked)
      events.push({
        formSessionId: id,
        type: "clicked",
        articleId: article,
        createdAt: new Date(at + 20_000),
      });
    if (clicked && next() < 0.3)
      events.push({
        formSessionId: id,
        type: "clicked",
        articleId: article,
        createdAt: new Date(at + 40_000),
      });
    const leaves = clicked ? next() < 0.6 : next() < 0.25;
    events.push({
      formSessionId: id,
      type: leaves ? "abandoned" : "submitted",
      createdAt: new Date(at + 90_000),
    });
  }
  await db.faqSuggestionEvent.createMany({ data: events });
  return { created: true };
}

/**
 * The backlog at the end of each past local day (Amsterdam, the calendar's zone) as the rollup job
 * would have captured it; today is left to the job, which counts every ticket.
 */
function pastBacklog(
  history: { createdAt: Date; waitsOnCustomerFrom: Date | null; solvedAt: Date | null }[],
  start: number,
  now: number,
) {
  const zone = "Europe/Amsterdam";
  const localDay = (ms: number) => new Date(ms).toLocaleDateString("sv-SE", { timeZone: zone });
  const rows: { day: Date; open: number; pending: number; capturedAt: Date }[] = [];
  for (let day = localDay(start); day < localDay(now); ) {
    const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    const end = localMidnight(zone, nextDay);
    const unsolved = history.filter((t) => t.createdAt < end && !(t.solvedAt && t.solvedAt < end));
    const pending = unsolved.filter((t) => t.waitsOnCustomerFrom && t.waitsOnCustomerFrom < end).length;
    rows.push({
      day: new Date(`${day}T00:00:00Z`),
      open: unsolved.length - pending,
      pending,
      capturedAt: new Date(end.getTime() - 60_000),
    });
    day = nextDay;
  }
  return rows;
}
