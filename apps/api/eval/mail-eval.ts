// `pnpm eval:mail`: real-world mail through the real intake. Every message of the mail corpus (kept
// outside the repository: `../shared/mail-corpus` next to the workspace, or MAIL_CORPUS_DIR) goes in
// one at a time, alternately through the built-in SMTP receiver and `POST /inbound-email`, with the
// envelope sender an MTA would give (the Return-Path, `<>` for bounces). Reported per source: what
// became a ticket, was refused or dropped, persons' mails lost, automatic mails dropped, quote
// stripping against each fixture's expected text (per language), decoding (mojibake), the slowest
// message, the event loop's longest stall while mail was processed, and mails per second.
// `--show-failures` lists every mail that misses a target, with what was stored; `--only <text>`
// takes just the mails whose file name contains the text.
import { fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createApplication } from "../src/app.ts";
import { loadEnv } from "../src/config/env.ts";
import { createDatabase } from "../src/db/prisma.ts";
import { createEmailOutbox } from "../src/jobs/email-outbox.ts";
import { createLogger } from "../src/lib/logger.ts";
import { createSmtpMailer } from "../src/lib/mail/mailer.ts";
import { createLocalFolderStorage } from "../src/lib/storage/attachment-storage.ts";
import type { InboundOutcome } from "../src/modules/inbound-mail/inbound-mail.service.ts";
import { startInboundSmtpServer } from "../src/modules/inbound-mail/inbound-smtp-server.ts";
import type { SendAnswer, SendRequest } from "./mail-eval-sender.ts";
import { withScratchDatabase } from "./scratch-database.ts";
import { startSmtpSink } from "./smtp-sink.ts";

interface ManifestMail {
  file: string;
  source: string;
  kind: "auto" | "person" | "any";
  lang?: "en" | "nl" | "other";
  visible?: string[];
  subject?: string;
  strings?: string[];
  attachments?: string[];
}

type Result =
  | { kind: "accepted"; outcome: Extract<InboundOutcome, { ticketId: string }> }
  | { kind: "dropped"; reason: string }
  | { kind: "refused"; detail: string }
  | { kind: "failed"; detail: string };

interface Measured {
  mail: ManifestMail;
  /** An earlier corpus mail with the same Message-ID and sender: filed once, like a redelivery. */
  redeliveryOf?: string;
  via: "smtp" | "http";
  result: Result;
  ms: number;
  stallMs: number;
  /** CPU time of the API's main thread while the mail went through (10 ms steps; -1 off Linux). */
  cpuMs: number;
  stored?: { subject: string; body: string; attachments: string[]; requester: string; notes: string[] };
}

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const corpusDir = path.resolve(process.env.MAIL_CORPUS_DIR ?? path.join(repoRoot, "../shared/mail-corpus"));
const showFailures = process.argv.includes("--show-failures");
/** `--only <text>`: just the mails whose file name contains it (for looking into a few). */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const STALL_LIMIT_MS = 100;
const SECRET = "mail-eval-inbound-secret-0123456789";

if (!existsSync(path.join(corpusDir, "manifest.json"))) {
  console.log(`mail eval skipped: no mail corpus at ${corpusDir} (set MAIL_CORPUS_DIR to its folder)`);
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(path.join(corpusDir, "manifest.json"), "utf8")) as {
  mails: ManifestMail[];
};
if (only) manifest.mails = manifest.mails.filter((mail) => mail.file.includes(only));

/** The Message-ID and From header lines, which together make a redelivery of the same mail. */
function identityOf(raw: Buffer): string | undefined {
  const head =
    raw
      .subarray(0, 64 * 1024)
      .toString("latin1")
      .split(/\r?\n\r?\n/)[0] ?? "";
  const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1];
  return messageId && `${messageId.toLowerCase()} ${/^from:(.*)$/im.exec(head)?.[1]?.trim() ?? ""}`;
}

/** The envelope sender an MTA hands on: the Return-Path it would write, or the From address. */
function envelopeSenderOf(raw: Buffer): string {
  const end = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
  const head = raw.subarray(0, end < 0 ? raw.length : end).toString("latin1");
  const returnPath = /^return-path:\s*<([^>]*)>/im.exec(head);
  if (returnPath) return returnPath[1]?.trim() ?? "";
  const from = /^from:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(head);
  return from?.[1] ?? "unknown@example.test";
}

/**
 * CPU time of this process's main thread (the API's event loop) so far, from Linux's per-thread
 * accounting: a stall with little CPU behind it is the machine's load, not work that blocks.
 */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return -1;
  }
}

const normalized = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
const squeezed = (text: string) => text.replace(/\s+/g, " ").trim();

