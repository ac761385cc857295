import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  agent,
  callsTo,
  customer,
  problem,
  renderApp,
  sessionFor,
  stubApi,
} from "../../../../test/render-app.tsx";
import { languageStorageKey } from "../../../i18n/i18n.tsx";

async function openLogin(path = "/login") {
  const app = renderApp(path);
  await screen.findByRole("heading", { level: 1, name: "Inloggen" });
  const form = screen.getByRole("form", { name: "Met je wachtwoord" });
  return { ...app, form };
}

describe("login page: password", () => {
  it("checks the fields with the contract's schema before sending anything, and focuses the first problem", async () => {
    const fetch = stubApi("online");
    const { user, form } = await openLogin();

    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    const email = within(form).getByLabelText("E-mailadres");
    const password = within(form).getByLabelText("Wachtwoord");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription("Vul je e-mailadres in.");
    expect(password).toHaveAccessibleDescription("Vul je wachtwoord in.");
    expect(email).toHaveFocus();

    await user.type(email, "anne@");
    await user.type(password, "geheim");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    expect(email).toHaveAccessibleDescription("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
    expect(password).not.toHaveAttribute("aria-invalid");
    expect(email).toHaveFocus();
    expect(callsTo(fetch, "POST /auth/login")).toEqual([]);
  });

  it("says that e-mail address or password is not correct on a 401, and moves focus to that message", async () => {
    stubApi("online", {
      "POST /auth/login": () => problem(401, "unauthenticated", "E-mail address or password is not correct"),
    });
    const { user, form } = await openLogin();

    await user.type(within(form).getByLabelText("E-mailadres"), "customer@demo.test");
    await user.type(within(form).getByLabelText("Wachtwoord"), "verkeerd-wachtwoord");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    const message = await within(form).findByText("E-mailadres of wachtwoord is niet juist.");
    expect(message.parentElement).toHaveFocus();
    expect(within(form).getByLabelText("E-mailadres")).toHaveValue("customer@demo.test");
  });

  it("on a 429 says how many minutes to wait, from Retry-After", async () => {
    stubApi("online", {
      "POST /auth/login": () =>
        problem(429, "too_many_requests", "Too many attempts. Try again later.", { "Retry-After": "841" }),
    });
    const { user, form } = await openLogin();

    await user.type(within(form).getByLabelText("E-mailadres"), "customer@demo.test");
    await user.type(within(form).getByLabelText("Wachtwoord"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    expect(
      await within(form).findByText("Te veel pogingen. Probeer het over 15 minuten opnieuw."),
    ).toBeInTheDocument();
  });

  it("shows the messages in English when the visitor chose English", async () => {
    localStorage.setItem(languageStorageKey, "en");
    stubApi("online", {
      "POST /auth/login": () => problem(429, "too_many_requests", undefined, { "Retry-After": "30" }),
    });
    const { user } = renderApp("/login");
    const form = await screen.findByRole("form", { name: "With your password" });

    await user.type(within(form).getByLabelText("E-mail address"), "customer@demo.test");
    await user.type(within(form).getByLabelText("Password"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Sign in" }));

    expect(await within(form).findByText("Too many attempts. Try again in 1 minute.")).toBeInTheDocument();
  });

  it("signs a customer in: the e-mail address is normalised, the header shows their name, and they land on their tickets", async () => {
    const fetch = stubApi("online", { "POST /auth/login": () => sessionFor(customer) });
    const { user, form, router } = await openLogin();

    await user.type(within(form).getByLabelText("E-mailadres"), "  Customer@Demo.test ");
    await user.type(within(form).getByLabelText("Wachtwoord"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Mijn tickets" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/tickets");
    const account = within(screen.getByRole("banner")).getByRole("region", { name: "Je account" });
    expect(account).toHaveTextContent("Ingelogd als Anne de Vries");
    expect(screen.getByTestId("announcer")).toHaveTextContent("Je bent ingelogd als Anne de Vries.");
    expect(callsTo(fetch, "POST /auth/login")[0]?.body).toEqual({
      email: "customer@demo.test",
      password: "demo-password",
    });
  });

  it("takes staff to the workspace, or back to where they were going", async () => {
    stubApi("online", { "POST /auth/login": () => sessionFor(agent) });
    const { user, form, router } = await openLogin(
      `/login?returnTo=${encodeURIComponent("/agent?view=mine")}`,
    );

    await user.type(within(form).getByLabelText("E-mailadres"), "agent@demo.test");
    await user.type(within(form).getByLabelText("Wachtwoord"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Wachtrij: Mijn tickets" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/agent");
    expect(router.state.location.search).toBe("?view=mine");
  });

  it("ignores a return address outside the app", async () => {
    stubApi("online", { "POST /auth/login": () => sessionFor(agent) });
    const { user, form, router } = await openLogin("/login?returnTo=//evil.example/agent");

    await user.type(within(form).getByLabelText("E-mailadres"), "agent@demo.test");
    await user.type(within(form).getByLabelText("Wachtwoord"), "demo-password");
    await user.click(within(form).getByRole("button", { name: "Inloggen" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/agent"));
  });
});

describe("login page: sign-in link", () => {
  it("says the link is on its way if the address is known, without saying whether it is", async () => {
    const fetch = stubApi("online", {
      "POST /auth/email-link": () => Response.json({ status: "accepted" }, { status: 202 }),
    });
    const { user } = await openLogin();
    const form = screen.getByRole("form", { name: "Liever zonder wachtwoord?" });

    await user.type(within(form).getByLabelText("E-mailadres"), "Nobody@Example.nl");
    await user.click(within(form).getByRole("button", { name: "Stuur me een inloglink" }));

    const sent =
      "Als nobody@example.nl bij ons bekend is, is er nu een inloglink naar dat adres onderweg. De link is 15 minuten geldig";
    expect(await within(form).findByText(new RegExp(sent))).toBeInTheDocument();
    expect(screen.getByTestId("announcer")).toHaveTextContent(sent);
    expect(callsTo(fetch, "POST /auth/email-link")[0]?.body).toEqual({ email: "nobody@example.nl" });
  });

  it("ties a wrong address's message to the field", async () => {
    stubApi("online");
    const { user } = await openLogin();
    const form = screen.getByRole("form", { name: "Liever zonder wachtwoord?" });

    await user.type(within(form).getByLabelText("E-mailadres"), "geen adres");
    await user.click(within(form).getByRole("button", { name: "Stuur me een inloglink" }));

    const email = within(form).getByLabelText("E-mailadres");
    expect(email).toHaveAccessibleDescription("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
    expect(email).toHaveFocus();
  });
});
