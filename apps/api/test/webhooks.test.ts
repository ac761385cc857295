import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createWebhookDeliveries } from "../src/jobs/webhook-deliveries.ts";
import { checkOutboundUrl } from "../src/lib/security/outbound-address.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";
import { until } from "./until.ts";

// Receivers on loopback: allowed by the installation setting in this app, refused in the other.
const testApp = await createTestApp({}, {}, {}, { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true" });
const guardedApp = await createTestApp({
  resolveHostname: async (host) => (host === "receiver.example.test" ? ["127.0.0.1"] : ["93.184.215.14"]),
});
const receivers: Server[] = [];
afterAll(async () => {
  for (const receiver of receivers) receiver.closeAllConnections();
  await Promise.all(receivers.map((receiver) => new Promise((resolve) => receiver.close(resolve))));
  await Promise.all([testApp.close(), guardedApp.close()]);
});

// Each test hears only its own endpoints: the receivers of earlier tests fail or hang on purpose,
// and their retries would keep a later test's drain() busy.
beforeEach(async () => {
  await testApp.db.webhookEndpoint.updateMany({
    where: { disabledAt: null },
    data: { disabledAt: new Date() },
  });
});

const { as } = httpCallers(testApp);
const { as: asGuarded } = httpCallers(guardedApp);
const { token: admin } = await signedInStaff(testApp, "admin");

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on loopback whose answer a test decides: a status, or `hang` (no answer). */
async function startReceiver(answer: (count: number) => number | "hang" = () => 200) {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    received.push({ headers: req.headers, body });
    const reply = answer(received.length);
    if (reply === "hang") return;
    res.writeHead(reply, { "Content-Type": "text/plain" }).end(reply < 300 ? "thanks" : `broken ${reply}`);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  receivers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

function dispatcherFor(app: typeof testApp, tuning: Parameters<typeof createWebhookDeliveries>[1] = {}) {
  return createWebhookDeliveries(
    { ...app, policy: { httpsOnly: false, allowPrivateAddresses: app.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES } },
    { backoffMs: () => 50, timeoutMs: 2_000, ...tuning },
  );
}

async function registerWebhook(body: { url: string; events: string[]; role: string; secret?: string }) {
  const response = await as(admin).post("/webhooks", body);
  expect(response.status, response.text).toBe(201);
  return response.body as { webhook: { id: string }; secret: string };
}

async function fileTicket(subject = "Mijn site is offline") {
  const { customer, token } = await signedInCustomer(testApp);
  const created = await as(token).post("/tickets", {
    category: "technical",
    subject,
    message: "Sinds vanochtend geeft de site een foutmelding.",
    details: { kind: "problem" },
  });
  expect(created.status, created.text).toBe(201);
  return { customer, ticketId: created.body.id as string };
}

/** The signature check an integrator writes, with WebCrypto rather than the product's node:crypto HMAC. */
async function verifySignature(secret: string, header: string, body: string, nowSeconds: number) {
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${parts.t}.${body}`));
  const expected = Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return expected === parts.v1;
}

const deliveriesOf = async (webhookId: string) => {
  const response = await as(admin).get(`/webhooks/${webhookId}/deliveries`);
  expect(response.status, response.text).toBe(200);
  return response.body.items as Array<{
    id: string;
    event: string;
    status: string;
    attempts: Array<{ statusCode: number | null; error: string | null; responseExcerpt: string | null }>;
  }>;
};

describe("webhook deliveries", () => {
  it("are signed over timestamp and body, verifiable by an independent implementation", async () => {
    const receiver = await startReceiver();
    const secret = "whsec_test-secret-of-the-integrator-0123456789";
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.created"],
      role: "admin",
      secret,
    });
    const { customer, ticketId } = await fileTicket();
    await dispatcherFor(testApp).drain();

    const mine = receiver.received.filter((r) => JSON.parse(r.body).data.ticket.id === ticketId);
    expect(mine).toHaveLength(1);
    const [delivery] = mine;
    const header = String(delivery?.headers["helpdesk-signature"]);
    const now = Math.floor(Date.now() / 1000);
    expect(await verifySignature(secret, header, delivery?.body ?? "", now)).toBe(true);
    // A changed body, another secret or an old timestamp does not verify.
    expect(await verifySignature(secret, header, `${delivery?.body} `, now)).toBe(false);
    expect(await verifySignature(`${secret}x`, header, delivery?.body ?? "", now)).toBe(false);
    expect(await verifySignature(secret, header, delivery?.body ?? "", now + 301)).toBe(false);

    const payload = JSON.parse(delivery?.body ?? "{}");
    expect(payload).toMatchObject({
      event: "ticket.created",
      data: { ticket: { view: "staff", id: ticketId } },
    });
    // The admin role may see the customer's private fields.
    expect(payload.data.customer.iban).toBe(customer.iban);
    const [listed] = await deliveriesOf(webhook.id);
    expect(listed).toMatchObject({ status: "delivered", event: "ticket.created" });
    expect(listed?.attempts).toMatchObject([{ statusCode: 200, error: null, responseExcerpt: "thanks" }]);
  });

  it("carry what the webhook's role may see: an agent-role webhook never gets IBAN, address or birth date", async () => {
    const receiver = await startReceiver();
    await registerWebhook({ url: receiver.url, events: ["ticket.created"], role: "agent" });
    const { customer, ticketId } = await fileTicket();
    await dispatcherFor(testApp).drain();
    const body = receiver.received.find((r) => JSON.parse(r.body).data.ticket.id === ticketId)?.body ?? "";
    expect(JSON.parse(body).data.customer).toMatchObject({ id: customer.id, name: customer.name });
    for (const secretValue of [customer.iban ?? "", customer.postalAddress ?? "", "1975-06-21"]) {
      expect(secretValue).not.toBe("");
      expect(body).not.toContain(secretValue);
    }
  });

  it("are retried with backoff until the receiver accepts, each attempt listed", async () => {
    const receiver = await startReceiver((count) => (count <= 2 ? 500 : 204));
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.status_changed"],
      role: "agent",
    });
    const { ticketId } = await fileTicket();
    const { token: agent } = await signedInStaff(testApp, "agent");
    expect((await as(agent).patch(`/tickets/${ticketId}`, { status: "pending" })).status).toBe(200);
    const dispatcher = dispatcherFor(testApp);
    const [delivered] = await until(
      async () => {
        await dispatcher.drain();
        return deliveriesOf(webhook.id);
      },
      (items) => items[0]?.status === "delivered",
      20_000,
    );
    expect(delivered?.attempts.map((a) => a.statusCode)).toEqual([204, 500, 500]);
    expect(delivered?.attempts[1]?.responseExcerpt).toBe("broken 500");
    // Every attempt sent the same signed body.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
  });

  it("disable an endpoint that keeps failing, and e-mail the admins", async () => {
    const { staff: adminPerson } = await signedInStaff(testApp, "admin");
    const receiver = await startReceiver(() => 503);
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.created"],
      role: "agent",
    });
    await fileTicket();
    const dispatcher = dispatcherFor(testApp, { disableAfterMs: 300, retryForMs: 60_000 });
    await until(
      async () => {
        await dispatcher.drain();
        return (await as(admin).get("/webhooks")).body.items.find((w: { id: string }) => w.id === webhook.id);
      },
      (listed) => listed?.disabledAt !== null,
      20_000,
    );
    // The admins' e-mail goes through the outbox, sent once. Both apps of this file run an outbox on
    // the same database, each with its own inbox, so either may be the one that sends it.
    const sent = () =>
      [...testApp.inbox.messages, ...guardedApp.inbox.messages].filter(
        (e) => e.to.includes(adminPerson.email) && e.subject.includes("Webhook uitgeschakeld"),
      );
    await until(
      async () => {
        await testApp.outbox.drain();
        return sent();
      },
      (emails) => emails.length > 0,
      30_000,
    );
    const [email, ...again] = sent();
    expect(again).toHaveLength(0);
    expect(email?.text).toContain(receiver.url);
    // A disabled endpoint gets no new deliveries.
    const before = (await deliveriesOf(webhook.id)).length;
    await fileTicket();
    expect(await deliveriesOf(webhook.id)).toHaveLength(before);
    // Enabled again, it starts with a clean record.
    const enabled = await as(admin).patch(`/webhooks/${webhook.id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ disabledAt: null, failingSince: null });
  }, 150_000);

  it("give up after the retry window", async () => {
    const receiver = await startReceiver(() => 500);
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.created"],
      role: "agent",
    });
    await fileTicket();
    const dispatcher = dispatcherFor(testApp, { retryForMs: 200, backoffMs: () => 100 });
    const [failed] = await until(
      async () => {
        await dispatcher.drain();
        return deliveriesOf(webhook.id);
      },
      (items) => items[0]?.status === "failed",
      20_000,
    );
    expect(failed?.attempts.length).toBeGreaterThanOrEqual(1);
    expect(failed?.attempts.every((a) => a.statusCode === 500)).toBe(true);
  });

  it("time out on a receiver that hangs without holding up the others", async () => {
    const hanging = await startReceiver(() => "hang");
    const healthy = await startReceiver();
    const slow = await registerWebhook({ url: hanging.url, events: ["ticket.created"], role: "agent" });
    await registerWebhook({ url: healthy.url, events: ["ticket.created"], role: "agent" });
    const { ticketId } = await fileTicket();
    const dispatcher = dispatcherFor(testApp, { timeoutMs: 1_500, backoffMs: () => 60_000 });
    const started = Date.now();
    const drained = dispatcher.drain();
    await until(
      () => healthy.received.some((r) => JSON.parse(r.body).data.ticket.id === ticketId),
      Boolean,
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
    await drained;
    const [timedOut] = await deliveriesOf(slow.webhook.id);
    expect(timedOut?.status).toBe("pending");
    expect(timedOut?.attempts[0]).toMatchObject({ statusCode: null, error: "no answer within 1.5 s" });
  });

  it("can be sent again: redeliver sends the same body with a fresh signature", async () => {
    const receiver = await startReceiver();
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.created"],
      role: "agent",
    });
    await fileTicket();
    const dispatcher = dispatcherFor(testApp);
    await dispatcher.drain();
    const [first] = await deliveriesOf(webhook.id);
    const again = await as(admin).post(`/webhooks/${webhook.id}/deliveries/${first?.id}/redeliver`);
    expect(again.status).toBe(202);
    await dispatcher.drain();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    expect((await deliveriesOf(webhook.id))[0]?.attempts).toHaveLength(2);
  });

  it("start when their change commits (NOTIFY), not at the next poll", async () => {
    const receiver = await startReceiver();
    await registerWebhook({ url: receiver.url, events: ["ticket.created"], role: "agent" });
    const ticketIdsReceived = () => receiver.received.map((r) => JSON.parse(r.body).data.ticket.id);
    // A poll every ten minutes: only the wake-up can deliver the second ticket within the test.
    const dispatcher = dispatcherFor(testApp, { pollIntervalMs: 600_000 });
    const before = await fileTicket("Voor de start");
    dispatcher.start();
    try {
      // The first poll listens before it claims: once it delivered, the dispatcher is listening.
      await until(ticketIdsReceived, (ids) => ids.includes(before.ticketId), 30_000);
      const after = await fileTicket("Na de start");
      await until(ticketIdsReceived, (ids) => ids.includes(after.ticketId), 30_000);
    } finally {
      await dispatcher.stop();
    }
  });
});