function quoteExact(measured: Measured): boolean | undefined {
  const { visible } = measured.mail;
  if (!visible) return undefined;
  const body = measured.stored ? normalized(measured.stored.body) : null;
  return body !== null && visible.some((expected) => normalized(expected) === body);
}

/** The decoded values the corpus pins down (subject, text, file names): a miss is mojibake. */
function decodingMisses(measured: Measured): string[] {
  const { mail, stored } = measured;
  if (!stored || measured.redeliveryOf) return [];
  const misses: string[] = [];
  if (mail.subject && stored.subject !== mail.subject.trim().slice(0, 200))
    misses.push(`subject ${JSON.stringify(stored.subject)}`);
  for (const text of mail.strings ?? [])
    if (!squeezed(stored.body).includes(squeezed(text))) misses.push(`text ${JSON.stringify(text)}`);
  for (const name of mail.attachments ?? [])
    if (!stored.attachments.includes(name) && !fileRefusals(measured).includes(name))
      misses.push(`file ${JSON.stringify(name)}`);
  return misses;
}

const stem = (name: string) => (name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name);

/**
 * Expected files that are not attached under their name for a reason other than decoding: the
 * upload rules refused their type (the original's notes name them), or the name got the extension
 * of what the bytes really are. The name itself came through right.
 */
function fileRefusals(measured: Measured): string[] {
  const { mail, stored } = measured;
  if (!stored) return [];
  return (mail.attachments ?? []).filter(
    (name) =>
      !stored.attachments.includes(name) &&
      (stored.notes.some((note) => note.includes(name)) ||
        stored.attachments.some((file) => stem(file) === stem(name))),
  );
}

const lost = (m: Measured) =>
  m.mail.kind === "person" && (m.result.kind === "dropped" || m.result.kind === "failed");
const autoDropped = (m: Measured) =>
  m.mail.kind === "auto" && (m.result.kind === "dropped" || m.result.kind === "refused");

