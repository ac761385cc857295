import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, customer, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const ticket = (id: string, subject: string, status: string) => ({
  view: "customer",
  id,
  number: `#${id.slice(0, 6).replace(/\D/g, "1").padEnd(6, "1")}`,
  subject,
  status,
  category: "technical",
  createdAt: "2026-11-20T09:00:00.000Z",
  updatedAt: "2026-11-23T10:15:00.000Z",
});

describe("my tickets (/tickets)", () => {
  it("lists the customer's tickets with status and last update, and filters by status", async () => {
    const waiting = ticket("11111111-2222-4333-8444-555555555555", "Website traag", "pending");
    const solved = ticket("22222222-3333-4444-8555-666666666666", "Factuur klopt niet", "solved");
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      "GET /tickets": () => Response.json({ items: [waiting, solved], nextCursor: null }),
    });
    const { user, router } = renderApp("/tickets");

    const list = await screen.findByRole("list", { name: "Mijn tickets" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByRole("link", { name: "Website traag" })).toHaveAttribute(
      "href",
      `/tickets/${waiting.id}`,
    );
    expect(rows[0]).toHaveTextContent("Wacht op jouw reactie");
    expect(rows[0]).toHaveTextContent("Laatste update: 23 nov 2026");
    expect(rows[1]).toHaveTextContent("Opgelost");

    await user.selectOptions(screen.getByLabelText("Toon"), "Wacht op jouw reactie");
    expect(router.state.location.search).toBe("?status=waiting");
    const lastList = fetch.mock.calls
      .map(([url]) => String(url))
      .filter((url) => url.startsWith("/api/v1/tickets?"))
      .at(-1);
    expect(new URL(lastList ?? "", "http://localhost").searchParams.get("status")).toBe("pending");
  });

  it("lets the customer ask for a download of all their data, and says the link comes by e-mail", async () => {
    let asked = 0;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
      "POST /me/data-export": () => {
        asked++;
        return asked === 1
          ? Response.json({ requestedAt: "2026-11-28T08:00:00.000Z" }, { status: 202 })
          : problem(409, "conflict");
      },
    });
    const { user } = renderApp("/tickets");
    await user.click(await screen.findByRole("button", { name: "Mijn gegevens downloaden" }));
    expect(await screen.findByText(/sturen je een e-mail met een downloadlink/)).toBeInTheDocument();
    expect(callsTo(fetch, "POST /me/data-export")).toHaveLength(1);
  });
});
