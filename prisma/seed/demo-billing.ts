// Demo billable time, so a fresh `pnpm start` shows it: the admin's rate (€ 25,00 per started 15
// minutes, 21% VAT), and a ticket of Jan de Vries about his own website on which he accepted the
// consent in the portal, with time logged last month and this month by both demo agents (one entry
// not billable). Only once: skipped when a rate exists.
import type { Database } from "../../apps/api/src/db/prisma.ts";
import type { TicketNumbers } from "../../apps/api/src/modules/tickets/ticket-number.ts";
import { startTicketClock } from "../../apps/api/src/modules/tickets/ticket-sla.ts";

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The 5th of this month and of last month (dates of work are never in the future). */
function demoWorkDates(now: Date): { lastMonth: string; thisMonth: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 5));
  const thisMonth = now.getUTCDate() >= 5 ? new Date(first.getTime() + 4 * 86_400_000) : first;
  return { lastMonth: dayOf(previous), thisMonth: dayOf(thisMonth) };
}

export async function seedDemoBilling(
  db: Database,
  ticketNumbers: TicketNumbers,
  now = new Date(),
): Promise<{ created: boolean }> {
  if ((await db.billingRate.count()) > 0) return { created: false };
  const [admin, agent, agent2, customer] = await Promise.all([
    db.staffMember.findUnique({ where: { email: "admin@demo.test" }, select: { id: true } }),
    db.staffMember.findUnique({ where: { email: "agent@demo.test" }, select: { id: true } }),
    db.staffMember.findUnique({ where: { email: "agent2@demo.test" }, select: { id: true } }),
    db.customer.findUnique({ where: { email: "customer@demo.test" }, select: { id: true } }),
  ]);
  if (!admin || !agent || !agent2 || !customer) return { created: false };
  const rate = { centsPerBlock: 2500, vatPercent: 21 };
  await db.billingRate.create({ data: { ...rate, setByStaffId: admin.id } });

  const { lastMonth, thisMonth } = demoWorkDates(now);
  const ticket = await db.ticket.create({
    data: {
      number: await ticketNumbers.next(db),
      subject: "Contactformulier op mijn WordPress-site verstuurt niets",
      category: "technical",
      channel: "web",
      status: "open",
      customerId: customer.id,
      requesterVerifiedAt: now,
      assigneeId: agent.id,
      messages: {
        create: {
          body: "Het contactformulier op devries-bakkerij.nl geeft geen foutmelding, maar ik ontvang niets. Kunnen jullie kijken?",
          authorKind: "customer",
          authorCustomerId: customer.id,
        },
      },
      events: { create: { type: "created", actorKind: "customer", actorCustomerId: customer.id } },
    },
    select: { id: true },
  });
  await startTicketClock(db, ticket.id, { kind: "system" });
  const consent = await db.billingConsent.create({
    data: {
      ticketId: ticket.id,
      description:
        "Het contactformulier van je WordPress-site onderzoeken en repareren (eigen website: extra support).",
      ...rate,
      capBlocks: 8,
      status: "accepted",
      answeredVia: "portal",
      answeredAt: new Date(`${lastMonth}T08:00:00Z`),
      requestedByStaffId: agent.id,
    },
  });
  const entries = [
    {
      staffId: agent.id,
      date: lastMonth,
      minutes: 20,
      billable: true,
      note: "Formulierplugin en mailinstellingen nagekeken",
    },
    {
      staffId: agent2.id,
      date: thisMonth,
      minutes: 25,
      billable: true,
      note: "SMTP-plugin ingesteld, testbericht verstuurd",
    },
    {
      staffId: agent.id,
      date: thisMonth,
      minutes: 10,
      billable: false,
      note: "Controle mailserver (onze kant, niet gefactureerd)",
    },
  ];
  for (const entry of entries) {
    await db.timeEntry.create({
      data: {
        ticketId: ticket.id,
        staffId: entry.staffId,
        workDate: new Date(`${entry.date}T00:00:00Z`),
        billingMonth: entry.date.slice(0, 7),
        minutes: entry.minutes,
        billable: entry.billable,
        note: entry.note,
        consentId: entry.billable ? consent.id : null,
      },
    });
  }
  return { created: true };
}