await withScratchDatabase(async (databaseUrl) => {
  // Confirmations go to a sink that counts who they are for.
  const confirmedTo: string[] = [];
  const sink = await startSmtpSink((recipients) => {
    confirmedTo.push(...recipients.map((address) => address.toLowerCase()));
  });
  const sinkUrl = sink.url;

  const env = loadEnv({
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl,
    SMTP_URL: sinkUrl,
    INBOUND_SECRET: SECRET,
    JWT_SECRET: "mail-eval-access-token-secret-0123456789abcdef",
    REPLY_ADDRESS_SECRET: "mail-eval-reply-address-secret-0123456789abcdef",
    TICKET_NUMBER_SECRET: "mail-eval-ticket-number-secret-0123456789abcdef",
  });
  const db = createDatabase(env.DATABASE_URL);
  const logger = createLogger("silent");
  const attachmentsDir = await mkdtemp(path.join(tmpdir(), "helpdesk-mail-eval-"));
  const storage = createLocalFolderStorage(attachmentsDir);
  const { app, inbound, warmUp } = createApplication({ env, db, logger, storage });
  await warmUp({ mail: true }); // as the server does before it listens
  const http = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => http.once("listening", resolve));
  const httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v1/inbound-email`;

  // The SMTP receiver answers only with a reply code: the outcome is taken on the way through.
  let lastOutcome: InboundOutcome | undefined;
  const smtp = await startInboundSmtpServer({
    port: 0,
    host: "127.0.0.1",
    logger,
    inbound: {
      receive: async (...args: Parameters<typeof inbound.receive>) => {
        lastOutcome = await inbound.receive(...args);
        return lastOutcome;
      },
    },
  });
  // The sending side runs in a process of its own: this process's event loop is the API's alone,
  // so the stalls measured here are the API's, not the eval's file reading and message composing.
  const sender = fork(
    fileURLToPath(new URL("./mail-eval-sender.ts", import.meta.url)),
    [JSON.stringify({ smtpPort: smtp.port, httpUrl, secret: SECRET })],
    { execArgv: ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] },
  );
  const send = (request: SendRequest) =>
    new Promise<SendAnswer>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the sending process ended (${code})`));
      sender.once("exit", exited);
      sender.once("message", (answer) => {
        sender.off("exit", exited);
        resolve(answer as SendAnswer);
      });
      sender.send(request);
    });

  const resultOfAnswer = (answer: SendAnswer): Result => {
    if (answer.via === "smtp") {
      if (!answer.accepted) {
        const detail = `SMTP ${answer.code || answer.message}`;
        return answer.code >= 500 && answer.code !== 552
          ? { kind: "refused", detail }
          : { kind: "failed", detail };
      }
      if (!lastOutcome) return { kind: "failed", detail: "accepted without an outcome" };
      return resultOf(lastOutcome);
    }
    if (answer.status === 0) return { kind: "failed", detail: "error" in answer ? answer.error : "" };
    const body = "body" in answer ? answer.body : {};
    if (answer.status === 202) return resultOf(body as InboundOutcome);
    const detail = `HTTP ${answer.status} ${body.detail ?? ""}`.trim();
    return answer.status < 500 ? { kind: "refused", detail } : { kind: "failed", detail };
  };
  const resultOf = (outcome: InboundOutcome): Result =>
    outcome.outcome === "ignored"
      ? { kind: "dropped", reason: outcome.reason }
      : { kind: "accepted", outcome };

  const loop = monitorEventLoopDelay({ resolution: 10 });
  const whole = monitorEventLoopDelay({ resolution: 10 });
  const results: Measured[] = [];
  const firstWithIdentity = new Map<string, string>();
  const started = performance.now();
  whole.enable();
  try {
    for (const [index, mail] of manifest.mails.entries()) {
      const file = path.join(corpusDir, mail.file);
      const raw = readFileSync(file);
      const envelopeSender = envelopeSenderOf(raw);
      const identity = identityOf(raw);
      const redeliveryOf = identity ? firstWithIdentity.get(identity) : undefined;
      if (identity && !redeliveryOf) firstWithIdentity.set(identity, mail.file);
      const via = index % 2 === 0 ? "smtp" : "http";
      lastOutcome = undefined;
      loop.reset();
      loop.enable();
      const cpuBefore = mainThreadCpuMs();
      const begin = performance.now();
      const result = await send({ file, via, sender: envelopeSender }).then(
        resultOfAnswer,
        (error: unknown) => ({
          kind: "failed" as const,
          detail: String(error),
        }),
      );
      const ms = performance.now() - begin;
      loop.disable();
      const cpuMs = mainThreadCpuMs() - cpuBefore;
      results.push({ mail, via, result, ms, stallMs: loop.max / 1e6, cpuMs, redeliveryOf });
    }
  } finally {
    whole.disable();
  }
  const seconds = (performance.now() - started) / 1000;

  for (const measured of results) {
    if (measured.result.kind !== "accepted") continue;
    const ticket = await db.ticket.findUnique({
      where: { id: measured.result.outcome.ticketId },
      select: {
        subject: true,
        customer: { select: { email: true } },
        inboundEmails: { select: { notes: true } },
        attachments: { select: { fileName: true } },
        messages: {
          orderBy: { createdAt: "asc" },
          take: 1,
          select: { body: true },
        },
      },
    });
    const first = ticket?.messages[0];
    if (ticket && first)
      measured.stored = {
        subject: ticket.subject,
        body: first.body,
        attachments: ticket.attachments.map((a) => a.fileName),
        requester: ticket.customer?.email.toLowerCase() ?? "",
        notes: ticket.inboundEmails.flatMap((email) => email.notes),
      };
  }

  // Confirmations: only now, so that composing them is not measured as intake.
  const outbox = createEmailOutbox({
    db,
    env,
    logger,
    storage,
    mailer: createSmtpMailer({
      smtpUrl: sinkUrl,
      fromName: env.TEAM_NAME,
      fromAddress: env.MAIL_FROM_ADDRESS,
    }),
  });
  await outbox.drain();
  // An automatic mail that became a ticket and got a confirmation: a mail loop in the making.
  const answeredAutomatic = results.filter(
    (m) => m.mail.kind === "auto" && m.stored && confirmedTo.includes(m.stored.requester),
  ).length;

  report(results, seconds, whole.max / 1e6, answeredAutomatic, confirmedTo.length);

  sender.send("close");
  await smtp.close();
  await inbound.close();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await sink.close();
  await db.$disconnect();
  await rm(attachmentsDir, { recursive: true, force: true });
});

