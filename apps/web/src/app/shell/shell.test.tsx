import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, renderApp, sessionFor, stubApi } from "../../../test/render-app.tsx";
import { languageStorageKey } from "../../i18n/i18n.tsx";

describe("Support Center shell", () => {
  it("shows the header with product name, main navigation and language switch, in Dutch by default", async () => {
    stubApi("online");
    renderApp("/");

    const header = screen.getByRole("banner");
    expect(within(header).getByRole("link", { name: "Support Center" })).toHaveAttribute("href", "/");
    const nav = within(header).getByRole("navigation", { name: "Hoofdmenu" });
    expect(within(nav).getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Vraag stellen" })).toHaveAttribute("href", "/tickets/new");
    // Once the silent sign-in has answered "nobody":
    expect(await within(nav).findByRole("link", { name: "Inloggen" })).toHaveAttribute("href", "/login");
    const languages = within(header).getByRole("group", { name: "Taal" });
    expect(within(languages).getByRole("button", { name: "Nederlands" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(languages).getByRole("button", { name: "English" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );

    expect(screen.getByRole("main")).toContainElement(
      screen.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }),
    );
    expect(
      within(screen.getByRole("search")).getByRole("searchbox", { name: "Zoek in de veelgestelde vragen" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nl");
    expect(document.title).toBe("Hulp en contact · Support Center");
  });

  it("switches to English, sets <html lang> and remembers the choice for the next visit", async () => {
    stubApi("online");
    const { user, unmount } = renderApp("/");

    await user.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1, name: "How can we help you?" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main menu" });
    expect(within(nav).getByRole("link", { name: "Ask a question" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(languageStorageKey)).toBe("en");

    unmount();
    renderApp("/login");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  it("shows a not-found page inside the shell for an unknown address", () => {
    stubApi("online");
    renderApp("/dit-bestaat-niet");

    expect(screen.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeInTheDocument();
    expect(screen.getByText(/\/dit-bestaat-niet/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Naar de startpagina" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
  });

  it("moves focus to the new page's heading after navigating", async () => {
    stubApi("online");
    const { user } = renderApp("/");

    await user.click(await within(screen.getByRole("navigation")).findByRole("link", { name: "Inloggen" }));

    // The heading is on screen a moment before the effect that focuses it has run.
    const heading = await screen.findByRole("heading", { level: 1, name: "Inloggen" });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it("shows the API as online when /health answers", async () => {
    const fetch = stubApi("online");
    renderApp("/");

    expect(await within(screen.getByRole("contentinfo")).findByText("online")).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith("/api/v1/health", expect.objectContaining({ credentials: "include" }));
  });

  it("shows the API as offline when it cannot be reached, in the chosen language", async () => {
    stubApi("offline");
    localStorage.setItem(languageStorageKey, "en");
    renderApp("/");

    const footer = screen.getByRole("contentinfo");
    expect(await within(footer).findByText("offline")).toBeInTheDocument();
    expect(footer).toHaveTextContent("Service status: offline");
  });

  it("loads the agent workspace on demand for signed-in staff, with its own texts", async () => {
    stubApi("online", { "POST /auth/refresh": () => sessionFor(agent) });
    renderApp("/agent");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Support Center" })).toHaveAttribute("href", "/");
  });
});
