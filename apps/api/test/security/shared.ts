// Small helpers the security tests share.
import request from "supertest";
import type { TestApp } from "../test-app.ts";

export const tokenFromLink = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

/** Files a ticket as a guest: anyone can type anyone's address. */
export async function fileGuestTicket(testApp: Pick<TestApp, "app">, email: string, subject: string) {
  const response = await request(testApp.app)
    .post("/api/v1/tickets")
    .send({ category: "other", subject, message: `${subject}: graag hulp.`, email, name: "Iemand" });
  if (response.status !== 201) throw new Error(`filing failed: ${response.status} ${response.text}`);
  return response.body as { id: string; number: string };
}

/** Every e-mail to an address so far whose subject matches. */
export const emailsTo = (testApp: Pick<TestApp, "inbox">, to: string, subject: RegExp) =>
  testApp.inbox.messages.filter((email) => email.to.includes(to) && subject.test(email.subject));

/** Waits until `count` matching e-mails arrived. */
export async function waitForEmails(
  testApp: Pick<TestApp, "inbox">,
  to: string,
  subject: RegExp,
  count: number,
) {
  const deadline = Date.now() + 10_000;
  while (emailsTo(testApp, to, subject).length < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} e-mails to ${to} matching ${subject}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return emailsTo(testApp, to, subject);
}
