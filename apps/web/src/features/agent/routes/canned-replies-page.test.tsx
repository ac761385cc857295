import type { CannedReply, User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, fieldProblem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  email: "admin@demo.test",
  name: "Ada Beheer",
  role: "admin",
};

const existing: CannedReply = {
  id: "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
  title: "Wachtwoord vergeten",
  body: "Beste {{customer.name}}, zie {{faq:wachtwoord-vergeten}}.",
  actions: { status: "pending", priority: null, category: null },
  usageCount: 12,
  createdAt: "2026-11-20T09:00:00.000Z",
  updatedAt: "2026-11-20T09:00:00.000Z",
};

describe("Canned replies screen", () => {
  it("an admin adds a reply: an unknown FAQ article is shown at the text, a double click sends one POST", async () => {
    let items = [existing];
    let refuse = true;
    let release: () => void = () => undefined;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /canned-replies": () => Response.json({ items, nextCursor: null }),
      "POST /canned-replies": async ({ body }) => {
        if (refuse) {
          refuse = false;
          return fieldProblem(400, "validation_failed", [
            { path: "body.body", code: "unknown_faq_article", message: "no such article" },
          ]);
        }
        expect(body).toEqual({
          title: "Factuur",
          body: "Zie {{faq:facturen}}",
          actions: { status: null, priority: "high", category: null },
        });
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        const created = { ...existing, id: "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e", title: "Factuur" };
        items = [created, ...items];
        return Response.json(created, { status: 201 });
      },
    });
    const { user } = renderApp("/agent/admin/canned-replies");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Standaardantwoorden" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Alle standaardantwoorden" });
    const row = within(table).getByRole("row", { name: /Wachtwoord vergeten/ });
    expect(within(row).getByText("Wacht op klant")).toBeInTheDocument();
    expect(within(row).getByText("12×")).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Nieuw standaardantwoord" });
    const submit = within(form).getByRole("button", { name: "Toevoegen" });
    await user.click(submit);
    expect(await within(form).findByText("Geef een titel van 2 tot 120 tekens.")).toBeInTheDocument();
    expect(callsTo(fetch, "POST /canned-replies")).toHaveLength(0);

    await user.type(within(form).getByLabelText("Titel"), "Factuur");
    const text = within(form).getByLabelText("Tekst", { exact: false });
    await user.click(text);
    await user.paste("Zie {{faq:facturen}}");
    await user.selectOptions(within(form).getByLabelText("Prioriteit"), "high");
    await user.click(submit);
    expect(
      await within(form).findByText("Er is geen gepubliceerd artikel met dit adres."),
    ).toBeInTheDocument();
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(text).toHaveFocus();

    await user.dblClick(submit);
    release();
    expect(await within(table).findByRole("row", { name: /Factuur/ })).toBeInTheDocument();
    expect(callsTo(fetch, "POST /canned-replies")).toHaveLength(2);
  });
});
