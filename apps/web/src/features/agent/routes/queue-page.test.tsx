import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { sampleSla } from "../../../../test/ticket-fixtures.ts";
import { ticketKeys } from "../../tickets/api/tickets.queries.ts";

const colleague = { id: "9b2f4c1e-6a3d-4e8f-b7c5-1d2e3f4a5b6c", name: "Robin Support", role: "agent" };

/** A queue row as the API sends it; `n` makes id, number and subject unique. */
const row = (n: number) => ({
  view: "staff",
  id: `5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e1${n}`,
  number: `#48392${n}`,
  subject: `Vraag ${n}`,
  status: "open",
  category: "technical",
  priority: "normal",
  requester: { customerId: null, name: `Klant ${n}`, email: null, verified: true },
  assignee: null,
  sla: sampleSla,
  snoozedUntil: null,
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T09:00:00.000Z",
});

const noneCapped = {
  total: false,
  views: { mine: false, unassigned: false, open: false, waiting: false, snoozed: false, solved: false },
  sla: { breached: false, dueToday: false },
};
const counts = (total: number, unassigned = 12) => ({
  total,
  views: { mine: 3, unassigned, open: 27, waiting: 4, snoozed: 1, solved: 9 },
  sla: { breached: 2, dueToday: 5 },
  cap: 10_000,
  capped: noneCapped,
});

function stubQueue(
  rows = [row(1), row(2), row(3)],
  answer = () => counts(27),
  more: Parameters<typeof stubApi>[1] = {},
) {
  return stubApi("online", {
    ...more,
    "POST /auth/refresh": () => sessionFor(agent),
    "GET /tickets": () => Response.json({ items: rows, nextCursor: null }),
    "GET /tickets/counts": () => Response.json(answer()),
    "GET /staff/assignable": () =>
      Response.json({ items: [{ id: agent.id, name: agent.name, role: "agent" }, colleague] }),
  });
}

const queryOf = (fetch: ReturnType<typeof stubApi>, path: string) =>
  fetch.mock.calls
    .map(([url]) => new URL(String(url), "http://localhost"))
    .filter((url) => url.pathname === `/api/v1${path}`)
    .map((url) => Object.fromEntries(url.searchParams));

