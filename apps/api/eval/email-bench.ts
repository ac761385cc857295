// `pnpm bench`, e-mail part: how fast the outbox delivers ticket confirmations to a local SMTP
// server (real PostgreSQL, real SMTP over loopback, bounded: one fixed batch of tickets), next to a
// plain nodemailer pool sending the same number of ready-made e-mails of the same layout to the same
// sink (the most the mail side allows, with no database and no composing).
import { createDatabaseFromTemplate, dropDatabase, prepareTestTemplate } from "@helpdesk/db-tools";
import nodemailer from "nodemailer";
import { loadEnv } from "../src/config/env.ts";
import { createDatabase } from "../src/db/prisma.ts";
import { createEmailOutbox } from "../src/jobs/email-outbox.ts";
import { createLogger } from "../src/lib/logger.ts";
import { renderEmail } from "../src/lib/mail/email-layout.ts";
import { createSmtpMailer } from "../src/lib/mail/mailer.ts";
import { createLocalFolderStorage } from "../src/lib/storage/attachment-storage.ts";
import { createTicketNumbers } from "../src/modules/tickets/ticket-number.ts";
import { createTicketsService } from "../src/modules/tickets/tickets.service.ts";
import { createUploadsService } from "../src/modules/uploads/uploads.service.ts";
import { startSmtpSink } from "./smtp-sink.ts";

const TICKETS = Number(process.env.BENCH_EMAILS ?? 500);

// A sink that only counts: the receiving side must not be what is measured.
let received = 0;
const sink = await startSmtpSink(() => {
  received++;
});
const smtpPort = new URL(sink.url).port;

const template = await prepareTestTemplate();
const databaseUrl = await createDatabaseFromTemplate(template.serverUrl, template.templateDatabase);
const env = loadEnv({
  NODE_ENV: "test",
  DATABASE_URL: databaseUrl,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
});
const db = createDatabase(env.DATABASE_URL);
const mailer = createSmtpMailer({
  smtpUrl: env.SMTP_URL,
  fromName: env.TEAM_NAME,
  fromAddress: env.MAIL_FROM_ADDRESS,
});
const logger = createLogger("silent");

try {
  const storage = createLocalFolderStorage("/tmp/helpdesk-bench-attachments");
  const tickets = createTicketsService({
    db,
    env,
    storage,
    uploads: createUploadsService({ db, storage }),
    ticketNumbers: createTicketNumbers(env.TICKET_NUMBER_SECRET),
  });
  for (let index = 0; index < TICKETS; index++) {
    await tickets.createTicket(
      { kind: "guest" },
      {
        category: "other",
        details: {},
        subject: `Bench ${index}`,
        message: "Hallo",
        email: `bench-${index}@example.test`,
        name: "Bench",
      },
      undefined,
    );
  }
  const outbox = createEmailOutbox({ db, env, mailer, logger, storage });
  const started = performance.now();
  const delivered = await outbox.drain();
  const seconds = (performance.now() - started) / 1000;
  if (delivered !== TICKETS || received !== TICKETS) {
    throw new Error(`expected ${TICKETS} e-mails, delivered ${delivered}, received ${received}`);
  }
  const product = TICKETS / seconds;

  // The baseline: nodemailer's pool with its defaults, every message handed over at once.
  const sample = await renderEmail({
    greeting: "Beste Bench,",
    paragraphs: ["We hebben je vraag ontvangen.", "Je ticketnummer staat in het onderwerp."],
    action: { label: "Bekijk je ticket", url: "http://localhost:5173/tickets/00000000" },
    closing: "Met vriendelijke groet,",
    signature: env.TEAM_NAME,
  });
  const plain = nodemailer.createTransport({ url: env.SMTP_URL, pool: true });
  received = 0;
  const baselineStarted = performance.now();
  await Promise.all(
    Array.from({ length: TICKETS }, (_, index) =>
      plain.sendMail({
        from: env.MAIL_FROM_ADDRESS,
        to: `baseline-${index}@example.test`,
        subject: `[#123456] We hebben je vraag ontvangen: Bench ${index}`,
        ...sample,
      }),
    ),
  );
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;
  plain.close();
  if (received !== TICKETS) throw new Error(`baseline: expected ${TICKETS} e-mails, received ${received}`);
  const baseline = TICKETS / baselineSeconds;
  console.log(
    `e-mail delivery: ${TICKETS} ticket confirmations (HTML + text, sign-in link each) in ${seconds.toFixed(2)} s = ${product.toFixed(0)} e-mails/s; plain nodemailer pool: ${baseline.toFixed(0)} e-mails/s; ratio ${(product / baseline).toFixed(2)}`,
  );
} finally {
  mailer.close();
  await db.$disconnect();
  await dropDatabase(template.serverUrl, databaseUrl);
  await template.stop();
  await sink.close();
}
