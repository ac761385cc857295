import type { FaqArticle, FaqArticleSummary } from "@helpdesk/contracts";
import { render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callsTo, problem, renderApp, stubApi } from "../../../test/render-app.tsx";
import { faqKeys } from "./api/faq.queries.ts";
import { FaqMarkdown } from "./components/faq-markdown.tsx";

const category = { slug: "betaling-en-incasso", name: "Betaling en automatische incasso" };
const summary = (slug: string, title: string, cat = category): FaqArticleSummary => ({
  id: crypto.randomUUID(),
  slug,
  title,
  category: cat,
  language: "nl",
  status: "published",
  url: `/faq/${slug}`,
  updatedAt: "2026-11-02T10:00:00.000Z",
});
const iban = summary("iban-wijzigen", "Hoe wijzig ik mijn IBAN?");
const article: FaqArticle = {
  ...iban,
  body: "Ga naar **Mijn Account**.\n\n- Log in\n- Kies IBAN\n\nMeer: <https://www.i24.nl/nl/faq/iban/> of [mail ons](mailto:support@i24.nl).",
  keywords: [],
  translationOf: null,
  translations: [],
};
const suggestion = {
  id: iban.id,
  slug: iban.slug,
  title: iban.title,
  url: iban.url,
  language: "nl",
  translationOf: null,
  snippet: "Via Mijn Account kunt u uw IBAN wijzigen.",
  highlights: [{ start: 27, end: 31 }],
  score: 0.9,
};

