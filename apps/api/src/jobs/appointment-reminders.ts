// Reminds customers of their remote-support appointment the day before, every 5 minutes in each API
// process; the e-mail goes through the outbox and each appointment is reminded once (see
// modules/appointments/appointment-reminders.service.ts).
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import { createAppointmentReminders } from "../modules/appointments/appointment-reminders.service.ts";

export function createAppointmentReminderJob(deps: { db: Database; logger: Logger; intervalMs?: number }) {
  const reminders = createAppointmentReminders({ db: deps.db });
  return createPeriodicTask(
    async () => {
      const done = await reminders.runOnce();
      if (done.reminded > 0) deps.logger.info(done, "appointment reminders");
    },
    {
      intervalMs: deps.intervalMs ?? 5 * 60_000,
      onError: (error) => deps.logger.error({ err: error }, "appointment reminders failed"),
    },
  );
}