const { token: guardedAdmin } = await signedInStaff(guardedApp, "admin");

describe("webhook addresses (SSRF)", () => {
  const register = (url: string) =>
    asGuarded(guardedAdmin).post("/webhooks", { url, events: ["ticket.created"], role: "agent" });

  for (const url of [
    "https://10.1.2.3/hooks",
    "https://127.0.0.1/hooks",
    "https://169.254.169.254/latest/meta-data",
    "https://[::1]/hooks",
    "https://[::ffff:127.0.0.1]/hooks",
    "https://receiver.example.test/hooks",
  ]) {
    it(`refuses ${url} with 400`, async () => {
      const response = await register(url);
      expect(response.status, response.text).toBe(400);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ path: "body.url", code: "refused_address" }),
      ]);
    });
  }

  it("accepts a public address", async () => {
    expect((await register("https://hooks.example.com/helpdesk")).status).toBe(201);
  });

  it("allows only https in production", async () => {
    const production = { httpsOnly: true, allowPrivateAddresses: false };
    await expect(checkOutboundUrl("http://93.184.215.14/hooks", production)).rejects.toThrow(/https/);
    await expect(checkOutboundUrl("https://93.184.215.14/hooks", production)).resolves.toBeUndefined();
  });

  it("checks again at delivery time (a name that points somewhere private by now)", async () => {
    const receiver = await startReceiver();
    const { webhook } = await registerWebhook({
      url: receiver.url,
      events: ["ticket.created"],
      role: "agent",
    });
    await fileTicket();
    // The same deliveries, sent by a process whose installation does not allow private addresses.
    const strict = createWebhookDeliveries(
      { ...testApp, policy: { httpsOnly: false, allowPrivateAddresses: false } },
      { backoffMs: () => 60_000 },
    );
    await strict.drain();
    expect(receiver.received).toHaveLength(0);
    const [refused] = await deliveriesOf(webhook.id);
    expect(refused?.attempts[0]?.error).toMatch(/private or local address/);
  });
});
