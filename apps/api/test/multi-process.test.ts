// N stateless API processes on one PostgreSQL (what docker-compose.yml runs behind its proxy), here
// two real `src/server.ts` processes with attachments in an S3-compatible store: a session, a rate
// limit, a file, the e-mail outbox and the periodic jobs' queue all behave as with one process.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bearerOf, type ServerProcess, startServerProcess } from "../eval/api-process.ts";
import { createDatabase } from "../src/db/prisma.ts";
import { createCustomer, createStaff, TEST_PASSWORD } from "./factories.ts";
import { PDF } from "./file-fixtures.ts";
import { tokenFromLink } from "./http-callers.ts";
import { startS3Server } from "./s3-server.ts";
import { startSmtpInbox } from "./smtp-inbox.ts";
import { testDatabaseUrl } from "./test-app.ts";
import { until } from "./until.ts";

const LIMIT = 5;
const db = createDatabase(testDatabaseUrl());
const [inbox, s3] = await Promise.all([startSmtpInbox(), startS3Server()]);
// Each process has a local attachments folder of its own: a file found through the other process
// can only have come from the shared store.
const ownFolders = await Promise.all([1, 2].map(() => mkdtemp(path.join(tmpdir(), "helpdesk-node-"))));
const start = (attachmentsDir: string) =>
  startServerProcess("src/server.ts", "/api/v1/health", {
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    DATABASE_URL: testDatabaseUrl(),
    SMTP_URL: inbox.url,
    API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    ATTACHMENTS_DIR: attachmentsDir,
    // What every node must share besides the database and the store: the installation's secrets.
    JWT_SECRET: "multi-process-access-token-secret-0123456789",
    REPLY_ADDRESS_SECRET: "multi-process-reply-address-secret-0123456789",
    TICKET_NUMBER_SECRET: "multi-process-ticket-number-secret-0123456789",
    ...s3.env,
  });
// Every job the queue finishes (graphile-worker deletes its row), with the cron tick it was for: set
// up before the processes start, so no run goes unseen.
await db.pool.query(`
  create table test_finished_jobs (task text not null, tick text);
  create function test_record_finished_job() returns trigger language plpgsql as $$
  begin
    insert into test_finished_jobs
      select task.identifier, old.payload->'_cron'->>'ts'
      from graphile_worker._private_tasks task where task.id = old.task_id;
    return old;
  end $$;
  create trigger test_record_finished_job after delete on graphile_worker._private_jobs
    for each row execute function test_record_finished_job();`);
const processes: ServerProcess[] = await Promise.all(ownFolders.map(start));
const [one, other] = processes.map((process) => `${process.baseUrl}/api/v1`) as [string, string];

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  await Promise.all([inbox.close(), s3.close(), db.$disconnect()]);
  await Promise.all(ownFolders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const signIn = (base: string, email: string) =>
  bearerOf(base.replace(/\/api\/v1$/, ""), email, TEST_PASSWORD);
const fileTicket = (base: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${base}/tickets`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ category: "other", details: {}, ...body }),
  });

// A process's first requests load and compile its modules: generous on a busy machine.
describe("two API processes on one database", { timeout: 120_000 }, () => {
  it("a session started on one process is good on the other", async () => {
    const staff = await createStaff(db, "agent");
    const auth = await signIn(one, staff.email);
    const me = await fetch(`${other}/me`, { headers: auth });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: staff.email } });
  });

  it("of parallel requests through both processes, exactly the rate limit gets through", async () => {
    const auth = await signIn(other, (await createStaff(db, "agent")).email);
    const statuses = await Promise.all(
      Array.from({ length: 3 * LIMIT }, (_, i) =>
        fetch(`${i % 2 ? one : other}/tickets`, { headers: auth }).then((answer) => answer.status),
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2 * LIMIT);
  });

  it("a file uploaded through one process is downloaded through the other", async () => {
    const customer = await createCustomer(db);
    const auth = await signIn(one, customer.email);
    const filed = await fileTicket(one, { subject: "Factuur klopt niet", message: "Zie de bijlage." }, auth);
    expect(filed.status).toBe(201);
    const ticket = (await filed.json()) as { id: string };
    const form = new FormData();
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "factuur.pdf");
    const uploaded = await fetch(`${one}/tickets/${ticket.id}/attachments`, {
      method: "POST",
      headers: auth,
      body: form,
    });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const downloaded = await fetch(`${other}/tickets/${ticket.id}/attachments/${id}`, { headers: auth });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer())).toEqual(PDF);
  });

  it("a data export archive made by either process is downloaded through the other", async () => {
    const customer = await createCustomer(db);
    const auth = await signIn(other, customer.email);
    expect((await fetch(`${other}/me/data-export`, { method: "POST", headers: auth })).status).toBe(202);
    // The archive is built by whichever process's outbox takes the event, and stored for the link.
    const mail = await inbox.waitFor(customer.email, (m) => /gegevens staan klaar/i.test(m.subject));
    const token = tokenFromLink(mail.text);
    const archive = await fetch(`${one}/me/data-export/download`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(archive.status).toBe(200);
    expect(
      Buffer.from(await archive.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it("while both run the job queue's cron, each periodic job runs once per tick", async () => {
    const finished = () =>
      db.pool
        .query<{ task: string; tick: string | null }>("select task, tick from test_finished_jobs")
        .then((result) => result.rows);
    // The every-minute jobs of the first tick after the start (at most a minute away).
    await until(
      finished,
      (rows) =>
        ["report_rollup", "service_level_timers"].every((task) => rows.some((row) => row.task === task)),
      90_000,
    );
    // A twin from the other process would come within a poll or two.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const runs = (await finished()).map((row) => `${row.task} @ ${row.tick}`);
    expect(runs.every((run) => !run.endsWith("@ null"))).toBe(true);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it("while both run their outbox, each ticket's confirmation is e-mailed exactly once", async () => {
    const guests = Array.from({ length: 6 }, (_, i) => `gast-${i}-${Date.now()}@example.test`);
    const filed = await Promise.all(
      guests.map((email, i) =>
        fileTicket(i % 2 ? one : other, {
          subject: `Vraag ${i}`,
          message: "Hallo",
          email,
          name: `Gast ${i}`,
        }),
      ),
    );
    expect(filed.map((answer) => answer.status)).toEqual(guests.map(() => 201));
    const ticketIds = await Promise.all(
      filed.map(async (answer) => ((await answer.json()) as { id: string }).id),
    );
    await Promise.all(guests.map((email) => inbox.waitFor(email)));
    // Every event handed over by one of the processes; then one more poll of both for a late twin.
    await until(
      () => db.domainEvent.count({ where: { ticketId: { in: ticketIds }, dispatchedAt: null } }),
      (waiting) => waiting === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const email of guests) {
      expect(inbox.messages.filter((message) => message.to.includes(email))).toHaveLength(1);
    }
  });
});
