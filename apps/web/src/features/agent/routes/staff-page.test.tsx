import type { StaffMember, User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { callsTo, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
  email: "admin@demo.test",
  name: "Bram Beheer",
  role: "admin",
};

const member = (overrides: Partial<StaffMember>): StaffMember => ({
  id: "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a",
  email: "fleur@demo.test",
  name: "Fleur Freelance",
  role: "agent",
  active: true,
  invitationPending: false,
  invitedAt: null,
  deactivatedAt: null,
  createdAt: "2026-11-01T09:00:00.000Z",
  ...overrides,
});

const self = member({ id: admin.id, email: admin.email, name: admin.name, role: "admin" });
const fleur = member({});
const pending = member({
  id: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
  email: "nieuw@demo.test",
  name: "Nieuwe Collega",
  invitationPending: true,
  invitedAt: "2026-11-28T09:00:00.000Z",
});

function stubStaff(deactivateAnswer = () => Response.json({ ...fleur, active: false })) {
  return stubApi("online", {
    "POST /auth/refresh": () => sessionFor(admin),
    "GET /staff": () => Response.json({ items: [self, fleur, pending], nextCursor: null }),
    // Answers a moment later, as a real server does: a double click lands while the first is on its way.
    "POST /staff": async ({ body }) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return Response.json(member({ ...(body as object), invitationPending: true }), { status: 201 });
    },
    [`POST /staff/${fleur.id}/deactivate`]: deactivateAnswer,
    [`POST /staff/${pending.id}/invitation`]: () => Response.json(pending, { status: 202 }),
  });
}

describe("the staff page", () => {
  it("lists the team under Beheer, invites with the contract's checks, and sends one invitation on a double click", async () => {
    const fetch = stubStaff();
    const { user } = renderApp("/agent/admin/staff");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Medewerkers" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Beheer" })).toHaveAttribute("aria-current", "page");
    const rows = screen.getAllByRole("row");
    expect(within(rows[3] as HTMLElement).getByText("Uitnodiging open")).toBeInTheDocument();
    // No deactivating yourself: the button is not offered on your own row.
    expect(
      within(rows[1] as HTMLElement).queryByRole("button", { name: "Deactiveren" }),
    ).not.toBeInTheDocument();

    const email = screen.getByLabelText("E-mailadres");
    await user.type(screen.getByLabelText("Naam"), "Sanne Support");
    await user.type(email, "geen-adres");
    await user.click(screen.getByRole("button", { name: "Uitnodiging versturen" }));
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(callsTo(fetch, "POST /staff")).toHaveLength(0);

    await user.clear(email);
    await user.type(email, "sanne@demo.test");
    await user.selectOptions(screen.getByLabelText("Rol"), "billing");
    await user.dblClick(screen.getByRole("button", { name: "Uitnodiging versturen" }));
    const form = screen.getByRole("form", { name: "Medewerker uitnodigen" });
    expect(await within(form).findByText("Uitnodiging verstuurd naar sanne@demo.test.")).toBeInTheDocument();
    expect(callsTo(fetch, "POST /staff").map((call) => call.body)).toEqual([
      { name: "Sanne Support", email: "sanne@demo.test", role: "billing" },
    ]);
  });

  it("deactivates only after the admin confirms, and shows the API's reason when it refuses", async () => {
    const fetch = stubStaff(() => problem(409, "conflict", "The team needs at least one active admin"));
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user } = renderApp("/agent/admin/staff");

    const row = (
      await screen.findByRole("rowheader", { name: /Fleur Freelance/ }, { timeout: 10_000 })
    ).closest("tr");
    const deactivate = within(row as HTMLElement).getByRole("button", { name: "Deactiveren" });
    await user.click(deactivate);
    expect(callsTo(fetch, `POST /staff/${fleur.id}/deactivate`)).toHaveLength(0);
    await user.click(deactivate);
    expect(await screen.findByRole("alert")).toHaveTextContent("The team needs at least one active admin");
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining("Fleur Freelance deactiveren?"));
    confirm.mockRestore();
  });
});
