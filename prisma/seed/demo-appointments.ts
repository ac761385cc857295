// Demo remote-support appointments, so a fresh `pnpm start` shows "Afspraken vandaag": two today
// (10:00 and 14:00 in Amsterdam) and one tomorrow (10:30), each with its ticket, the slot and phone
// number in the details as the Support Center files them, and 2 places of 30 minutes per slot.
// Demo records: placed on those days whatever the calendar says. Skipped while any appointment of
// today or later exists, so a new day's start seeds new ones.
import type { Database } from "../../apps/api/src/db/prisma.ts";
import {
  defaultCalendar,
  localDateOf,
  startOfLocalDate,
} from "../../apps/api/src/modules/service-levels/business-calendar.ts";
import type { TicketNumbers } from "../../apps/api/src/modules/tickets/ticket-number.ts";

const MINUTE = 60_000;

export async function seedDemoAppointments(
  db: Database,
  ticketNumbers: TicketNumbers,
  now = new Date(),
): Promise<{ created: number }> {
  const today = localDateOf(defaultCalendar, now);
  const todayStart = startOfLocalDate(defaultCalendar, today);
  if ((await db.appointment.count({ where: { startsAt: { gte: todayStart } } })) > 0) return { created: 0 };
  const customers = await db.customer.findMany({
    where: { email: { in: ["customer@demo.test", "customer2@demo.test"] } },
    select: { id: true, email: true },
  });
  const jan = customers.find((customer) => customer.email === "customer@demo.test");
  const other = customers.find((customer) => customer.email === "customer2@demo.test") ?? jan;
  if (!jan || !other) return { created: 0 };
  await db.appointmentSettings.upsert({
    where: { id: 1 },
    create: { id: 1, slotMinutes: 30, capacity: 2 },
    update: {},
  });
  const tomorrowStart = startOfLocalDate(
    defaultCalendar,
    localDateOf(defaultCalendar, new Date(todayStart.getTime() + 36 * 60 * MINUTE)),
  );
  const demo = [
    {
      customer: jan,
      day: todayStart,
      minutes: 10 * 60,
      phone: "06 12345678",
      subject: "Outlook haalt geen mail meer op",
    },
    {
      customer: other,
      day: todayStart,
      minutes: 14 * 60,
      phone: "+31 20 7654321",
      subject: "Hulp bij het instellen van FTP",
    },
    {
      customer: jan,
      day: tomorrowStart,
      minutes: 10 * 60 + 30,
      phone: "06 12345678",
      subject: "SSL-certificaat op mijn pc installeren",
    },
  ];
  for (const item of demo) {
    const startsAt = new Date(item.day.getTime() + item.minutes * MINUTE);
    await db.ticket.create({
      data: {
        number: await ticketNumbers.next(db),
        subject: item.subject,
        category: "remote_support",
        channel: "web",
        status: "new",
        details: { slotStart: startsAt.toISOString(), phone: item.phone },
        customerId: item.customer.id,
        requesterVerifiedAt: now,
        messages: {
          create: {
            body: "Kunnen jullie op afstand meekijken? Ik ben op het gekozen tijdstip bij mijn pc.",
            authorKind: "customer",
            authorCustomerId: item.customer.id,
          },
        },
        events: {
          create: {
            type: "created",
            actorKind: "customer",
            actorCustomerId: item.customer.id,
            after: { status: "new", category: "remote_support", subject: item.subject },
          },
        },
        appointment: {
          create: {
            startsAt,
            endsAt: new Date(startsAt.getTime() + 30 * MINUTE),
            place: 1,
            phone: item.phone,
          },
        },
      },
    });
  }
  return { created: demo.length };
}