function report(
  results: Measured[],
  seconds: number,
  maxStallMs: number,
  answeredAutomatic: number,
  confirmations: number,
) {
  const ratio = (hit: number, all: number) =>
    all === 0 ? "-" : `${hit}/${all} (${Math.round((100 * hit) / all)}%)`;
  const row = (label: string, group: Measured[]) => {
    const quoted = group.filter((m) => m.mail.visible);
    const auto = group.filter((m) => m.mail.kind === "auto");
    const decoded = group.filter((m) => m.mail.subject || m.mail.strings || m.mail.attachments);
    const slowest = group.reduce<Measured | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
    return {
      source: label,
      mails: group.length,
      accepted: group.filter((m) => m.result.kind === "accepted").length,
      refused: group.filter((m) => m.result.kind === "refused").length,
      dropped: group.filter((m) => m.result.kind === "dropped").length,
      failed: group.filter((m) => m.result.kind === "failed").length,
      lost: group.filter(lost).length,
      "auto dropped": ratio(auto.filter(autoDropped).length, auto.length),
      "quotes exact": ratio(quoted.filter((m) => quoteExact(m)).length, quoted.length),
      mojibake: `${decoded.filter((m) => decodingMisses(m).length > 0).length}/${decoded.length}`,
      "files not taken": group.reduce((sum, m) => sum + fileRefusals(m).length, 0),
      "slowest ms": slowest ? Math.round(slowest.ms) : 0,
      "max stall ms": Math.round(Math.max(0, ...group.map((m) => m.stallMs))),
    };
  };
  const sources = [...new Set(results.map((m) => m.mail.source))];
  console.table([
    ...sources.map((s) =>
      row(
        s,
        results.filter((m) => m.mail.source === s),
      ),
    ),
    row("all", results),
  ]);

  const languages = { "en+nl": ["en", "nl"], en: ["en"], nl: ["nl"], other: ["other"] };
  console.log("\nquote and signature stripping, exact, per language of the quote header:");
  for (const [label, langs] of Object.entries(languages)) {
    const group = results.filter((m) => m.mail.visible && langs.includes(m.mail.lang ?? ""));
    console.log(`  ${label.padEnd(6)} ${ratio(group.filter((m) => quoteExact(m)).length, group.length)}`);
  }
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `\nslowest: ${slowest.map((m) => `${m.mail.file} ${Math.round(m.ms)} ms (${m.via})`).join(", ")}`,
  );
  const stalls = results.filter((m) => m.stallMs > STALL_LIMIT_MS);
  const longestWhileProcessing = Math.max(0, ...results.map((m) => m.stallMs));
  console.log(
    `API event loop (warmed up as the server is before it listens): longest stall while a mail was processed ${Math.round(longestWhileProcessing)} ms (first mail ${Math.round(results[0]?.stallMs ?? 0)} ms); over the whole run ${Math.round(maxStallMs)} ms, which includes this evaluation's own reading of each next file in the same process; mails with a stall over ${STALL_LIMIT_MS} ms: ${stalls.length}${stalls.length ? ` (${stalls.map((m) => `${m.mail.file} ${Math.round(m.stallMs)} ms, main-thread CPU ${m.cpuMs} ms in ${Math.round(m.ms)} ms`).join("; ")})` : ""}`,
  );
  console.log(
    `throughput: ${results.length} mails in ${seconds.toFixed(1)} s = ${(results.length / seconds).toFixed(1)} mails/s (one at a time)`,
  );
  const refusals = results.flatMap((m) =>
    m.result.kind === "refused" ? [`${m.mail.file} [${m.mail.kind}] ${m.result.detail}`] : [],
  );
  console.log(`refused: ${refusals.join("; ") || "none"}`);
  const redelivered = results.filter((m) => m.redeliveryOf);
  console.log(
    `same Message-ID and sender as an earlier corpus mail (filed once, as a redelivery; decoding not checked): ${redelivered.map((m) => `${m.mail.file} = ${m.redeliveryOf}`).join(", ") || "none"}`,
  );
  console.log(
    `confirmations sent: ${confirmations}; automatic mails answered: ${answeredAutomatic}; persons' mails lost: ${results.filter(lost).length}; failures (5xx, 451, crash): ${results.filter((m) => m.result.kind === "failed").length}`,
  );

  const failures = results.flatMap((m) => {
    const why: string[] = [];
    if (m.result.kind === "failed") why.push(`failed: ${m.result.detail}`);
    if (lost(m)) why.push(`lost (${m.result.kind === "dropped" ? m.result.reason : ""})`);
    if (m.mail.kind === "auto" && !autoDropped(m)) why.push("automatic mail became a ticket");
    if (quoteExact(m) === false) why.push("quote stripping not exact");
    const misses = decodingMisses(m);
    if (misses.length) why.push(`mojibake: ${misses.join("; ")}`);
    const refused = fileRefusals(m);
    if (refused.length)
      why.push(`file kept in the original only (type not accepted or renamed): ${refused.join(", ")}`);
    return why.length ? [{ m, why }] : [];
  });
  console.log(`\nmails that miss a target: ${failures.length}`);
  for (const { m, why } of failures) {
    console.log(`  ${m.mail.file} [${m.mail.lang ?? m.mail.kind}]: ${why.join(", ")}`);
    if (showFailures && m.mail.attachments && decodingMisses(m).length > 0)
      console.log(
        `    files: ${JSON.stringify(m.stored?.attachments)} notes: ${JSON.stringify(m.stored?.notes)}`,
      );
    if (showFailures && quoteExact(m) === false) {
      console.log(`    expected: ${JSON.stringify(normalized(m.mail.visible?.[0] ?? "")).slice(0, 400)}`);
      console.log(`    stored:   ${JSON.stringify(normalized(m.stored?.body ?? "")).slice(0, 400)}`);
    }
  }
}