const faqApi = (suggest = vi.fn(() => Response.json({ items: [suggestion] }))) => ({
  "GET /faq-categories": () =>
    Response.json({
      items: [category, { slug: "opzeggen", name: "Opzeggen" }, { slug: "leeg", name: "Leeg" }],
    }),
  "GET /faqs": () =>
    Response.json({
      items: [iban, summary("opzeggen", "Hoe zeg ik op?", { slug: "opzeggen", name: "Opzeggen" })],
      nextCursor: null,
    }),
  "GET /faqs/suggestions": suggest,
  "GET /faqs/popular": () =>
    Response.json({
      items: [summary("opzeggen", "Hoe zeg ik op?", { slug: "opzeggen", name: "Opzeggen" }), iban],
    }),
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the FAQ on the home page", () => {
  it("lists the categories that have articles, and every article under its category", async () => {
    stubApi("online", faqApi());
    renderApp("/");

    const topics = await screen.findByRole("navigation", { name: "Onderwerpen" });
    expect(
      within(topics)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Betaling en automatische incasso (1)", "Opzeggen (1)"]);
    expect(within(topics).getByRole("link", { name: /Opzeggen/ })).toHaveAttribute("href", "#faq-opzeggen");
    const group = screen.getByRole("region", { name: "Betaling en automatische incasso" });
    expect(within(group).getByRole("link", { name: "Hoe wijzig ik mijn IBAN?" })).toHaveAttribute(
      "href",
      "/faq/iban-wijzigen",
    );
  });

  it("shows the popular articles first, in the API's order, with their topic", async () => {
    const fetch = stubApi("online", faqApi());
    renderApp("/");

    const popular = await screen.findByRole("region", { name: "Populaire artikelen" });
    const items = within(popular).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Hoe zeg ik op?Opzeggen",
      "Hoe wijzig ik mijn IBAN?Betaling en automatische incasso",
    ]);
    expect(within(items[0] as HTMLElement).getByRole("link")).toHaveAttribute("href", "/faq/opzeggen");
    expect(callsTo(fetch, "GET /faqs/popular")).toHaveLength(1);
    // Before the full FAQ in reading order.
    const faq = screen.getByRole("heading", { level: 2, name: "Veelgestelde vragen" });
    expect(popular.compareDocumentPosition(faq) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("leaves the popular articles out when they cannot be loaded; the FAQ is still listed", async () => {
    stubApi("online", { ...faqApi(), "GET /faqs/popular": () => problem(503, "service_unavailable") });
    const { queryClient } = renderApp("/");

    await screen.findByRole("navigation", { name: "Onderwerpen" });
    await waitFor(() => expect(queryClient.getQueryState(faqKeys.popular(5, "nl"))?.status).toBe("error"));
    expect(screen.queryByRole("region", { name: "Populaire artikelen" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Populaire artikelen" })).not.toBeInTheDocument();
  });

  it("shows results while typing, once typing pauses, keeps the query in the address and announces the count", async () => {
    const suggest = vi.fn(() => Response.json({ items: [suggestion] }));
    const fetch = stubApi("online", faqApi(suggest));
    const { user, router } = renderApp("/");

    await user.type(
      screen.getByRole("searchbox", { name: "Zoek in de veelgestelde vragen" }),
      "iban wijzigen",
    );

    const results = await screen.findByRole("region", { name: "Resultaten voor „iban wijzigen”" });
    const link = await within(results).findByRole("link", { name: "Hoe wijzig ik mijn IBAN?" });
    expect(link).toHaveAttribute("href", "/faq/iban-wijzigen");
    const snippet = within(results).getByText(
      (_, element) =>
        element?.tagName === "P" && element.textContent === "Via Mijn Account kunt u uw IBAN wijzigen.",
    );
    // The words that matched are marked, as elements (the snippet itself is text).
    expect(within(snippet).getByText("IBAN").tagName).toBe("MARK");
    // Debounced: one call for the settled text, not one per keystroke.
    const calls = callsTo(fetch, "GET /faqs/suggestions");
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(String(fetch.mock.calls.at(-1)?.[0])).toContain("q=iban+wijzigen");
    expect(router.state.location.search).toBe("?q=iban+wijzigen");
    expect(await screen.findByTestId("announcer")).toHaveTextContent(
      "1 artikel gevonden voor „iban wijzigen”.",
    );

    // Keyboard: the down arrow goes from the box to the first result, Escape back.
    await user.keyboard("{ArrowDown}");
    expect(link).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.getByRole("searchbox")).toHaveFocus();
  });

  it("says when nothing matched, with a way to ask the team", async () => {
    stubApi("online", faqApi(vi.fn(() => Response.json({ items: [] }))));
    const { user } = renderApp("/");

    await user.type(screen.getByRole("searchbox"), "xyzzy plugh{Enter}");

    const results = await screen.findByTestId("faq-search-results");
    expect(
      await within(results).findByText(/Geen artikelen gevonden voor „xyzzy plugh”/),
    ).toBeInTheDocument();
    expect(within(results).getByRole("link", { name: "Stel je vraag aan ons supportteam" })).toHaveAttribute(
      "href",
      "/tickets/new",
    );
  });

  it("opens a bookmarked search (?q=) with its results", async () => {
    stubApi("online", faqApi());
    renderApp("/?q=iban");

    const results = screen.getByTestId("faq-search-results");
    expect(
      await within(results).findByRole("link", { name: "Hoe wijzig ik mijn IBAN?" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("searchbox")).toHaveValue("iban");
  });
});

describe("an FAQ article page", () => {
  it("says a translation is one, links its original, and links an original's translations", async () => {
    const english: FaqArticle = {
      ...article,
      slug: "change-iban",
      title: "How do I change my IBAN?",
      language: "en",
      body: "Go to **My Account**.",
      translationOf: { slug: "iban-wijzigen", title: iban.title, language: "nl", url: "/faq/iban-wijzigen" },
    };
    stubApi("online", { ...faqApi(), "GET /faqs/change-iban": () => Response.json(english) });
    renderApp("/faq/change-iban");
    expect(await screen.findByRole("heading", { level: 1, name: english.title })).toBeInTheDocument();
    expect(screen.getByRole("article")).toHaveAttribute("lang", "en");
    expect(screen.getByTestId("faq-translation-note")).toHaveTextContent(
      "Dit artikel is een vertaling van het Nederlandse origineel",
    );
    expect(screen.getByRole("link", { name: `Lees het origineel: ${iban.title}` })).toHaveAttribute(
      "href",
      "/faq/iban-wijzigen",
    );
  });

  it("links an original's translations", async () => {
    const withEnglish: FaqArticle = {
      ...article,
      translations: [
        { slug: "change-iban", title: "How do I change my IBAN?", language: "en", url: "/faq/change-iban" },
      ],
    };
    stubApi("online", { ...faqApi(), "GET /faqs/iban-wijzigen": () => Response.json(withEnglish) });
    renderApp("/faq/iban-wijzigen");
    expect(await screen.findByRole("link", { name: "How do I change my IBAN?" })).toHaveAttribute(
      "href",
      "/faq/change-iban",
    );
    expect(screen.queryByTestId("faq-translation-note")).not.toBeInTheDocument();
  });

  it("shows the article, its category, when it was updated, and a way to ask a question", async () => {
    stubApi("online", { ...faqApi(), "GET /faqs/iban-wijzigen": () => Response.json(article) });
    renderApp("/faq/iban-wijzigen");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Hoe wijzig ik mijn IBAN?" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Hoe wijzig ik mijn IBAN? · Support Center");
    const main = screen.getByRole("main");
    expect(main).toHaveTextContent("Onderwerp: Betaling en automatische incasso");
    expect(main).toHaveTextContent("Bijgewerkt op 2 november 2026");
    expect(within(main).getByText("Mijn Account").tagName).toBe("STRONG");
    expect(within(main).getByRole("link", { name: "https://www.i24.nl/nl/faq/iban/" })).toHaveAttribute(
      "href",
      "https://www.i24.nl/nl/faq/iban/",
    );
    const help = screen.getByRole("complementary", { name: "Niet geholpen?" });
    expect(within(help).getByRole("link", { name: "Stel een vraag" })).toHaveAttribute(
      "href",
      "/tickets/new",
    );
  });

  it("replaces an old address with the article's current one (the API followed its redirect)", async () => {
    // fetch follows the API's 308 itself: the page gets the article, whose slug is the new one.
    stubApi("online", {
      ...faqApi(),
      "GET /faqs/oud-adres-iban": () => Response.json(article),
      "GET /faqs/iban-wijzigen": () => Response.json(article),
    });
    const { router } = renderApp("/faq/oud-adres-iban");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Hoe wijzig ik mijn IBAN?" }),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe("/faq/iban-wijzigen"));
  });

  it("says so when the article does not exist", async () => {
    stubApi("online", { "GET /faqs/bestaat-niet": () => problem(404, "not_found") });
    renderApp("/faq/bestaat-niet");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Artikel niet gevonden" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/„bestaat-niet”/)).toBeInTheDocument();
  });
});

describe("FaqMarkdown", () => {
  it("renders the subset as elements, links only to http(s), mailto and own paths, and never HTML", () => {
    const { container } = render(
      <FaqMarkdown
        source={
          "# Kop\n\n<img src=x onerror=alert(1)> tekst\n\n[klik](javascript:alert(1)) en [hier](/tickets/new)\n\n1. een\n2. twee\n\nZie https://example.nl/pad. Of `code` en *nadruk*."
        }
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Kop" })).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
    expect(container).toHaveTextContent("<img src=x onerror=alert(1)> tekst");
    expect(screen.queryByRole("link", { name: "klik" })).not.toBeInTheDocument();
    expect(container).toHaveTextContent("[klik](javascript:alert(1))");
    expect(screen.getByRole("link", { name: "hier" })).toHaveAttribute("href", "/tickets/new");
    expect(screen.getByRole("link", { name: "https://example.nl/pad" })).toHaveAttribute(
      "rel",
      "noopener noreferrer nofollow",
    );
    expect(container.querySelectorAll("ol li")).toHaveLength(2);
    expect(container.querySelector("code")?.textContent).toBe("code");
    expect(container.querySelector("em")?.textContent).toBe("nadruk");
  });
});
