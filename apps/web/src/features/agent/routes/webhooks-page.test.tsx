import type { User, Webhook } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { callsTo, fieldProblem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  email: "admin@demo.test",
  name: "Ada Beheer",
  role: "admin",
};

const existing: Webhook = {
  id: "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
  url: "https://crm.example.com/hooks",
  events: ["ticket.created", "ticket.rated"],
  role: "agent",
  secretStart: "whsec_Ab12",
  createdAt: "2026-11-20T09:00:00.000Z",
  failingSince: "2026-11-27T08:00:00.000Z",
  disabledAt: "2026-11-28T08:00:00.000Z",
};
const deliveryId = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
const secret = `whsec_${"x".repeat(43)}`;

describe("Webhooks screen", () => {
  it("an admin registers a webhook (the refused address shown at the URL, one POST on a double click) and sees the secret once", async () => {
    let items = [existing];
    let refuse = true;
    let release: () => void = () => undefined;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /webhooks": () => Response.json({ items }),
      "POST /webhooks": async ({ body }) => {
        if (refuse) {
          refuse = false;
          return fieldProblem(400, "validation_failed", [
            { path: "body.url", code: "refused_address", message: "refused" },
          ]);
        }
        expect(body).toEqual({
          url: "https://hooks.example.org/in",
          events: ["message.added", "ticket.assigned"],
          role: "customer_service",
        });
        // Held until both clicks are in: the second must not send another.
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        const webhook = {
          ...existing,
          id: "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e",
          url: "https://hooks.example.org/in",
          disabledAt: null,
        };
        items = [webhook, ...items];
        return Response.json({ webhook, secret }, { status: 201 });
      },
    });
    const { user } = renderApp("/agent/admin/webhooks");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Webhooks" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Webhooks" });
    const row = within(table).getByRole("row", { name: /crm\.example\.com/ });
    expect(within(row).getByText("Ticket aangemaakt, Beoordeeld")).toBeInTheDocument();
    expect(within(row).getByText(/Uitgeschakeld/)).toBeInTheDocument();
    expect(within(row).getByText(/na een dag mislukte bezorgingen/)).toBeInTheDocument();
    expect(within(row).getByText(/Mislukt sinds/)).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Nieuwe webhook" });
    const submit = within(form).getByRole("button", { name: "Webhook registreren" });
    // Nothing filled in: the contract's schema finds both problems before anything is sent.
    await user.click(submit);
    expect(await within(form).findByText("Vul een volledig http- of https-adres in.")).toBeInTheDocument();
    expect(within(form).getByText("Kies minstens één gebeurtenis.")).toBeInTheDocument();
    expect(callsTo(fetch, "POST /webhooks")).toHaveLength(0);

    const url = within(form).getByLabelText("Adres (URL)", { exact: false });
    await user.type(url, "https://hooks.example.org/in");
    await user.click(within(form).getByRole("checkbox", { name: "Bericht toegevoegd" }));
    await user.click(within(form).getByRole("checkbox", { name: "Toegewezen" }));
    await user.selectOptions(within(form).getByLabelText("Rol", { exact: false }), "customer_service");
    await user.click(submit);
    // The API's SSRF refusal is shown at the URL field.
    expect(await within(form).findByText(/intern of privé-netwerk/)).toBeInTheDocument();
    expect(url).toHaveAttribute("aria-invalid", "true");
    expect(url).toHaveFocus();

    await user.dblClick(submit);
    release();
    expect(await screen.findByText(secret)).toBeInTheDocument();
    expect(screen.getByText(/maar één keer getoond/)).toBeInTheDocument();
    expect(callsTo(fetch, "POST /webhooks")).toHaveLength(2);
    expect(await within(table).findByRole("row", { name: /hooks\.example\.org/ })).toBeInTheDocument();
  });

  it("enables, deletes after confirming, and lists deliveries with their attempts and a redeliver button", async () => {
    let items = [existing];
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /webhooks": () => Response.json({ items }),
      [`PATCH /webhooks/${existing.id}`]: ({ body }) => {
        expect(body).toEqual({ enabled: true });
        items = [{ ...existing, disabledAt: null, failingSince: null }];
        return Response.json(items[0]);
      },
      [`DELETE /webhooks/${existing.id}`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
      [`GET /webhooks/${existing.id}/deliveries`]: () =>
        Response.json({
          items: [
            {
              id: deliveryId,
              event: "ticket.created",
              ticketId: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
              occurredAt: "2026-11-28T09:00:00.000Z",
              status: "failed",
              nextAttemptAt: null,
              deliveredAt: null,
              attempts: [
                {
                  attemptedAt: "2026-11-28T09:00:01.000Z",
                  statusCode: 503,
                  durationMs: 42,
                  error: null,
                  responseExcerpt: "upstream down",
                },
              ],
            },
          ],
          nextCursor: null,
        }),
      [`POST /webhooks/${existing.id}/deliveries/${deliveryId}/redeliver`]: () =>
        new Response(null, { status: 202 }),
    });
    const { user } = renderApp("/agent/admin/webhooks");
    const table = await screen.findByRole("table", { name: "Webhooks" }, { timeout: 10_000 });

    await user.click(
      within(table).getByRole("button", { name: /^Bezorgingen ?: https:\/\/crm\.example\.com\/hooks$/ }),
    );
    const deliveries = await screen.findByRole("table", { name: "Bezorgingen" });
    const delivery = within(deliveries).getByRole("row", { name: /Ticket aangemaakt/ });
    expect(within(delivery).getByText("Mislukt")).toBeInTheDocument();
    expect(within(delivery).getByText("503")).toBeInTheDocument();
    expect(within(delivery).getByText(/42 ms/)).toBeInTheDocument();
    expect(within(delivery).getByText("upstream down")).toBeInTheDocument();
    await user.click(within(delivery).getByRole("button", { name: "Opnieuw versturen" }));
    expect(await screen.findByText("De bezorging wordt opnieuw verstuurd.")).toBeInTheDocument();
    expect(callsTo(fetch, `POST /webhooks/${existing.id}/deliveries/${deliveryId}/redeliver`)).toHaveLength(
      1,
    );

    await user.click(
      within(table).getByRole("button", { name: /^Inschakelen ?: https:\/\/crm\.example\.com\/hooks$/ }),
    );
    expect(await within(table).findByText("Actief")).toBeInTheDocument();

    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    const remove = within(table).getByRole("button", {
      name: /^Verwijderen ?: https:\/\/crm\.example\.com\/hooks$/,
    });
    await user.click(remove);
    expect(callsTo(fetch, `DELETE /webhooks/${existing.id}`)).toHaveLength(0);
    await user.click(remove);
    expect(await screen.findByText("Er zijn nog geen webhooks.")).toBeInTheDocument();
    expect(callsTo(fetch, `DELETE /webhooks/${existing.id}`)).toHaveLength(1);
    confirm.mockRestore();
  });
});