describe("the queue's counts", () => {
  it("shows each view's count beside its name and the filtered list's total, asked with the list's filters", async () => {
    const fetch = stubQueue();
    const { user } = renderApp("/agent?view=unassigned&category=technical&sort=oldest");

    const views = await screen.findByRole("navigation", { name: "Weergaven" });
    expect(await within(views).findByRole("link", { name: "Niet toegewezen 12" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(views).getByRole("link", { name: "Mijn tickets 3" })).toBeInTheDocument();
    expect(within(views).getByRole("link", { name: "Onlangs opgelost 9" })).toBeInTheDocument();
    // Three of 27 loaded: the total says so.
    expect(await screen.findByText("3 van 27 tickets getoond")).toBeInTheDocument();
    // The same filters as the list, without its order and paging.
    expect(queryOf(fetch, "/tickets/counts").at(-1)).toEqual({
      status: "new,open,pending,on_hold",
      assignee: "none",
      snoozed: "false",
      category: "technical",
    });

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Behandelaar" }),
      "Robin Support (support)",
    );
    await waitFor(() => expect(queryOf(fetch, "/tickets").at(-1)?.assignee).toBe(colleague.id));
    expect(queryOf(fetch, "/tickets/counts").at(-1)?.assignee).toBe(colleague.id);
    // Me is "Me", not a colleague by name.
    const assignees = within(screen.getByRole("combobox", { name: "Behandelaar" })).getAllByRole("option");
    expect(assignees.map((option) => option.textContent)).toEqual([
      "Alle",
      "Ik",
      "Niemand",
      "Robin Support (support)",
    ]);
  });

  it("says how many tickets there are when all are shown, and refreshes the counts with the lists", async () => {
    let unassigned = 12;
    const fetch = stubQueue([row(1)], () => counts(1, unassigned));
    const { queryClient } = renderApp("/agent");
    expect(await screen.findByText("1 ticket")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Niet toegewezen 12" })).toBeInTheDocument();

    unassigned = 11;
    await queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    expect(await screen.findByRole("link", { name: "Niet toegewezen 11" })).toBeInTheDocument();
    expect(callsTo(fetch, "GET /tickets/counts").length).toBeGreaterThanOrEqual(2);
  });

  it("says 'meer dan 10.000' where the server stopped counting, and exact counts in Dutch digits", async () => {
    stubQueue([row(1)], () => ({
      total: 10_000,
      views: { mine: 1_234, unassigned: 10_000, open: 10_000, waiting: 4, snoozed: 1, solved: 10_000 },
      sla: { breached: 10_000, dueToday: 5 },
      cap: 10_000,
      capped: {
        total: true,
        views: { mine: false, unassigned: true, open: true, waiting: false, snoozed: false, solved: true },
        sla: { breached: true, dueToday: false },
      },
    }));
    renderApp("/agent?view=open");
    const views = await screen.findByRole("navigation", { name: "Weergaven" });
    expect(
      await within(views).findByRole("link", { name: "Alle open tickets meer dan 10.000" }),
    ).toBeInTheDocument();
    expect(within(views).getByRole("link", { name: "Mijn tickets 1.234" })).toBeInTheDocument();
    expect(await screen.findByText("1 van meer dan 10.000 tickets getoond")).toBeInTheDocument();
    expect(screen.getByLabelText(/\(meer dan 10\.000\)/)).toBeInTheDocument();
  });
});

describe("the queue by keyboard", () => {
  it("moves focus between tickets with j/k and the arrows, and finds the search box with /", async () => {
    stubQueue();
    const { user } = renderApp("/agent");
    const first = await screen.findByRole("link", { name: "#483921 Vraag 1" });
    const second = screen.getByRole("link", { name: "#483922 Vraag 2" });
    const third = screen.getByRole("link", { name: "#483923 Vraag 3" });
    expect(screen.getByText(/Toetsenbord:/)).toHaveTextContent(
      "Toetsenbord: j/k of ↓/↑ volgende of vorige ticket · Enter openen · / zoeken",
    );

    // Keys pressed, and the ticket that has focus after them (the last one stays the last).
    const steps: [string, HTMLElement][] = [
      ["j", first],
      ["jj", third],
      ["j", third],
      ["k", second],
      ["{ArrowUp}", first],
      ["{ArrowDown}", second],
    ];
    for (const [keys, focused] of steps) {
      await user.keyboard(keys);
      expect(focused, keys).toHaveFocus();
    }

    await user.keyboard("/");
    const search = screen.getByRole("searchbox", { name: "Zoeken" });
    expect(search).toHaveFocus();
    // Typing is typing: j, k and / are letters in a field, not shortcuts.
    await user.keyboard("jk/");
    expect(search).toHaveValue("jk/");
    expect(search).toHaveFocus();
  });

  it("opens the focused ticket with Enter, and leaves the arrows to the page when no ticket has focus", async () => {
    stubQueue();
    const { user, router } = renderApp("/agent");
    await screen.findByRole("link", { name: "#483921 Vraag 1" });

    const arrow = fireEvent.keyDown(document.body, { key: "ArrowDown" });
    expect(arrow).toBe(true); // not prevented: the page scrolls as usual
    expect(document.body).toHaveFocus();

    await user.keyboard("jj{Enter}");
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agent/tickets/${row(2).id}`));
  });
});

describe("the queue's service levels", () => {
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const withSla = (n: number, sla: Partial<typeof sampleSla>) => ({
    ...row(n),
    sla: { ...sampleSla, nextResponseDueAt: null, resolutionDueAt: null, ...sla },
  });

  it("shows how far each ticket's next target is, flags missed ones, and opens the open views by due time", async () => {
    const fetch = stubQueue([
      withSla(1, { firstResponseDueAt: inMinutes(-5) }),
      withSla(2, { firstResponseDueAt: inMinutes(130) }),
      withSla(3, { firstResponseDueAt: null, paused: true, breached: ["first_response"] }),
    ]);
    renderApp("/agent");
    const rows = await screen.findAllByRole("row");
    expect(rows[1]).toHaveTextContent("over tijd");
    expect(rows[2]).toHaveTextContent("nog 2 u");
    expect(rows[3]).toHaveTextContent("gepauzeerd");
    expect(rows[3]).toHaveTextContent("termijn gemist");
    expect(screen.getByRole("columnheader", { name: "Termijn" })).toBeInTheDocument();
    expect(queryOf(fetch, "/tickets").at(-1)?.sort).toBe("due");
    expect(screen.getByRole("combobox", { name: "Volgorde" })).toHaveValue("due");
  });

  it("filters on overdue and due today, with their counts, through the API's query", async () => {
    const fetch = stubQueue();
    const { user } = renderApp("/agent?view=waiting");
    const overdue = await screen.findByRole("checkbox", { name: "Alleen over tijd (2)" });
    // The waiting view keeps its newest-first order.
    expect(queryOf(fetch, "/tickets").at(-1)?.sort).toBe("newest");

    await user.click(overdue);
    await waitFor(() => expect(queryOf(fetch, "/tickets").at(-1)?.breached).toBe("true"));
    expect(queryOf(fetch, "/tickets/counts").at(-1)?.breached).toBe("true");
    await user.click(screen.getByRole("checkbox", { name: "Alleen vandaag verlopend (5)" }));
    await waitFor(() => expect(queryOf(fetch, "/tickets").at(-1)?.due).toBe("today"));
  });
});

describe("bulk changes and density", () => {
  it("changes the ticked tickets at once, names the ones that refused, and keeps only those ticked", async () => {
    const rows = [row(1), row(2), row(3)];
    const fetch = stubQueue(rows, () => counts(27), {
      "POST /tickets/bulk": () =>
        Response.json({
          items: [
            { ticketId: rows[0]?.id, ok: true },
            {
              ticketId: rows[2]?.id,
              ok: false,
              problem: { status: 409, code: "conflict", detail: "closed" },
            },
          ],
          changed: 1,
          failed: 1,
        }),
    });
    const { user } = renderApp("/agent");

    await user.click(await screen.findByRole("checkbox", { name: "Selecteer #483921 Vraag 1" }));
    await user.click(screen.getByRole("checkbox", { name: "Selecteer #483923 Vraag 3" }));
    const bar = screen.getByRole("form", { name: "Geselecteerde tickets wijzigen" });
    expect(within(bar).getByText("2 geselecteerd")).toBeInTheDocument();
    // Nothing chosen yet: nothing to apply.
    expect(within(bar).getByRole("button", { name: "Toepassen op 2" })).toBeDisabled();
    await user.selectOptions(within(bar).getByRole("combobox", { name: "Prioriteit" }), "Hoog");
    await user.selectOptions(
      within(bar).getByRole("combobox", { name: "Behandelaar" }),
      "Robin Support (support)",
    );
    await user.click(within(bar).getByRole("button", { name: "Toepassen op 2" }));

    const refused = await screen.findByText("#483923: kan niet in deze status (bijvoorbeeld gesloten)");
    expect(refused.closest(".bulk-outcome")).toHaveTextContent("1 bijgewerkt, 1 niet.");
    expect(callsTo(fetch, "POST /tickets/bulk").map((call) => call.body)).toEqual([
      { ticketIds: [rows[0]?.id, rows[2]?.id], change: { assigneeId: colleague.id, priority: "high" } },
    ]);
    // The one that changed leaves the selection; the one that refused stays ticked.
    expect(screen.getByRole("checkbox", { name: "Selecteer #483921 Vraag 1" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Selecteer #483923 Vraag 3" })).toBeChecked();
  });

  it("ticks every ticket on the page at once, and remembers the compact density after a reload", async () => {
    stubQueue();
    const first = renderApp("/agent");
    await first.user.click(
      await screen.findByRole("checkbox", { name: "Alle tickets op deze pagina selecteren" }),
    );
    expect(screen.getByText("3 geselecteerd")).toBeInTheDocument();
    await first.user.click(screen.getByRole("button", { name: "Selectie opheffen" }));
    expect(screen.queryByRole("form", { name: "Geselecteerde tickets wijzigen" })).not.toBeInTheDocument();

    await first.user.click(screen.getByRole("checkbox", { name: "Compact" }));
    expect(screen.getByRole("table")).toHaveClass("queue-table--compact");
    first.unmount();
    renderApp("/agent");
    expect(await screen.findByRole("checkbox", { name: "Compact" })).toBeChecked();
    expect(screen.getByRole("table")).toHaveClass("queue-table--compact");
    localStorage.clear();
  });
});

describe("colleagues in the queue", () => {
  it("shows under a ticket who else has it open and who types, asked once for the page", async () => {
    const rows = [row(1), row(2), row(3)];
    const fetch = stubQueue(rows, () => counts(27), {
      "GET /presence": () =>
        Response.json({
          items: [
            {
              ticketId: rows[1]?.id,
              viewers: [
                { staffId: colleague.id, name: "Robin Support", typing: true },
                { staffId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", name: "Kim Kijker", typing: false },
              ],
            },
            {
              ticketId: rows[2]?.id,
              viewers: [
                { staffId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", name: "Kim Kijker", typing: false },
              ],
            },
          ],
        }),
    });
    renderApp("/agent");

    const second = (await screen.findByRole("link", { name: /Vraag 2/ })).closest("tr");
    expect(await within(second as HTMLElement).findByText("Robin Support typt…")).toBeInTheDocument();
    const third = screen.getByRole("link", { name: /Vraag 3/ }).closest("tr");
    expect(within(third as HTMLElement).getByText("Kim Kijker bekijkt")).toBeInTheDocument();
    const first = screen.getByRole("link", { name: /Vraag 1/ }).closest("tr");
    expect(first).not.toHaveTextContent(/bekijkt|typt/);
    expect(queryOf(fetch, "/presence")).toEqual([{ tickets: rows.map((ticket) => ticket.id).join(",") }]);
  });
});
