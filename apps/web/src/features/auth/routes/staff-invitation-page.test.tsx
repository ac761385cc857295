import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, problem, renderApp, stubApi } from "../../../../test/render-app.tsx";

const token = "uitnodiging-token-0123456789abcdefghijklmnop";

describe("the staff invitation page", () => {
  it("sets the new member's password with the link's token and sends them to sign in", async () => {
    const fetch = stubApi("online", {
      "POST /staff/invitation/accept": () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp(`/staff-invitation#token=${token}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Kies je wachtwoord" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText("Nieuw wachtwoord"), "paarse olifant danst");
    await user.dblClick(screen.getByRole("button", { name: "Wachtwoord opslaan" }));

    expect(
      await screen.findByText("Je wachtwoord is opgeslagen. Log in met je e-mailadres en dat wachtwoord."),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/login");
    expect(callsTo(fetch, "POST /staff/invitation/accept").map((call) => call.body)).toEqual([
      { token, password: "paarse olifant danst" },
    ]);
  });

  it("says when the invitation was used, replaced or expired", async () => {
    stubApi("online", {
      "POST /staff/invitation/accept": () =>
        problem(401, "unauthenticated", "The link is not valid (any more)"),
    });
    const { user } = renderApp(`/staff-invitation#token=${token}`);

    await user.type(
      await screen.findByLabelText("Nieuw wachtwoord", {}, { timeout: 10_000 }),
      "paarse olifant danst",
    );
    await user.click(screen.getByRole("button", { name: "Wachtwoord opslaan" }));
    expect(await screen.findByText(/Vraag een beheerder om je opnieuw uit te nodigen/)).toBeInTheDocument();
  });
});
