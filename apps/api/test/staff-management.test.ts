import { staffMemberSchema } from "@helpdesk/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTicket, TEST_PASSWORD } from "./factories.ts";
import { httpCallers, signedInStaff, signIn, tokenFromLink } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { api, as } = httpCallers(testApp);

const WEB_ORIGIN = "http://localhost:5173";
const refresh = (cookie: string) =>
  api().post("/api/v1/auth/refresh").set("Cookie", cookie).set("Origin", WEB_ORIGIN);
const login = (email: string, password: string) => api().post("/api/v1/auth/login").send({ email, password });
const accept = (token: string, password: string) =>
  api().post("/api/v1/staff/invitation/accept").send({ token, password });
const invitationOf = async (email: string, after = 0) => {
  const found = await testApp.inbox.waitFor(
    email,
    (mail) => mail.subject.startsWith("Je account bij") && testApp.inbox.messages.indexOf(mail) >= after,
  );
  return tokenFromLink(found.text);
};
const eventTypes = async (token: string, id: string) =>
  ((await as(token).get(`/staff/${id}/events`)).body.items as { type: string }[]).map((event) => event.type);

let admin: { staff: { id: string }; token: string };

beforeAll(async () => {
  admin = await signedInStaff(testApp, "admin");
});

describe("inviting staff", () => {
  it("an invited member chooses their own password from the e-mailed link, once, and then signs in", async () => {
    const invited = await as(admin.token).post("/staff", {
      email: "Nieuwe.Collega@Example.test",
      name: "Nieuwe Collega",
      role: "agent",
    });
    expect(invited.status).toBe(201);
    const member = staffMemberSchema.strict().parse(invited.body);
    expect(member).toMatchObject({
      email: "nieuwe.collega@example.test",
      active: true,
      invitationPending: true,
    });

    // Until then no password signs them in, with the same answer as a wrong one.
    const early = await login(member.email, "any-password-at-all");
    expect(early.status).toBe(401);
    expect(early.body.detail).toBe("E-mail address or password is not correct");

    const mail = await testApp.inbox.waitFor(member.email);
    expect(mail.subject).toMatch(/^Je account bij /);
    expect(mail.text).toContain("http://localhost:5173/staff-invitation#token=");
    const token = tokenFromLink(mail.text);

    const weak = await accept(token, "short");
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe("body.password");

    expect((await accept(token, "mijn-eigen-wachtwoord")).status).toBe(204);
    await signIn(testApp, member.email, "mijn-eigen-wachtwoord");
    const again = await accept(token, "een-ander-wachtwoord");
    expect(again.status).toBe(401);
    expect(again.headers["content-type"]).toMatch(/application\/problem\+json/);

    const listed = await as(admin.token).get("/staff", { limit: "100" });
    const row = listed.body.items.find((item: { id: string }) => item.id === member.id);
    expect(row).toMatchObject({ invitationPending: false, active: true });
    expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|\$2[aby]\$/);
    expect(await eventTypes(admin.token, member.id)).toEqual(["invited", "invitation_accepted"]);
  });

  it("sending the invitation again makes the earlier link useless", async () => {
    const { body: member } = await as(admin.token).post("/staff", {
      email: "tweede.poging@example.test",
      name: "Tweede Poging",
      role: "billing",
    });
    const first = await invitationOf(member.email);
    const count = testApp.inbox.messages.length;
    expect((await as(admin.token).post(`/staff/${member.id}/invitation`)).status).toBe(202);
    const second = await invitationOf(member.email, count);
    expect(second).not.toBe(first);

    expect((await accept(first, "het-oude-wachtwoord")).status).toBe(401);
    expect((await accept(second, "het-nieuwe-wachtwoord")).status).toBe(204);
    await signIn(testApp, member.email, "het-nieuwe-wachtwoord");

    const late = await as(admin.token).post(`/staff/${member.id}/invitation`);
    expect(late.status).toBe(409);
    expect(await eventTypes(admin.token, member.id)).toEqual([
      "invited",
      "invitation_resent",
      "invitation_accepted",
    ]);
  });

  it("refuses a password chosen by the admin, an unknown role and a taken address with problem+json", async () => {
    const withPassword = await as(admin.token).post("/staff", {
      email: "met.wachtwoord@example.test",
      name: "Met Wachtwoord",
      role: "agent",
      password: TEST_PASSWORD,
    });
    expect(withPassword.status).toBe(400);
    expect(withPassword.headers["content-type"]).toMatch(/application\/problem\+json/);

    const badRole = await as(admin.token).post("/staff", {
      email: "x@example.test",
      name: "X",
      role: "boss",
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors.map((error: { path: string }) => error.path)).toEqual(["body.role"]);

    const taken = await createStaff(testApp.db, "agent");
    const duplicate = await as(admin.token).post("/staff", {
      email: taken.email,
      name: "Again",
      role: "agent",
    });
    expect(duplicate.status).toBe(409);
  });
});

