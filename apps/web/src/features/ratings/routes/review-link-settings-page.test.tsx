import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin = { ...agent, role: "admin" as const, name: "Ad Min" };
const googleDefault = "https://www.google.com/maps/search/?api=1&query=Team%20Support%20reviews";

describe("the review page setting (/agent/admin/review)", () => {
  it("an admin finds it in the menu, sees the default, and saves an https page", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
      "GET /settings/review-link": () => Response.json({ url: googleDefault, isDefault: true }),
      "PUT /settings/review-link": ({ body }) =>
        Response.json({ url: (body as { url: string }).url, isDefault: false }),
    });
    const { user } = renderApp("/agent");
    const menu = await screen.findByRole("navigation", { name: "Hoofdmenu" }, { timeout: 10_000 });
    await user.click(within(menu).getByRole("link", { name: "Beheer" }));
    await user.click(await screen.findByRole("link", { name: "Reviewpagina" }));

    const field = await screen.findByLabelText("Adres van de reviewpagina");
    expect(field).toHaveValue(googleDefault);
    expect(screen.getByText(/Nu staat de standaard ingesteld/)).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, "http://voorbeeld.nl/review");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Vul een adres in dat met https:// begint.")).toBeInTheDocument();
    expect(callsTo(fetch, "PUT /settings/review-link")).toEqual([]);

    await user.clear(field);
    await user.type(field, "https://g.page/r/voorbeeld/review");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() =>
      expect(callsTo(fetch, "PUT /settings/review-link").map((call) => call.body)).toEqual([
        { url: "https://g.page/r/voorbeeld/review" },
      ]),
    );
    expect(await screen.findByRole("button", { name: "Terug naar de standaard" })).toBeInTheDocument();
  });

  it("is not in an agent's menu, and its address is not found for them", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
    });
    renderApp("/agent/admin/review");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Pagina niet gevonden" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Beheer" })).toBeNull();
  });
});
