import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, customer, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const token = "k3Jx9Qw2Lm8Zp4Rt7Vb1Nc6Hd5Fg0Ys";

describe("e-mailed sign-in link (/login/link#token=…)", () => {
  it("confirms the token once, takes it out of the address, and lands the customer on their tickets", async () => {
    const fetch = stubApi("online", { "POST /auth/email-link/confirm": () => sessionFor(customer) });
    const { router } = renderApp(`/login/link#token=${token}`);

    expect(await screen.findByRole("heading", { level: 1, name: "Mijn tickets" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/tickets");
    expect(router.state.location.hash).toBe("");
    expect(within(screen.getByRole("banner")).getByText("Anne de Vries")).toBeInTheDocument();
    expect(screen.getByTestId("announcer")).toHaveTextContent("Je bent ingelogd als Anne de Vries.");

    const confirms = callsTo(fetch, "POST /auth/email-link/confirm");
    expect(confirms).toHaveLength(1);
    expect(confirms[0]?.body).toEqual({ token });
    // Going back does not bring the token back into view.
    await router.navigate(-1);
    expect(router.state.location.hash).toBe("");
  });

  it("opens the in-app page the link names in `next` (a ticket), but never another site", async () => {
    const ticketPath = "/tickets/5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
    stubApi("online", { "POST /auth/email-link/confirm": () => sessionFor(customer) });
    const first = renderApp(`/login/link#token=${token}&next=${encodeURIComponent(ticketPath)}`);
    await waitFor(() => expect(first.router.state.location.pathname).toBe(ticketPath));
    expect(first.router.state.location.hash).toBe("");
    first.unmount();

    stubApi("online", { "POST /auth/email-link/confirm": () => sessionFor(customer) });
    const second = renderApp(`/login/link#token=${token}&next=${encodeURIComponent("//evil.example/x")}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Mijn tickets" })).toBeInTheDocument();
    expect(second.router.state.location.pathname).toBe("/tickets");
  });

  it("says plainly when a link is used or expired, and offers a new one", async () => {
    stubApi("online", {
      "POST /auth/email-link/confirm": () =>
        problem(401, "unauthenticated", "The link is not valid (any more)"),
    });
    const { router } = renderApp(`/login/link#token=${token}`);

    const heading = await screen.findByRole("heading", { level: 1, name: "Deze inloglink werkt niet" });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/verlopen, al gebruikt of niet compleet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stuur me een inloglink" })).toBeInTheDocument();
    expect(router.state.location.hash).toBe("");
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Inloggen" })).toBeInTheDocument();
  });

  it("does not send a malformed token, and says the link does not work", async () => {
    const fetch = stubApi("online");
    renderApp("/login/link#token=kort");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Deze inloglink werkt niet" }),
    ).toBeInTheDocument();
    expect(callsTo(fetch, "POST /auth/email-link/confirm")).toEqual([]);
  });

  it("without a token explains where the page is for", async () => {
    stubApi("online");
    renderApp("/login/link");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Inloggen met een link" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/opent via de link in onze e-mail/)).toBeInTheDocument();
  });
});
