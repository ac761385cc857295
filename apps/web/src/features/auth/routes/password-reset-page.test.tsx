import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, problem, renderApp, stubApi } from "../../../../test/render-app.tsx";

const token = "k3Jx9Qw2Lm8Zp4Rt7Vb1Nc6Hd5Fg0Ys";

describe("password reset", () => {
  it("asks for a link and says it is on its way if the address is known", async () => {
    stubApi("online", {
      "POST /auth/password-reset": () => Response.json({ status: "accepted" }, { status: 202 }),
    });
    const { user } = renderApp("/password-reset");

    await user.type(await screen.findByLabelText("E-mailadres"), "customer@demo.test");
    await user.click(screen.getByRole("button", { name: "Stuur me een link" }));

    const main = screen.getByRole("main");
    expect(await within(main).findByText(/Als customer@demo.test bij ons bekend is/)).toBeInTheDocument();
  });

  it("from the e-mailed link: checks the new password with the contract's policy, saves it and sends the visitor to sign in", async () => {
    const fetch = stubApi("online", {
      "POST /auth/password-reset/confirm": () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp(`/password-reset#token=${token}`);

    const password = await screen.findByLabelText("Nieuw wachtwoord");
    expect(router.state.location.hash).toBe("");
    expect(password).toHaveAccessibleDescription(/^Minstens 10 tekens/);
    await user.type(password, "kort");
    await user.click(screen.getByRole("button", { name: "Wachtwoord opslaan" }));
    expect(password).toHaveAccessibleDescription(/^Gebruik minstens 10 tekens\./);
    expect(password).toHaveFocus();
    await user.clear(password);
    await user.type(password, "aaaaaaaaaaaa");
    await user.click(screen.getByRole("button", { name: "Wachtwoord opslaan" }));
    expect(password).toHaveAccessibleDescription(/^Gebruik meer dan drie verschillende tekens\./);
    expect(callsTo(fetch, "POST /auth/password-reset/confirm")).toEqual([]);

    await user.clear(password);
    await user.type(password, "paarse olifant danst");
    await user.click(screen.getByRole("button", { name: "Wachtwoord opslaan" }));

    expect(
      await screen.findByText("Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord."),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/login");
    expect(callsTo(fetch, "POST /auth/password-reset/confirm")[0]?.body).toEqual({
      token,
      password: "paarse olifant danst",
    });
  });

  it("says when the link is no longer valid and offers a new one", async () => {
    stubApi("online", {
      "POST /auth/password-reset/confirm": () =>
        problem(401, "unauthenticated", "The link is not valid (any more)"),
    });
    const { user } = renderApp(`/password-reset#token=${token}`);

    await user.type(await screen.findByLabelText("Nieuw wachtwoord"), "paarse olifant danst");
    await user.click(screen.getByRole("button", { name: "Wachtwoord opslaan" }));

    expect(await screen.findByText(/Deze link is verlopen of al gebruikt/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stuur me een link" })).toBeInTheDocument();
  });
});
