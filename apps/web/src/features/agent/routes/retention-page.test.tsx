import type { User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { agent, callsTo, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
  email: "admin@demo.test",
  name: "Bram Beheer",
  role: "admin",
};

const settings = {
  closedTicketMonths: 24,
  privateDataLogMonths: 24,
  suggestionEventMonths: 12,
  scheduled: false,
  updatedAt: "2026-11-28T09:00:00.000Z",
};

const preview = {
  id: "6c5d4e3f-2a1b-4c9d-8e7f-6a5b4c3d2e1f",
  dryRun: true,
  startedBy: { id: admin.id, name: admin.name },
  cutoffs: {
    closedTicketsBefore: "2024-11-28T10:00:00.000Z",
    privateDataLogBefore: "2024-11-28T10:00:00.000Z",
    suggestionEventsBefore: "2025-11-28T10:00:00.000Z",
  },
  counts: {
    tickets: 4,
    messages: 9,
    events: 3,
    attachments: 2,
    emailOriginals: 1,
    queuedEmails: 0,
    privateDataLog: 7,
    suggestionEvents: 120,
  },
  startedAt: "2026-11-28T10:00:00.000Z",
  finishedAt: "2026-11-28T10:00:01.000Z",
};

function stubRetention(startAnswer = () => Response.json(preview, { status: 201 })) {
  return stubApi("online", {
    "POST /auth/refresh": () => sessionFor(admin),
    "GET /retention/settings": () => Response.json(settings),
    "PUT /retention/settings": ({ body }) =>
      Response.json({ ...(body as object), updatedAt: "2026-11-28T10:05:00.000Z" }),
    "GET /retention/runs": () => Response.json({ items: [] }),
    "POST /retention/runs": startAnswer,
  });
}

describe("the retention page", () => {
  it("shows a preview's counts and the cut-off date, and lists it with the runs", async () => {
    const fetch = stubRetention();
    const { user } = renderApp("/agent/admin/retention");

    expect(await screen.findByRole("heading", { level: 1, name: "Bewaartermijnen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Beheer" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByLabelText("Afgesloten tickets van gasten en oud-klanten (maanden)")).toHaveValue("24");
    await user.click(screen.getByRole("button", { name: "Voorbeeld berekenen" }));

    const summary = await screen.findByRole("region", { name: "Voorbeeld: dit zou nu weggaan" });
    expect(within(summary).getByText("Tickets geanonimiseerd: 4")).toBeInTheDocument();
    expect(within(summary).getByText("Regels uit het inzagelog verwijderd: 7")).toBeInTheDocument();
    expect(within(summary).getByText(/28 november 2024/)).toBeInTheDocument();
    expect(callsTo(fetch, "POST /retention/runs").map((call) => call.body)).toEqual([{ dryRun: true }]);
  });

  it("applies only after the admin confirms, and says when another run is busy", async () => {
    const fetch = stubRetention(() => problem(409, "conflict", "A retention run is busy"));
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user } = renderApp("/agent/admin/retention");

    const apply = await screen.findByRole("button", { name: "Nu toepassen" });
    await user.click(apply);
    expect(callsTo(fetch, "POST /retention/runs")).toHaveLength(0);
    await user.click(apply);
    expect(await screen.findByRole("alert")).toHaveTextContent("Er loopt al een uitvoering.");
    expect(callsTo(fetch, "POST /retention/runs").map((call) => call.body)).toEqual([{ dryRun: false }]);
    confirm.mockRestore();
  });

  it("saves the periods, an empty field as none, and refuses months out of range at the field", async () => {
    const fetch = stubRetention();
    const { user } = renderApp("/agent/admin/retention");

    const tickets = await screen.findByLabelText("Afgesloten tickets van gasten en oud-klanten (maanden)");
    await user.clear(tickets);
    await user.type(tickets, "0");
    await user.click(screen.getByRole("button", { name: "Termijnen opslaan" }));
    expect(tickets).toHaveAccessibleDescription(/Vul een aantal maanden in van 1 tot 120/);
    expect(tickets).toHaveFocus();
    expect(callsTo(fetch, "PUT /retention/settings")).toHaveLength(0);

    await user.clear(tickets);
    await user.type(tickets, "84");
    await user.clear(screen.getByLabelText("Inzagelog van privégegevens (maanden)"));
    await user.click(screen.getByRole("checkbox", { name: "Elke dag automatisch toepassen" }));
    await user.click(screen.getByRole("button", { name: "Termijnen opslaan" }));
    const form = screen.getByRole("form", { name: "Termijnen" });
    expect(await within(form).findByText("De termijnen zijn opgeslagen.")).toBeInTheDocument();
    expect(callsTo(fetch, "PUT /retention/settings").map((call) => call.body)).toEqual([
      { closedTicketMonths: 84, privateDataLogMonths: null, suggestionEventMonths: 12, scheduled: true },
    ]);
  });

  it("is not in an agent's navigation", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
      "GET /tickets/counts": () =>
        Response.json({
          total: 0,
          views: { mine: 0, unassigned: 0, open: 0, waiting: 0, snoozed: 0, solved: 0 },
          sla: { breached: 0, dueToday: 0 },
        }),
      "GET /staff/assignable": () => Response.json({ items: [] }),
    });
    renderApp("/agent");
    expect(await screen.findByRole("link", { name: "Wachtrij" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Beheer" })).not.toBeInTheDocument();
  });
});
