// Reminds customers of their remote-support appointment the day before; the job queue runs it every
// 5 minutes (job-queue.ts). The e-mail goes through the outbox and each appointment is reminded once
// (see modules/appointments/appointment-reminders.service.ts).
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createAppointmentReminders } from "../modules/appointments/appointment-reminders.service.ts";

export function createAppointmentReminderJob(deps: { db: Database; logger: Logger }) {
  const reminders = createAppointmentReminders({ db: deps.db });
  return async () => {
    const done = await reminders.runOnce();
    if (done.reminded > 0) deps.logger.info(done, "appointment reminders");
  };
}
