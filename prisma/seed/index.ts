// `pnpm db:seed`: the FAQ (product content, also in production) and, outside production, demo
// data; into DATABASE_URL, or into the embedded development database.
import { withDevDatabase } from "@helpdesk/db-tools";
import { installationSecret } from "../../apps/api/src/config/env.ts";
import { createDatabase } from "../../apps/api/src/db/prisma.ts";
import { createTicketNumbers } from "../../apps/api/src/modules/tickets/ticket-number.ts";
import { seedDemoAppointments } from "./demo-appointments.ts";
import { seedDemoBilling } from "./demo-billing.ts";
import { seedDemoData, seedDemoRetention, seedDemoTickets } from "./demo-data.ts";
import { seedDemoReports } from "./demo-reports.ts";
import { importFaqContent } from "./faq/import-faq.ts";

const production = process.env.NODE_ENV === "production";

await withDevDatabase(async (url) => {
  const db = createDatabase(url);
  try {
    const faq = await importFaqContent(db);
    console.log(
      faq.articlesCreated.length
        ? `Imported ${faq.articlesCreated.length} FAQ articles`
        : "FAQ articles already present",
    );
    if (production) {
      // After the FAQ: product content must reach production even though demo accounts may not.
      console.error(
        "Refusing to seed demo accounts with NODE_ENV=production: they have a published password.",
      );
      process.exitCode = 1;
      return;
    }
    const { created } = await seedDemoData(db);
    console.log(created.length ? `Seeded ${created.join(", ")}` : "Demo data already present");
    const ticketNumbers = createTicketNumbers(installationSecret("TICKET_NUMBER_SECRET"));
    const tickets = await seedDemoTickets(db, ticketNumbers);
    if (tickets.created.length) console.log(`Seeded demo tickets: ${tickets.created.join(", ")}`);
    const old = await seedDemoRetention(db, ticketNumbers);
    if (old.created.length) console.log(`Seeded a guest's ticket past retention: ${old.created.join(", ")}`);
    if ((await seedDemoBilling(db, ticketNumbers)).created)
      console.log("Seeded demo billing: a rate, a consent, time entries");
    const appointments = await seedDemoAppointments(db, ticketNumbers);
    if (appointments.created) console.log(`Seeded ${appointments.created} remote-support appointments`);
    if ((await seedDemoReports(db, ticketNumbers)).created)
      console.log("Seeded demo reports: six weeks of tickets, ratings and suggestion events");
  } finally {
    await db.$disconnect();
  }
});
