// The reminder the day before: every appointment of the next local day not reminded yet gets one
// outbox event, in the same transaction that marks it reminded, so it is sent once also when several
// processes run the job at once.
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { loadCalendar, localDateOf, startOfLocalDate } from "../service-levels/service-levels.module.ts";
import { APPOINTMENT_REMINDER_EVENT } from "./appointment-emails.ts";
import { addDays } from "./appointment-slots.ts";
import * as repository from "./appointments.repository.ts";

export function createAppointmentReminders({
  db,
  now = () => new Date(),
}: {
  db: Database;
  now?: () => Date;
}) {
  return {
    async runOnce() {
      const calendar = await loadCalendar(db);
      const tomorrow = addDays(localDateOf(calendar, now()), 1);
      const due = await repository.listUnremindedBetween(
        db,
        startOfLocalDate(calendar, tomorrow),
        startOfLocalDate(calendar, addDays(tomorrow, 1)),
      );
      let reminded = 0;
      for (const appointment of due) {
        const sent = await inWriteTransaction(db, async (tx) => {
          if (!(await repository.markReminded(tx, appointment.id, now()))) return false;
          await recordOutboxEvent(tx, {
            type: APPOINTMENT_REMINDER_EVENT,
            ticketId: appointment.ticketId,
            payload: { appointmentId: appointment.id },
          });
          return true;
        });
        if (sent) reminded += 1;
      }
      return { reminded };
    },
  };
}
