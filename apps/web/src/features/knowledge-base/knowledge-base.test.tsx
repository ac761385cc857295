import type { FaqArticle, User } from "@helpdesk/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, renderApp, sessionFor, stubApi } from "../../../test/render-app.tsx";

const editor: User = {
  id: "5b4a3f2e-1d0c-4b9a-8f7e-6d5c4b3a2f1e",
  email: "service@demo.test",
  name: "Sam Service",
  role: "customer_service",
};

const categories = {
  items: [
    { slug: "opzeggen", name: "Opzeggen" },
    { slug: "e-mail", name: "E-mail" },
    { slug: "facturen", name: "Facturen" },
  ],
};

const article = (overrides: Partial<FaqArticle> = {}): FaqArticle => ({
  id: "0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b",
  slug: "webmail-instellen",
  title: "Webmail instellen",
  category: { slug: "e-mail", name: "E-mail" },
  language: "nl",
  status: "published",
  url: "http://localhost/faq/webmail-instellen",
  updatedAt: "2026-11-28T10:00:00.000Z",
  body: "Open **Instellingen**.",
  keywords: ["webmail"],
  translationOf: null,
  translations: [],
  ...overrides,
});

const delayed = async (response: Response) => {
  await new Promise((resolve) => setTimeout(resolve, 80));
  return response;
};

function stubKnowledgeBase(handlers: Parameters<typeof stubApi>[1] = {}) {
  return stubApi("online", {
    "POST /auth/refresh": () => sessionFor(editor),
    "GET /faq-categories": () => Response.json(categories),
    "GET /faq-synonyms": () => Response.json({ items: [] }),
    "GET /faq-insights": () =>
      Response.json({
        articles: [
          { slug: "webmail-instellen", title: "Webmail instellen", shown: 40, clicked: 12, deflected: 7 },
        ],
        unansweredQueries: [],
      }),
    "GET /faqs": () =>
      Response.json({
        items: [
          article(),
          article({
            id: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            slug: "nieuw-concept",
            title: "Nieuw concept",
            status: "draft",
          }),
        ],
        nextCursor: null,
      }),
    ...handlers,
  });
}

