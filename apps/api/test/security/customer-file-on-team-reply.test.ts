// Finding: a customer could attach a file to a team reply (`?messageId=<team message>`), making it
// look like the team sent it. A customer adds files to their own messages only.
import request from "supertest";
import { afterAll, expect, it } from "vitest";
import { createCustomer, createStaff } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

it("a customer cannot attach a file to a team reply, only to their own message", {
  timeout: 90_000,
}, async () => {
  const customer = (await signIn(testApp, (await createCustomer(testApp.db)).email)).accessToken;
  const agent = (await signIn(testApp, (await createStaff(testApp.db, "agent")).email)).accessToken;
  const as = (token: string) => ({
    post: (path: string) =>
      request(testApp.app).post(`/api/v1${path}`).set("Authorization", `Bearer ${token}`),
  });
  const ticket = await as(customer)
    .post("/tickets")
    .send({ category: "other", subject: "Files", message: "Mine" });
  expect(ticket.status).toBe(201);
  const reply = await as(agent)
    .post(`/tickets/${ticket.body.id}/messages`)
    .send({ body: "The team's answer" });
  expect(reply.status).toBe(201);
  const own = await as(customer).post(`/tickets/${ticket.body.id}/messages`).send({ body: "My follow-up" });
  expect(own.status).toBe(201);

  const onTeamReply = await as(customer)
    .post(`/tickets/${ticket.body.id}/attachments?messageId=${reply.body.message.id}`)
    .attach("file", Buffer.from("not the team's"), "fake.txt");
  expect(onTeamReply.status).toBe(404);
  const onOwn = await as(customer)
    .post(`/tickets/${ticket.body.id}/attachments?messageId=${own.body.message.id}`)
    .attach("file", Buffer.from("mine"), "mine.txt");
  expect(onOwn.status).toBe(201);
});
