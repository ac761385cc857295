import type { ApiToken, User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  email: "admin@demo.test",
  name: "Ada Beheer",
  role: "admin",
};
const agent: User = {
  ...admin,
  id: "4d2e3f5a-6b7c-4d8e-9fa0-1b2c3d4e5f6a",
  role: "agent",
  name: "Sam Support",
};

const existing: ApiToken = {
  id: "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
  name: "Monitoring",
  role: "agent",
  scopes: ["tickets:read"],
  secretStart: "hdk_Ab12",
  createdAt: "2026-11-20T09:00:00.000Z",
  createdBy: "Ada Beheer",
  expiresAt: null,
  lastUsedAt: "2026-11-27T15:30:00.000Z",
  revokedAt: null,
};
const secret = `hdk_${"x".repeat(43)}`;

describe("API tokens screen", () => {
  it("an admin creates a token with a role and scopes, sees its secret once, and revokes another", async () => {
    let items = [existing];
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /api-tokens": () => Response.json({ items }),
      "POST /api-tokens": ({ body }) => {
        const token = { ...existing, id: "8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c", name: "CRM", scopes: null };
        items = [token, ...items];
        expect(body).toMatchObject({ name: "CRM", role: "customer_service", scopes: ["customers:read"] });
        return Response.json({ token, secret }, { status: 201 });
      },
      [`DELETE /api-tokens/${existing.id}`]: () => {
        items = items.map((item) =>
          item.id === existing.id ? { ...item, revokedAt: "2026-11-28T10:00:00.000Z" } : item,
        );
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp("/agent/admin/api-tokens");

    // The workspace is a lazy chunk: its first load in a test run can take a few seconds.
    expect(
      await screen.findByRole("heading", { level: 1, name: "API-tokens" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Tokens" });
    expect(within(table).getByRole("rowheader", { name: /Monitoring/ })).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Nieuw token" });
    await user.type(within(form).getByLabelText("Naam", { exact: false }), "CRM");
    await user.selectOptions(within(form).getByLabelText("Rol", { exact: false }), "customer_service");
    await user.click(within(form).getByRole("checkbox", { name: /customers:read/ }));
    await user.click(within(form).getByRole("button", { name: "Token aanmaken" }));

    expect(await screen.findByText(secret)).toBeInTheDocument();
    expect(callsTo(fetch, "POST /api-tokens")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Monitoring intrekken" }));
    expect(await screen.findByText(/ingetrokken op/)).toBeInTheDocument();
    expect(callsTo(fetch, `DELETE /api-tokens/${existing.id}`)).toHaveLength(1);
  });

  it("only admins see the link to the screen", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
      "GET /tickets/counts": () =>
        Response.json({
          total: 0,
          views: { mine: 0, unassigned: 0, open: 0, waiting: 0, snoozed: 0, solved: 0 },
          sla: { breached: 0, dueToday: 0 },
        }),
    });
    renderApp("/agent");
    expect(await screen.findByRole("link", { name: "Wachtrij" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "API-tokens" })).not.toBeInTheDocument();
  });
});
