import type { User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, fieldProblem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const phoneDesk: User = {
  id: "0b6f3c2e-9a41-4d2f-8c7e-5a1b2c3d4e5f",
  email: "phone@demo.test",
  name: "Pat Telefoon",
  role: "phone_desk",
};

// The phone desk's list holds only what it entered: no requester, no assignee.
const callback = {
  view: "callback",
  id: "9f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b",
  number: "#204817",
  subject: "Terugbelverzoek: Henk Bellers",
  status: "new",
  category: "callback",
  createdAt: "2026-11-23T09:00:00.000Z",
};

describe("the phone desk's callback requests", () => {
  it("the phone desk lands on the callback form, not the queue, and sees the callbacks the API lists for it", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(phoneDesk),
      "GET /tickets": () => Response.json({ items: [callback], nextCursor: null }),
    });
    renderApp("/agent");

    expect(await screen.findByRole("heading", { level: 1, name: "Terugbelverzoek" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Wachtrij" })).not.toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Jouw terugbelverzoeken" });
    expect(
      within(list).getByRole("link", { name: "#204817 · Terugbelverzoek: Henk Bellers" }),
    ).toHaveAttribute("href", `/agent/tickets/${callback.id}`);
    const [listCall] = callsTo(fetch, "GET /tickets");
    expect(listCall).toBeDefined();
    expect(String(fetch.mock.calls.find(([url]) => String(url).includes("/tickets?"))?.[0])).toContain(
      "category=callback",
    );
  });

  it("checks the fields with the contract's schema, then files a callback ticket with one Idempotency-Key, then lists it", async () => {
    let filed = false;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(phoneDesk),
      "GET /tickets": () => Response.json({ items: filed ? [callback] : [], nextCursor: null }),
      "POST /tickets": () => {
        filed = true;
        return Response.json(
          { id: callback.id, number: "#204817", status: "new", category: "callback" },
          { status: 201 },
        );
      },
    });
    const { user } = renderApp("/agent");
    const form = await screen.findByRole("form", { name: "Terugbelverzoek" });

    await user.click(within(form).getByRole("button", { name: "Terugbelverzoek opslaan" }));
    expect(within(form).getByLabelText("Naam beller")).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByLabelText("Naam beller")).toHaveFocus();
    expect(within(form).getByLabelText("Telefoonnummer", { exact: false })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(callsTo(fetch, "POST /tickets")).toHaveLength(0);

    await user.type(within(form).getByLabelText("Naam beller"), "Henk Bellers");
    await user.type(within(form).getByLabelText("Telefoonnummer", { exact: false }), "020 123 4567");
    await user.type(
      within(form).getByLabelText("Reden van het gesprek"),
      "Vraagt naar zijn factuur van oktober.",
    );
    await user.type(within(form).getByLabelText("Wanneer terugbellen", { exact: false }), "vandaag na 14:00");
    await user.click(within(form).getByRole("button", { name: "Terugbelverzoek opslaan" }));

    expect(
      await within(form).findByText("Terugbelverzoek #204817 voor Henk Bellers is opgeslagen."),
    ).toBeInTheDocument();
    const [call] = callsTo(fetch, "POST /tickets");
    expect(call?.body).toEqual({
      category: "callback",
      subject: "Terugbelverzoek: Henk Bellers",
      message: "Vraagt naar zijn factuur van oktober.",
      details: { callerName: "Henk Bellers", phone: "020 123 4567", preferredTime: "vandaag na 14:00" },
    });
    expect(call?.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(form).getByLabelText("Naam beller")).toHaveValue("");
    const list = await screen.findByRole("list", { name: "Jouw terugbelverzoeken" });
    expect(within(list).getByText(/Henk Bellers/)).toBeInTheDocument();
  });

  it("shows the API's field error at its field", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(phoneDesk),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
      "POST /tickets": () =>
        fieldProblem(400, "validation_failed", [
          { path: "body.email", message: "Invalid email", code: "invalid_format" },
        ]),
    });
    const { user } = renderApp("/agent");
    const form = await screen.findByRole("form", { name: "Terugbelverzoek" });
    await user.type(within(form).getByLabelText("Naam beller"), "Henk");
    await user.type(within(form).getByLabelText("Telefoonnummer", { exact: false }), "0201234567");
    await user.type(
      within(form).getByLabelText("E-mailadres (optioneel)", { exact: false }),
      "henk@voorbeeld.nl",
    );
    await user.type(within(form).getByLabelText("Reden van het gesprek"), "Vraag");
    await user.type(within(form).getByLabelText("Wanneer terugbellen", { exact: false }), "morgen");
    await user.click(within(form).getByRole("button", { name: "Terugbelverzoek opslaan" }));

    expect(await within(form).findByText(/Vul een geldig e-mailadres in/)).toBeInTheDocument();
  });
});