describe("deactivating staff", () => {
  it("ends the member's sessions at once, returns their open tickets to the queue, and keeps their history", async () => {
    const { staff: member } = await signedInStaff(testApp, "agent", { name: "Freelancer Fleur" });
    const session = await signIn(testApp, member.email);
    const open = await createTicket(testApp.db, { assignee: member, status: "open" });
    const solved = await createTicket(testApp.db, { assignee: member, status: "solved" });
    expect((await as(session.accessToken).get("/me")).status).toBe(200);

    const response = await as(admin.token).post(`/staff/${member.id}/deactivate`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });

    // The access token they hold stops working on their next request; so does the refresh cookie.
    expect((await as(session.accessToken).get("/me")).status).toBe(401);
    expect((await refresh(session.cookie)).status).toBe(401);
    // Their right password gets exactly the answer of a wrong one.
    const right = await login(member.email, TEST_PASSWORD);
    const wrong = await login(member.email, "not-the-password");
    expect(right.status).toBe(401);
    expect({ ...right.body, requestId: undefined }).toEqual({ ...wrong.body, requestId: undefined });

    const tickets = await testApp.db.ticket.findMany({
      where: { id: { in: [open.id, solved.id] } },
      select: { id: true, assigneeId: true },
    });
    expect(Object.fromEntries(tickets.map((t) => [t.id, t.assigneeId]))).toEqual({
      [open.id]: null,
      [solved.id]: member.id,
    });
    const trail = await as(admin.token).get(`/tickets/${open.id}/events`);
    const handback = trail.body.items.find((event: { type: string }) => event.type === "assignee_changed");
    expect(handback).toMatchObject({ after: null, before: { id: member.id, name: "Freelancer Fleur" } });
    expect(JSON.stringify(handback)).toContain(admin.staff.id);

    const assignable = await as(admin.token).get("/staff/assignable");
    expect(assignable.body.items.map((item: { id: string }) => item.id)).not.toContain(member.id);
    expect(await eventTypes(admin.token, member.id)).toEqual(["deactivated"]);

    // Reactivated, they sign in with the password they had.
    expect((await as(admin.token).post(`/staff/${member.id}/reactivate`)).body.active).toBe(true);
    await signIn(testApp, member.email);
    expect(await eventTypes(admin.token, member.id)).toEqual(["deactivated", "reactivated"]);
  });

  it("a deactivated member gets no password-reset e-mail", async () => {
    const member = await createStaff(testApp.db, "billing");
    await as(admin.token).post(`/staff/${member.id}/deactivate`).expect(200);
    await api().post("/api/v1/auth/password-reset").send({ email: member.email }).expect(202);
    const control = await createStaff(testApp.db, "billing");
    await api().post("/api/v1/auth/password-reset").send({ email: control.email }).expect(202);
    await testApp.inbox.waitFor(control.email);
    expect(testApp.inbox.messages.some((mail) => mail.to.includes(member.email))).toBe(false);
  });

  it("answers bad input with problem+json", async () => {
    expect((await as(admin.token).post("/staff/not-a-uuid/deactivate")).status).toBe(400);
    const unknown = await as(admin.token).post("/staff/5b0c8f0e-1d9a-4f59-9a43-0f0d2a3c4b5e/deactivate");
    expect(unknown.status).toBe(404);
    expect(unknown.headers["content-type"]).toMatch(/application\/problem\+json/);
    const member = await createStaff(testApp.db, "agent");
    const badRole = await as(admin.token).patch(`/staff/${member.id}`, { role: "boss" });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors[0].path).toBe("body.role");
  });
});

describe("the team keeps an active admin", () => {
  /** Only these admins stay active: the rest of this file's admins are deactivated directly. */
  const onlyAdmins = async (...ids: string[]) => {
    await testApp.db.staffMember.updateMany({
      where: { role: "admin", id: { notIn: ids } },
      data: { deactivatedAt: new Date() },
    });
  };
  const activeAdmins = () => testApp.db.staffMember.count({ where: { role: "admin", deactivatedAt: null } });

  it("an admin cannot deactivate themselves", async () => {
    const response = await as(admin.token).post(`/staff/${admin.staff.id}/deactivate`);
    expect(response.status).toBe(409);
    expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
  });

  it("the last active admin can be neither deactivated nor demoted", async () => {
    const last = await signedInStaff(testApp, "admin");
    const other = await signedInStaff(testApp, "admin");
    await as(other.token).patch(`/staff/${other.staff.id}`, { role: "agent" }).expect(200);
    await onlyAdmins(last.staff.id);
    const demote = await as(last.token).patch(`/staff/${last.staff.id}`, { role: "agent" });
    expect(demote.status).toBe(409);
    expect(demote.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(await activeAdmins()).toBe(1);
    expect(await eventTypes(last.token, other.staff.id)).toEqual(["role_changed"]);
  });

  it("two admins deactivating each other at the same moment leave one", async () => {
    const first = await signedInStaff(testApp, "admin");
    const second = await signedInStaff(testApp, "admin");
    await onlyAdmins(first.staff.id, second.staff.id);
    const answers = await Promise.all([
      as(first.token).post(`/staff/${second.staff.id}/deactivate`),
      as(second.token).post(`/staff/${first.staff.id}/deactivate`),
    ]);
    expect(answers.map((answer) => answer.status).filter((status) => status === 200)).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it("a third admin deactivating the last two at once is refused for one of them", async () => {
    const [a, b, c] = await Promise.all([
      signedInStaff(testApp, "admin"),
      signedInStaff(testApp, "admin"),
      signedInStaff(testApp, "admin"),
    ]);
    await onlyAdmins(a.staff.id, b.staff.id, c.staff.id);
    // c demotes itself while deactivating the other two: not all three changes may pass.
    const answers = await Promise.all([
      as(c.token).post(`/staff/${a.staff.id}/deactivate`),
      as(c.token).post(`/staff/${b.staff.id}/deactivate`),
      as(c.token).patch(`/staff/${c.staff.id}`, { role: "agent" }),
    ]);
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThan(3);
    // One or two stay: when c's demotion goes first, c is no admin for the other two changes.
    expect(await activeAdmins()).toBeGreaterThanOrEqual(1);
  });
});
