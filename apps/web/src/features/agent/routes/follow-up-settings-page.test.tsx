import type { User } from "@helpdesk/contracts";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
  email: "admin@demo.test",
  name: "Bram Beheer",
  role: "admin",
};

describe("Beheer → Opvolging", () => {
  it("shows the days, refuses zero days in words, and saves the switch and the days", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(admin),
      "GET /follow-up/settings": () =>
        Response.json({ enabled: true, remindAfterDays: 3, solveAfterDays: 4 }),
      "PUT /follow-up/settings": ({ body }) => Response.json(body),
    });
    const { user } = renderApp("/agent/admin/follow-up");
    const remind = await screen.findByLabelText("Herinnering na (dagen)");
    expect(remind).toHaveValue("3");
    expect(screen.getByLabelText("Oplossen na de herinnering (dagen)")).toHaveValue("4");

    await user.clear(remind);
    await user.type(remind, "0");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Vul een aantal dagen in van 1 tot 60.")).toBeInTheDocument();
    expect(callsTo(fetch, "PUT /follow-up/settings")).toEqual([]);

    await user.clear(remind);
    await user.type(remind, "5");
    await user.click(screen.getByLabelText("Herinneren en automatisch oplossen"));
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(
      await screen.findByText("De opvolging is opgeslagen.", { selector: ".notice *, .notice" }),
    ).toBeInTheDocument();
    expect(callsTo(fetch, "PUT /follow-up/settings")[0]?.body).toEqual({
      enabled: false,
      remindAfterDays: 5,
      solveAfterDays: 4,
    });
  });
});
