// The job queue (src/jobs/job-queue.ts, ADR 24) on the test file's database, where the template
// installed graphile-worker's schema: two workers side by side as two processes would run them.
import { parseCrontab, type Runner, type TaskList } from "graphile-worker";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/prisma.ts";
import { PERIODIC_JOB_CRONTAB, periodicJobTasks, startJobWorker } from "../src/jobs/job-queue.ts";
import { createLogger } from "../src/lib/logger.ts";
import { testDatabaseUrl } from "./test-app.ts";
import { until } from "./until.ts";

const db = createDatabase(testDatabaseUrl());
const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
const running: Runner[] = [];

function startWorker(taskList: TaskList, crontab = "") {
  return startJobWorker({
    connectionString: testDatabaseUrl(),
    logger,
    taskList,
    crontab,
    pollIntervalMs: 200,
  }).then((runner) => {
    running.push(runner);
    return runner;
  });
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((runner) => runner.stop()));
});
afterAll(() => db.$disconnect());

const jobsOf = (task: string) =>
  db.$queryRaw<
    Array<{ attempts: number; max_attempts: number; last_error: string | null; locked_at: Date | null }>
  >`
    select attempts, max_attempts, last_error, locked_at, locked_by from graphile_worker.jobs where task_identifier = ${task}`;

describe("the periodic jobs' schedule", () => {
  it("names a task for every crontab line, each in its own queue with its own key", () => {
    const tasks = periodicJobTasks({
      db,
      logger,
      uploads: { deleteExpired: async () => 0 },
      dataExports: { deleteExpired: async () => 0 },
      retention: { runWhenDue: async () => null },
    });
    const items = parseCrontab(PERIODIC_JOB_CRONTAB);
    expect(items.map((item) => item.task).sort()).toEqual(Object.keys(tasks).sort());
    for (const item of items) {
      expect(item.options).toMatchObject({ queueName: item.task, jobKey: item.task });
    }
  });
});

describe("workers on one database", { timeout: 60_000 }, () => {
  it("fire each cron tick once: five missed minutes are made up once, not once per worker", async () => {
    // As if the schedule had last fired five minutes ago; both workers make up the missed ticks.
    await db.$executeRaw`
      insert into graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
      values ('tick', now() - interval '10 minutes', date_trunc('minute', now()) - interval '5 minutes')`;
    const ticks: string[] = [];
    const taskList: TaskList = {
      tick: async (payload) => {
        ticks.push((payload as { _cron: { ts: string } })._cron.ts);
      },
    };
    const crontab = "* * * * * tick ?id=tick&fill=10m";
    await Promise.all([startWorker(taskList, crontab), startWorker(taskList, crontab)]);
    await until(
      () => ticks.length,
      (count) => count >= 5,
    );
    // Let a twin, if any, come in before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it("run a job added once by one of them, never by both", async () => {
    const ranBy: string[] = [];
    const taskFor = (name: string): TaskList => ({
      once: async () => {
        ranBy.push(name);
        await new Promise((resolve) => setTimeout(resolve, 200));
      },
    });
    const [first] = await Promise.all([startWorker(taskFor("first")), startWorker(taskFor("second"))]);
    for (let i = 0; i < 10; i++) await first.addJob("once", { i });
    await until(
      () => jobsOf("once"),
      (jobs) => jobs.length === 0,
    );
    expect(ranBy).toHaveLength(10);
  });

  it("try a job that throws again, up to its max_attempts", async () => {
    let flakyCalls = 0;
    let brokenCalls = 0;
    const runner = await startWorker({
      flaky: async () => {
        flakyCalls += 1;
        if (flakyCalls === 1) throw new Error("first try fails");
      },
      broken: async () => {
        brokenCalls += 1;
        throw new Error("always fails");
      },
    });
    await runner.addJob("flaky", {}, { maxAttempts: 3 });
    await runner.addJob("broken", {}, { maxAttempts: 2 });
    // The retry waits e^attempts seconds: about 2.7 s after the first failure.
    await until(
      () => Promise.all([jobsOf("flaky"), jobsOf("broken")]),
      ([flaky, broken]) => flaky.length === 0 && broken[0]?.attempts === 2,
    );
    expect(flakyCalls).toBe(2);
    expect(brokenCalls).toBe(2);
    // Given up: kept for a look, not locked, not run again.
    expect(await jobsOf("broken")).toMatchObject([
      { attempts: 2, max_attempts: 2, last_error: "always fails", locked_at: null },
    ]);
  });

  it("let a running job finish on stop, and take no new one", async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const runner = await startWorker({
      slow: async () => {
        events.push("started");
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        events.push("finished");
      },
    });
    await runner.addJob("slow", {});
    await until(
      () => events.length,
      (count) => count === 1,
    );
    running.splice(running.indexOf(runner), 1);
    const stopped = runner.stop().then(() => events.push("stopped"));
    setTimeout(() => release(), 500);
    await stopped;
    expect(events).toEqual(["started", "finished", "stopped"]);
    // Marked done before the stop ends, not left locked (graphile-worker 0.17.3 unbatched did that).
    expect(await jobsOf("slow")).toEqual([]);
  });
});
