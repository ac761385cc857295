// Satisfaction ratings end to end: the solved e-mail's one-click links (real outbox, real SMTP),
// the comment after the click, the review redirect, the portal, the team's e-mail about a bad
// rating, and every way a link can be wrong, on the real database.
import { randomUUID } from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRatingLinks } from "../src/modules/ratings/rating-links.ts";
import { eraseRatingComments } from "../src/modules/ratings/ratings.service.ts";
import { createTicket } from "./factories.ts";
import { bearer, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp, TEST_REPLY_ADDRESS_SECRET } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db, inbox } = testApp;
afterAll(() => testApp.close());

const links = createRatingLinks(TEST_REPLY_ADDRESS_SECRET);
const api = () => request(app);
let agent = { token: "", name: "", email: "" };
let adminToken = "";

beforeAll(async () => {
  const signedIn = await signedInStaff(testApp, "agent", { name: "Ayla Agentmans" });
  agent = { token: signedIn.token, name: signedIn.staff.name, email: signedIn.staff.email };
  adminToken = (await signedInStaff(testApp, "admin")).token;
});

/** A customer's ticket that the agent marks solved; the solved e-mail's two rating links. */
async function solvedTicketWithLinks() {
  const { customer, token } = await signedInCustomer(testApp);
  const ticket = await createTicket(db, {
    requester: customer,
    status: "open",
    subject: "Mail komt niet aan",
  });
  await api()
    .patch(`/api/v1/tickets/${ticket.id}`)
    .set(bearer(agent.token))
    .send({ status: "solved" })
    .expect(200);
  const email = await inbox.waitFor(customer.email, (mail) => mail.text.includes("/beoordelen#token="));
  const linkOf = (label: string) =>
    new RegExp(`${label}: (\\S+/tickets/${ticket.id}/beoordelen#token=(\\S+))`).exec(email.text);
  const good = linkOf("Goed geholpen");
  const bad = linkOf("Niet goed geholpen");
  return { customer, customerToken: token, ticket, email, good: good?.[2] ?? "", bad: bad?.[2] ?? "" };
}

const clickLink = (ticketId: string, token: string) =>
  api().post(`/api/v1/tickets/${ticketId}/rating/link`).send({ token });
const commentByLink = (ticketId: string, token: string, comment: string) =>
  api().patch(`/api/v1/tickets/${ticketId}/rating/link`).send({ token, comment });
const linkFor = (ticketId: string, score: "good" | "bad", expiresInMs = 3600_000, nonce = randomUUID()) =>
  links.tokenFor({ ticketId, score, nonce, expiresAt: new Date(Date.now() + expiresInMs) });
const ratedBadEvents = (ticketId: string) =>
  db.domainEvent.count({ where: { ticketId, type: "ticket.rated_bad" } });

