import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, customer, renderApp, sessionFor, stubApi } from "../../test/render-app.tsx";

describe("the agent workspace is for staff only", () => {
  it("sends a signed-out visitor to the login page and back to the workspace after signing in", async () => {
    stubApi("online", { "POST /auth/login": () => sessionFor(agent) });
    const { user, router } = renderApp("/agent?view=mine");

    expect(await screen.findByRole("heading", { level: 1, name: "Inloggen" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent("/agent?view=mine")}`);

    const form = screen.getByRole("form", { name: "Met je wachtwoord" });
    await user.type(within(form).getByLabelText("E-mailadres"), "agent@demo.test");
    await user.type(within(form).getByLabelText("Wachtwoord"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Wachtrij: Mijn tickets" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/agent");
  });

  it("shows a signed-in customer a friendly page instead, inside the Support Center", async () => {
    stubApi("online", { "POST /auth/refresh": () => sessionFor(customer) });
    renderApp("/agent");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Alleen voor medewerkers" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ingelogd als klant \(customer@demo\.test\)/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Naar mijn tickets" })).toHaveAttribute("href", "/tickets");
    expect(screen.queryByRole("heading", { name: "Wachtrij: Alle open tickets" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("banner")).getByText("Anne de Vries")).toBeInTheDocument();
  });

  it("lets signed-in staff in after the silent sign-in, and signing out ends the session and goes home", async () => {
    const fetch = stubApi("online", { "POST /auth/refresh": () => sessionFor(agent) });
    const { user, router } = renderApp("/agent");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }),
    ).toBeInTheDocument();
    const account = screen.getByRole("region", { name: "Je account" });
    expect(account).toHaveTextContent("Ingelogd als Sanne Bakker");

    await user.click(within(account).getByRole("button", { name: "Uitloggen" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(callsTo(fetch, "POST /auth/logout")).toHaveLength(1);
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Inloggen" })).toBeInTheDocument();
    expect(screen.getByTestId("announcer")).toHaveTextContent("Je bent uitgelogd.");
  });

  it("sends a signed-out visitor from their tickets to the login page, with the way back", async () => {
    stubApi("online");
    const { router } = renderApp("/tickets");

    expect(await screen.findByRole("heading", { level: 1, name: "Inloggen" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?returnTo=%2Ftickets");
  });
});
