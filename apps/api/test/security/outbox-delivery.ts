// For security tests that count e-mails: deliver every due outbox event, and wait for those another
// delivery run holds, so that what the inbox holds afterwards is everything that will be sent.
import type { TestApp } from "../test-app.ts";

export async function deliverEverything(testApp: Pick<TestApp, "db" | "outbox">, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await testApp.outbox.drain();
    const open = await testApp.db.domainEvent.count({ where: { dispatchedAt: null, failedAt: null } });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`${open} outbox events still undelivered`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