describe("satisfaction ratings", () => {
  it("the solved e-mail carries a good and a bad link; one click rates, a comment follows, the review link is offered", async () => {
    const { ticket, email, good, bad } = await solvedTicketWithLinks();
    expect(good).not.toBe("");
    expect(bad).not.toBe("");
    expect(email.text).toContain("Hoe tevreden ben je over onze hulp?");
    expect(email.text).not.toContain(agent.name);

    const rated = await clickLink(ticket.id, good);
    expect(rated.status).toBe(200);
    expect(rated.body.ticketNumber).toBe(`#${ticket.number}`);
    expect(rated.body.rating).toMatchObject({ score: "good", comment: null, reviewClicks: null });
    expect(typeof rated.body.rating.reviewToken).toBe("string");
    expect(rated.text).not.toContain(agent.name);
    expect(rated.text).not.toContain("Mail komt niet aan");

    const commented = await commentByLink(ticket.id, good, "  Snel en duidelijk.  ");
    expect(commented.status).toBe(200);
    expect(commented.body.rating.comment).toBe("Snel en duidelijk.");

    // The review link goes through our redirect, which counts the click: Google by default.
    const followed = await api()
      .get("/api/v1/ticket-ratings/review")
      .query({ token: rated.body.rating.reviewToken });
    expect(followed.status).toBe(303);
    expect(followed.headers.location).toMatch(/^https:\/\/www\.google\.com\/maps\/search\//);
    const staffView = await api().get(`/api/v1/tickets/${ticket.id}/rating`).set(bearer(agent.token));
    expect(staffView.body.rating).toMatchObject({
      score: "good",
      comment: "Snel en duidelijk.",
      reviewClicks: 1,
    });
    expect(staffView.body.rating.reviewToken).toBeNull();
  });

  it("each link works once; a double click at the same moment rates once", async () => {
    const { ticket, good } = await solvedTicketWithLinks();
    const answers = await Promise.all([clickLink(ticket.id, good), clickLink(ticket.id, good)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toBe("rating_link_used");
    expect((await clickLink(ticket.id, good)).body.code).toBe("rating_link_used");
    expect(await db.ticketRating.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it("good and bad clicked at once leave one rating, and the team hears of the bad one once", async () => {
    const { ticket, good, bad } = await solvedTicketWithLinks();
    const answers = await Promise.all([clickLink(ticket.id, good), clickLink(ticket.id, bad)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(await db.ticketRating.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect(await ratedBadEvents(ticket.id)).toBe(1);
  });

  it("a bad rating e-mails the team (not the customer), names no agent to the customer, and shows on the staff view", async () => {
    const { customer, ticket, bad } = await solvedTicketWithLinks();
    const before = inbox.messages.filter((mail) => mail.to.includes(customer.email)).length;
    const rated = await clickLink(ticket.id, bad);
    expect(rated.body.rating).toMatchObject({ score: "bad", reviewToken: null });
    expect(rated.text).not.toContain(agent.name);
    await commentByLink(ticket.id, bad, "Het duurde drie dagen.").expect(200);

    const team = await inbox.waitFor(agent.email, (mail) => mail.subject.includes(`#${ticket.number}`));
    expect(team.subject).toBe(`[#${ticket.number}] Slechte beoordeling / bad rating`);
    expect(team.text).toContain(`/agent/tickets/${ticket.id}`);
    expect(inbox.messages.filter((mail) => mail.to.includes(customer.email)).length).toBe(before);

    const staffView = await api().get(`/api/v1/tickets/${ticket.id}/rating`).set(bearer(agent.token));
    expect(staffView.body.rating).toMatchObject({ score: "bad", comment: "Het duurde drie dagen." });
    // A bad rating offers no review, and its review token (were one made) leads nowhere.
    const review = await api()
      .get("/api/v1/ticket-ratings/review")
      .query({ token: links.reviewTokenFor(ticket.id) });
    expect(review.status).toBe(404);
  });

  it("a link for another ticket, a forged one and an expired one are refused, with no data of either ticket", async () => {
    const first = await solvedTicketWithLinks();
    const second = await solvedTicketWithLinks();
    const otherTicket = await clickLink(second.ticket.id, first.good);
    expect(otherTicket.status).toBe(404);
    expect(otherTicket.body.code).toBe("rating_link_invalid");
    for (const text of [
      `${first.ticket.number}`,
      `${second.ticket.number}`,
      first.customer.email,
      "Mail komt",
    ]) {
      expect(otherTicket.text).not.toContain(text);
    }

    // The choice changed by hand, or a token made with another key.
    const changedChoice = first.good.replace(".good.", ".bad.");
    expect((await clickLink(first.ticket.id, changedChoice)).body.code).toBe("rating_link_invalid");
    const otherKey = createRatingLinks("another-secret-of-at-least-32-characters!").tokenFor({
      ticketId: first.ticket.id,
      score: "good",
      nonce: randomUUID(),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    expect((await clickLink(first.ticket.id, otherKey)).body.code).toBe("rating_link_invalid");
    expect((await clickLink(first.ticket.id, "nonsense-token-value")).body.code).toBe("rating_link_invalid");

    const expired = await clickLink(first.ticket.id, linkFor(first.ticket.id, "good", -1000));
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe("rating_link_expired");
    expect(
      await db.ticketRating.count({ where: { ticketId: { in: [first.ticket.id, second.ticket.id] } } }),
    ).toBe(0);
  });

  it("a rating can change for 7 days, then it stands (and the refused link is not used up)", async () => {
    const { ticket, good, bad } = await solvedTicketWithLinks();
    await clickLink(ticket.id, good).expect(200);
    expect((await clickLink(ticket.id, bad)).body.rating.score).toBe("bad");
    await clickLink(ticket.id, linkFor(ticket.id, "good")).expect(200);

    await db.ticketRating.update({
      where: { ticketId: ticket.id },
      data: { ratedAt: new Date(Date.now() - 7 * 24 * 3600_000 - 60_000) },
    });
    const late = linkFor(ticket.id, "bad");
    const refused = await clickLink(ticket.id, late);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("rating_locked");
    expect((await db.ticketRating.findUniqueOrThrow({ where: { ticketId: ticket.id } })).score).toBe("good");
    const nonce = links.claimsOf(late)?.nonce ?? "";
    expect(await db.ticketRatingLinkUse.count({ where: { nonce } })).toBe(0);
  });

  it("the comment needs the link that set the rating", async () => {
    const { ticket, good, bad } = await solvedTicketWithLinks();
    // Not clicked yet: no comment.
    expect((await commentByLink(ticket.id, good, "Top")).body.code).toBe("rating_link_invalid");
    await clickLink(ticket.id, good).expect(200);
    await clickLink(ticket.id, bad).expect(200);
    // The good link's verdict was replaced: its comment would stand on the bad one.
    expect((await commentByLink(ticket.id, good, "Top")).body.code).toBe("rating_locked");
    expect((await commentByLink(ticket.id, bad, "x".repeat(2001))).status).toBe(400);
  });

  it("on the portal only the ticket's own customer rates, and only a solved ticket", async () => {
    const { ticket, customerToken } = await solvedTicketWithLinks();
    const rated = await api()
      .put(`/api/v1/tickets/${ticket.id}/rating`)
      .set(bearer(customerToken))
      .send({ score: "good", comment: "Prima" });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({ score: "good", comment: "Prima" });
    // The score again without a comment keeps the comment.
    const again = await api()
      .put(`/api/v1/tickets/${ticket.id}/rating`)
      .set(bearer(customerToken))
      .send({ score: "good" });
    expect(again.body.rating.comment).toBe("Prima");

    const other = await signedInCustomer(testApp);
    const foreign = await api()
      .put(`/api/v1/tickets/${ticket.id}/rating`)
      .set(bearer(other.token))
      .send({ score: "bad" });
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain(`${ticket.number}`);
    const staff = await api()
      .put(`/api/v1/tickets/${ticket.id}/rating`)
      .set(bearer(agent.token))
      .send({ score: "bad" });
    expect(staff.status).toBe(404);

    const { customer, token } = await signedInCustomer(testApp);
    const open = await createTicket(db, { requester: customer, status: "open" });
    const notSolved = await api()
      .put(`/api/v1/tickets/${open.id}/rating`)
      .set(bearer(token))
      .send({ score: "good" });
    expect(notSolved.status).toBe(409);
    expect(notSolved.body.code).toBe("ticket_not_solved");
  });

  it("admins set the review page; the redirect then goes there", async () => {
    const { ticket, good } = await solvedTicketWithLinks();
    const rated = await clickLink(ticket.id, good);
    const setting = await api()
      .put("/api/v1/settings/review-link")
      .set(bearer(adminToken))
      .send({ url: "https://g.page/r/voorbeeld/review" });
    expect(setting.body).toEqual({ url: "https://g.page/r/voorbeeld/review", isDefault: false });
    const plain = await api()
      .put("/api/v1/settings/review-link")
      .set(bearer(adminToken))
      .send({ url: "http://x.nl" });
    expect(plain.status).toBe(400);
    const followed = await api()
      .get("/api/v1/ticket-ratings/review")
      .query({ token: rated.body.rating.reviewToken });
    expect(followed.headers.location).toBe("https://g.page/r/voorbeeld/review");
    const forged = await api()
      .get("/api/v1/ticket-ratings/review")
      .query({ token: `${ticket.id}.bm9wZQ` });
    expect(forged.status).toBe(404);
    await api().put("/api/v1/settings/review-link").set(bearer(adminToken)).send({ url: null }).expect(200);
  });

  it("erasure takes the customer's words and keeps the verdict", async () => {
    const { ticket, good } = await solvedTicketWithLinks();
    await clickLink(ticket.id, good).expect(200);
    await commentByLink(ticket.id, good, "Jan de Vries was blij").expect(200);
    await db.$transaction((tx) => eraseRatingComments(tx, [ticket.id]));
    expect(await db.ticketRating.findUniqueOrThrow({ where: { ticketId: ticket.id } })).toMatchObject({
      score: "good",
      comment: null,
    });
  });
});
