import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { sampleSla } from "../../../../test/ticket-fixtures.ts";

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
const consentId = "9b2f0c4e-1a7d-4e3b-8c5f-6d2e1a0b9c8d";

const staffTicket = (billing: { billableMinutes: number; billedBlocks: number }) => ({
  view: "staff",
  id: ticketId,
  number: "#483920",
  subject: "Contactformulier verstuurt niets",
  status: "open",
  category: "technical",
  priority: "normal",
  requester: {
    customerId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    name: "Jan",
    email: "jan@example.test",
    verified: true,
  },
  assignee: null,
  sla: sampleSla,
  snoozedUntil: null,
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T09:00:00.000Z",
  details: {},
  billing,
  followUpOf: null,
  mergedInto: null,
  channel: "web",
  createdBy: null,
  serviceId: null,
  attachments: [],
  messages: [],
});

const consent = (status: "pending" | "accepted") => ({
  id: consentId,
  kind: "customer_consent",
  description: "Formulier repareren",
  centsPerBlock: 2500,
  vatPercent: 21,
  capBlocks: 4,
  status,
  blocksUsed: 0,
  requestedAt: "2026-11-23T09:10:00.000Z",
  answeredAt: status === "accepted" ? "2026-11-23T09:20:00.000Z" : null,
  answeredVia: status === "accepted" ? "email" : null,
});

describe("the agent's time panel", () => {
  it("asks consent with the admin's rate, logs billable time, and shows the API's refusal", async () => {
    let logged = 0;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () =>
        Response.json(staffTicket({ billableMinutes: logged, billedBlocks: Math.ceil(logged / 15) })),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [], nextCursor: null }),
      "GET /billing/rate": () =>
        Response.json({ rate: { centsPerBlock: 2500, vatPercent: 21, setAt: "2026-11-01T00:00:00.000Z" } }),
      [`GET /tickets/${ticketId}/billing`]: () =>
        Response.json({
          consents: [consent("accepted")],
          months: [],
          billedBlocks: 0,
          billableAllowed: true,
        }),
      [`GET /tickets/${ticketId}/time-entries`]: () =>
        Response.json({
          items: [],
          billing: { billableMinutes: logged, billedBlocks: Math.ceil(logged / 15) },
        }),
      [`POST /tickets/${ticketId}/consent-requests`]: () =>
        Response.json(consent("pending"), { status: 201 }),
      [`POST /tickets/${ticketId}/time-entries`]: (call) => {
        const body = call.body as { minutes: number; billable: boolean };
        if (body.minutes > 60) return problem(409, "conflict", "beyond the consent's cap");
        logged += body.minutes;
        return Response.json(
          {
            id: "1f0e2d3c-4b5a-4968-8776-5a4b3c2d1e0f",
            date: "2026-11-23",
            billingMonth: "2026-11",
            minutes: body.minutes,
            billable: body.billable,
            note: "",
            loggedBy: { id: agent.id, name: agent.name },
            invoiced: false,
            createdAt: "2026-11-23T10:00:00.000Z",
          },
          { status: 201 },
        );
      },
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);
    const panel = await screen.findByTestId("time-panel");
    expect(
      await within(panel).findByText("Tarief: € 25,00 per begonnen 15 minuten, excl. 21% btw"),
    ).toBeInTheDocument();

    await user.type(within(panel).getByLabelText("Wat gaan we doen?"), "Formulier repareren");
    await user.type(within(panel).getByLabelText("Maximaal aantal blokken (optioneel)"), "4");
    await user.click(within(panel).getByRole("button", { name: "Toestemming vragen" }));
    expect(callsTo(fetch, `POST /tickets/${ticketId}/consent-requests`).map((call) => call.body)).toEqual([
      { description: "Formulier repareren", capBlocks: 4 },
    ]);

    await user.type(within(panel).getByLabelText("Minuten"), "20");
    await user.click(within(panel).getByLabelText(/Factureerbaar/));
    await user.click(within(panel).getByRole("button", { name: "Tijd opslaan" }));
    expect(await within(panel).findByText("Factureerbaar: 20 min = 2 blokken")).toBeInTheDocument();
    expect(callsTo(fetch, `POST /tickets/${ticketId}/time-entries`).map((call) => call.body)).toEqual([
      { minutes: 20, billable: true },
    ]);

    await user.type(within(panel).getByLabelText("Minuten"), "90");
    await user.click(within(panel).getByRole("button", { name: "Tijd opslaan" }));
    expect(await within(panel).findByText(/beyond the consent's cap/)).toBeInTheDocument();
  });

  it("corrects an entry in place: the changed minutes go to the API as a PATCH", async () => {
    const entryId = "1f0e2d3c-4b5a-4968-8776-5a4b3c2d1e0f";
    let minutes = 20;
    const entry = () => ({
      id: entryId,
      date: "2026-11-23",
      billingMonth: "2026-11",
      minutes,
      billable: true,
      note: "Formulier",
      loggedBy: { id: agent.id, name: agent.name },
      invoiced: false,
      createdAt: "2026-11-23T10:00:00.000Z",
    });
    const totals = () => ({ billableMinutes: minutes, billedBlocks: Math.ceil(minutes / 15) });
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket(totals())),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [], nextCursor: null }),
      "GET /billing/rate": () =>
        Response.json({ rate: { centsPerBlock: 2500, vatPercent: 21, setAt: "2026-11-01T00:00:00.000Z" } }),
      [`GET /tickets/${ticketId}/billing`]: () =>
        Response.json({
          consents: [consent("accepted")],
          months: [],
          billedBlocks: 0,
          billableAllowed: true,
        }),
      [`GET /tickets/${ticketId}/time-entries`]: () => Response.json({ items: [entry()], billing: totals() }),
      [`PATCH /tickets/${ticketId}/time-entries/${entryId}`]: (call) => {
        minutes = (call.body as { minutes: number }).minutes;
        return Response.json(entry());
      },
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);
    const panel = await screen.findByTestId("time-panel");
    await user.click(await within(panel).findByRole("button", { name: "Wijzigen" }));
    const editor = within(panel).getByRole("form", { name: "Tijdregel van 2026-11-23 wijzigen" });
    const field = within(editor).getByLabelText("Minuten");
    await user.clear(field);
    await user.type(field, "35");
    await user.click(within(editor).getByRole("button", { name: "Opslaan" }));
    expect(await within(panel).findByText(/2026-11-23 · 35 min/)).toBeInTheDocument();
    expect(
      callsTo(fetch, `PATCH /tickets/${ticketId}/time-entries/${entryId}`).map((call) => call.body),
    ).toEqual([{ minutes: 35, billable: true, note: "Formulier" }]);
  });
});
