import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { sampleSla } from "../../../../test/ticket-fixtures.ts";

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";

const staffTicket = (snoozedUntil: string | null) => ({
  view: "staff",
  id: ticketId,
  number: "#483920",
  subject: "Mijn e-mail werkt niet",
  status: "open",
  category: "technical",
  priority: "normal",
  channel: "web",
  details: { kind: "problem", affectedService: "voorbeeld.nl" },
  requester: { customerId: null, name: "Gerda Gast", email: "gerda@example.test", verified: true },
  assignee: null,
  createdBy: null,
  serviceId: null,
  followUpOf: null,
  sla: sampleSla,
  snoozedUntil,
  mergedInto: null,
  billing: { billableMinutes: 0, billedBlocks: 0 },
  attachments: [],
  messages: [],
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T09:00:00.000Z",
});

describe("snoozing on the agent's ticket page", () => {
  it("refuses a moment in the past in words, snoozes until the chosen moment, and brings the ticket back", async () => {
    let snoozedUntil: string | null = null;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket(snoozedUntil)),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [] }),
      [`PUT /tickets/${ticketId}/snooze`]: ({ body }) => {
        snoozedUntil = (body as { snoozedUntil: string | null }).snoozedUntil;
        return Response.json({ snoozedUntil });
      },
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);
    const panel = await screen.findByRole("region", { name: "Uitstellen" });
    const field = within(panel).getByLabelText("Uitstellen tot");

    fireEvent.change(field, { target: { value: "2020-01-01T09:00" } });
    await user.click(within(panel).getByRole("button", { name: "Uitstellen" }));
    expect(await within(panel).findByText("Kies een moment in de toekomst.")).toBeInTheDocument();
    expect(callsTo(fetch, `PUT /tickets/${ticketId}/snooze`)).toEqual([]);

    const later = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T10:15`;
    fireEvent.change(field, { target: { value: local } });
    await user.click(within(panel).getByRole("button", { name: "Uitstellen" }));
    expect(await within(panel).findByTestId("snoozed-until")).toHaveTextContent(/Uitgesteld tot .*10:15\./);
    expect(callsTo(fetch, `PUT /tickets/${ticketId}/snooze`)[0]?.body).toEqual({
      snoozedUntil: new Date(local).toISOString(),
    });

    await user.click(within(panel).getByRole("button", { name: "Nu terughalen" }));
    await waitFor(() => expect(within(panel).queryByTestId("snoozed-until")).toBeNull());
    expect(screen.getByTestId("announcer")).toHaveTextContent("Het ticket staat weer in de wachtrij.");
  });
});
