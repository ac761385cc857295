import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { callsTo, customer, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const token = "a".repeat(43);

describe("data export link (/account/export)", () => {
  it("downloads the file with the link's token on a click, once, and takes the token out of the address", async () => {
    const saved = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:export");
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      "POST /me/data-export/download": () =>
        new Response(new Blob(["PK"]), {
          headers: {
            "content-type": "application/zip",
            "content-disposition": 'attachment; filename="mijn-gegevens.zip"',
          },
        }),
    });
    const { user, router } = renderApp(`/account/export#token=${token}`);
    await user.click(await screen.findByRole("button", { name: "Bestand downloaden" }));
    expect(await screen.findByText(/Deze link werkt nu niet meer/)).toBeInTheDocument();
    expect(callsTo(fetch, "POST /me/data-export/download").map((call) => call.body)).toEqual([{ token }]);
    expect(saved).toHaveBeenCalled();
    expect(router.state.location.hash).toBe("");
  });

  it("says plainly when the link no longer works", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      "POST /me/data-export/download": () => problem(404, "not_found"),
    });
    const { user } = renderApp(`/account/export#token=${token}`);
    await user.click(await screen.findByRole("button", { name: "Bestand downloaden" }));
    expect(
      await screen.findByText(/hij is al gebruikt, verlopen, of voor een ander account/),
    ).toBeInTheDocument();
  });
});