describe("the knowledge-base editor", () => {
  it("lists drafts and published articles with their usage, filters by search and status from the address", async () => {
    const fetch = stubKnowledgeBase();
    const { user } = renderApp("/agent/faqs");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Kennisbank" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Kennisbank" })).toHaveAttribute("aria-current", "page");
    const table = await screen.findByRole("table", { name: "Artikelen" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1] as HTMLElement).getByRole("link", { name: "Webmail instellen" })).toHaveAttribute(
      "href",
      "/agent/faqs/edit/webmail-instellen",
    );
    await waitFor(() =>
      expect(
        within(rows[1] as HTMLElement)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ).toEqual(["Gepubliceerd", "E-mail", "Nederlands", "40", "12", "7"]),
    );
    expect(within(rows[2] as HTMLElement).getByText("Concept")).toBeInTheDocument();
    expect(callsTo(fetch, "GET /faqs")).toHaveLength(1);

    await user.type(screen.getByLabelText("Zoeken in titel en trefwoorden"), "webmail");
    await user.selectOptions(screen.getByLabelText("Status"), "draft");
    await user.click(screen.getByRole("button", { name: "Zoeken" }));
    await waitFor(() => expect(callsTo(fetch, "GET /faqs")).toHaveLength(2));
    const last = fetch.mock.calls
      .map(([input]) => new URL(String(input), "http://localhost"))
      .filter((url) => url.pathname.endsWith("/faqs"))
      .at(-1);
    expect(last?.searchParams.get("q")).toBe("webmail");
    expect(last?.searchParams.get("status")).toBe("draft");
  });

  it("an agent has no Kennisbank: no link, and the address is not found", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor({ ...editor, role: "agent" }),
      "GET /tickets": () => Response.json({ items: [], nextCursor: null }),
    });
    renderApp("/agent/faqs");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Pagina niet gevonden" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Kennisbank" })).not.toBeInTheDocument();
  });

  it("previews the Markdown live as the public page renders it, checks with the contract and creates once on a double click", async () => {
    const fetch = stubKnowledgeBase({
      "POST /faqs": ({ body }) =>
        delayed(
          Response.json(article({ ...(body as object), slug: "wachtwoord-wijzigen", status: "draft" }), {
            status: 201,
          }),
        ),
      "GET /faqs/wachtwoord-wijzigen": () =>
        Response.json(article({ slug: "wachtwoord-wijzigen", title: "Wachtwoord wijzigen" })),
    });
    const { user, router } = renderApp("/agent/faqs/new");
    const body = await screen.findByLabelText("Tekst (Markdown)", {}, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(screen.getByLabelText("Titel")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Titel")).toHaveFocus();
    expect(callsTo(fetch, "POST /faqs")).toHaveLength(0);

    await user.type(screen.getByLabelText("Titel"), "Wachtwoord wijzigen");
    await user.type(body, "Kies **Wachtwoord** in [[Mijn account](https://example.nl/account).");
    const preview = screen.getByRole("region", { name: "Voorbeeld zoals de klant het ziet" });
    expect(within(preview).getByText("Wachtwoord", { selector: "strong" })).toBeInTheDocument();
    expect(within(preview).getByRole("link", { name: "Mijn account" })).toHaveAttribute(
      "href",
      "https://example.nl/account",
    );

    await user.clear(body);
    await user.type(body, "<b>vet</b>");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("HTML is niet toegestaan; gebruik Markdown.")).toBeInTheDocument();

    await user.clear(body);
    await user.type(body, "Kies *Wachtwoord*.");
    await user.type(screen.getByLabelText("Trefwoorden"), "password, inloggen");
    await user.dblClick(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/agent/faqs/edit/wachtwoord-wijzigen"));
    expect(callsTo(fetch, "POST /faqs").map((call) => call.body)).toEqual([
      {
        title: "Wachtwoord wijzigen",
        body: "Kies *Wachtwoord*.",
        categorySlug: "opzeggen",
        language: "nl",
        status: "draft",
        keywords: ["password", "inloggen"],
      },
    ]);
  });

  it("a conflict shows both versions; keeping theirs overwrites nothing, overwriting sends their version's time", async () => {
    const theirs = article({
      title: "Webmail instellen op je telefoon",
      updatedAt: "2026-11-28T10:05:00.000Z",
    });
    let patches = 0;
    const fetch = stubKnowledgeBase({
      "GET /faqs/webmail-instellen": () => Response.json(article()),
      "PATCH /faqs/webmail-instellen": ({ body }) => {
        patches += 1;
        if (patches === 1 || patches === 2)
          return new Response(
            JSON.stringify({
              type: "https://helpdesk.invalid/problems/edit_conflict",
              title: "edit_conflict",
              status: 409,
              code: "edit_conflict",
              current: theirs,
              submitted: body,
            }),
            { status: 409, headers: { "content-type": "application/problem+json" } },
          );
        return Response.json(article({ ...(body as object), updatedAt: "2026-11-28T10:09:00.000Z" }));
      },
    });
    const { user } = renderApp("/agent/faqs/edit/webmail-instellen");
    const body = await screen.findByLabelText("Tekst (Markdown)", {}, { timeout: 10_000 });
    await user.clear(body);
    await user.type(body, "Open **Instellingen** en kies Webmail.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    const conflict = await screen.findByRole("region", {
      name: "Iemand anders heeft dit artikel intussen gewijzigd",
    });
    expect(within(conflict).getByRole("heading", { level: 2 })).toHaveFocus();
    expect(within(conflict).getByText("Webmail instellen op je telefoon")).toBeInTheDocument();
    expect(within(conflict).getByText("Open **Instellingen** en kies Webmail.")).toBeInTheDocument();
    expect(callsTo(fetch, "PATCH /faqs/webmail-instellen")[0]?.body).toMatchObject({
      expectedUpdatedAt: "2026-11-28T10:00:00.000Z",
    });

    // Keep theirs: the form shows their version; nothing was sent.
    await user.click(within(conflict).getByRole("button", { name: "Hun versie houden" }));
    expect(screen.getByLabelText("Titel")).toHaveValue("Webmail instellen op je telefoon");
    expect(callsTo(fetch, "PATCH /faqs/webmail-instellen")).toHaveLength(1);

    // Mine again, refused again, then deliberately over theirs with their version's time.
    await user.type(screen.getByLabelText("Trefwoorden"), ", mail");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await user.click(
      await screen.findByRole("button", { name: "Mijn versie opslaan over die van hen heen" }),
    );
    expect(await screen.findByText("Opgeslagen.", { selector: ".notice__text" })).toBeInTheDocument();
    const sent = callsTo(fetch, "PATCH /faqs/webmail-instellen").map(
      (call) => call.body as { expectedUpdatedAt: string },
    );
    expect(sent.map((patch) => patch.expectedUpdatedAt)).toEqual([
      "2026-11-28T10:00:00.000Z",
      "2026-11-28T10:05:00.000Z",
      "2026-11-28T10:05:00.000Z",
    ]);
  });

  it("the suggestion tester shows what a customer gets and why: matched words and the score", async () => {
    stubKnowledgeBase({
      "GET /faqs/suggestions": () =>
        Response.json({
          items: [
            {
              id: "0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b",
              slug: "webmail-instellen",
              title: "Webmail instellen",
              url: "http://localhost/faq/webmail-instellen",
              language: "nl",
              translationOf: null,
              snippet: "Open de webmail op je telefoon.",
              highlights: [
                { start: 8, end: 15 },
                { start: 22, end: 30 },
              ],
              score: 0.734,
            },
          ],
        }),
    });
    const { user } = renderApp("/agent/faqs");
    await user.type(
      await screen.findByLabelText("Wat typt de klant?", {}, { timeout: 10_000 }),
      "webmail telefoon lukt niet",
    );
    const tester = screen.getByRole("region", { name: "Test de suggesties" });
    expect(await within(tester).findByText("Score 73 van 100")).toBeInTheDocument();
    expect(within(tester).getByText(/webmail, telefoon/)).toBeInTheDocument();
    expect(within(tester).getByText("webmail", { selector: "mark" })).toBeInTheDocument();
  });

  it("orders categories with keyboard buttons and renames one; the slug stays", async () => {
    const fetch = stubKnowledgeBase({
      "PUT /faq-category-order": ({ body }) =>
        Response.json({
          items: (body as { slugs: string[] }).slugs.map((slug) =>
            categories.items.find((item) => item.slug === slug),
          ),
        }),
      "PATCH /faq-categories/e-mail": ({ body }) => Response.json({ slug: "e-mail", ...(body as object) }),
    });
    const { user } = renderApp("/agent/faqs/categories");
    await user.click(await screen.findByRole("button", { name: /^Omhoog\W+E-mail$/ }, { timeout: 10_000 }));
    await waitFor(() =>
      expect(callsTo(fetch, "PUT /faq-category-order").map((call) => call.body)).toEqual([
        { slugs: ["e-mail", "opzeggen", "facturen"] },
      ]),
    );
    await waitFor(() => expect(screen.getAllByRole("row")[1]).toHaveTextContent("E-mail"));
    // The first one cannot go further up: nothing is sent.
    await user.click(screen.getByRole("button", { name: /^Omhoog\W+E-mail$/ }));
    expect(callsTo(fetch, "PUT /faq-category-order")).toHaveLength(1);

    const name = screen.getByLabelText("Naam van E-mail");
    await user.clear(name);
    await user.type(name, "E-mail en webmail");
    await user.click(screen.getByRole("button", { name: /^Naam opslaan\W+E-mail$/ }));
    await waitFor(() =>
      expect(callsTo(fetch, "PATCH /faq-categories/e-mail").map((call) => call.body)).toEqual([
        { name: "E-mail en webmail" },
      ]),
    );
  });
});
