import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { sampleSla } from "../../../../test/ticket-fixtures.ts";

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
const requester = {
  customerId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  name: "Gerda Gast",
  email: "gerda@example.test",
  verified: false,
};

const summary = {
  view: "staff",
  id: ticketId,
  number: "#483920",
  subject: "Mijn e-mail werkt niet",
  status: "new",
  category: "technical",
  priority: "normal",
  requester,
  assignee: null,
  sla: sampleSla,
  snoozedUntil: null,
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T09:00:00.000Z",
};

/** The API for one ticket whose FAQ suggestions are always `suggestion`. */
const ticketWithSuggestion = (suggestion: Record<string, unknown>) => ({
  "POST /auth/refresh": () => sessionFor(agent),
  [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket()),
  [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [], nextCursor: null }),
  "GET /faqs/suggestions": () => Response.json({ items: [suggestion] }),
});

function staffTicket(assignee: { id: string; name: string } | null = null, extra: unknown[] = []) {
  return {
    ...summary,
    details: { kind: "problem", affectedService: "voorbeeld.nl" },
    billing: { billableMinutes: 0, billedBlocks: 0 },
    followUpOf: null,
    mergedInto: null,
    channel: "web",
    assignee,
    createdBy: null,
    serviceId: null,
    attachments: [],
    messages: [
      {
        id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        author: { type: "customer", id: requester.customerId, name: "Gerda Gast" },
        body: "Er komt geen mail binnen.",
        internal: false,
        createdAt: "2026-11-23T09:00:00.000Z",
        attachments: [],
      },
      {
        id: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
        author: { type: "staff", id: agent.id, name: "Sanne Bakker" },
        body: "Mailbox lijkt vol.",
        internal: true,
        createdAt: "2026-11-23T09:30:00.000Z",
        attachments: [],
      },
      ...extra,
    ],
  };
}

/** The API's record of the requester's erasure by `erasedBy`. */
const erasureRecord = (erasedBy: { id: string; name: string }) => ({
  customerId: requester.customerId,
  erasedAt: "2026-11-28T08:00:00.000Z",
  erasedBy: { id: erasedBy.id, name: erasedBy.name },
  reason: "Verzoek van de klant in ticket #483920",
  counts: {
    tickets: 2,
    messages: 5,
    events: 3,
    attachments: 1,
    services: 1,
    queuedEmails: 0,
    emailOriginals: 0,
  },
});

const queryOf = (url: unknown) => new URL(String(url), "http://localhost").searchParams;

describe("agent workspace", () => {
  it("shows the queue of all open tickets, flags unverified requesters, and switches views and filters through the API's query", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      "GET /tickets": () => Response.json({ items: [summary], nextCursor: null }),
    });
    const { user, router } = renderApp("/agent");

    // The first test to load the workspace's lazy chunk waits for its cold import.
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Wachtrij: Alle open tickets" },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const row = (await screen.findByRole("link", { name: "#483920 Mijn e-mail werkt niet" })).closest("tr");
    expect(row).toHaveTextContent("e-mail niet bevestigd");
    expect(row).toHaveTextContent("Nieuw");
    const lists = () => fetch.mock.calls.filter(([url]) => String(url).startsWith("/api/v1/tickets?"));
    expect(queryOf(lists()[0]?.[0]).get("status")).toBe("new,open,pending,on_hold");

    await user.click(screen.getByRole("link", { name: "Niet toegewezen" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Wachtrij: Niet toegewezen" }),
    ).toBeInTheDocument();
    expect(queryOf(lists().at(-1)?.[0]).get("assignee")).toBe("none");

    await user.click(screen.getByLabelText("Alleen e-mailadres niet bevestigd"));
    await user.selectOptions(screen.getByLabelText("Categorie"), "technical");
    await user.type(screen.getByRole("searchbox", { name: "Zoeken" }), "mailbox{Enter}");
    await screen.findByRole("link", { name: "#483920 Mijn e-mail werkt niet" });
    const last = queryOf(lists().at(-1)?.[0]);
    expect(Object.fromEntries(last)).toMatchObject({
      assignee: "none",
      verified: "false",
      category: "technical",
      q: "mailbox",
    });
    expect(router.state.location.search).toContain("q=mailbox");
  });

  it("shows a ticket with internal notes set apart, takes it over, and adds an internal note", async () => {
    let assigned = false;
    const note = {
      id: "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f",
      author: { type: "staff", id: agent.id, name: "Sanne Bakker" },
      body: "Klant gebeld, morgen controleren.",
      internal: true,
      createdAt: "2026-11-23T10:00:00.000Z",
      attachments: [],
    };
    let noted = false;
    const me = { id: agent.id, name: agent.name };
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () =>
        Response.json(staffTicket(assigned ? me : null, noted ? [note] : [])),
      [`PATCH /tickets/${ticketId}`]: () => {
        assigned = true;
        return Response.json(staffTicket(me));
      },
      [`GET /tickets/${ticketId}/events`]: () =>
        Response.json({
          items: [
            {
              id: "d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f80",
              type: "created",
              actor: { type: "guest", id: null, name: null, apiToken: false },
              before: null,
              after: { status: "new" },
              createdAt: "2026-11-23T09:00:00.000Z",
            },
            {
              id: "e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091",
              type: "status_changed",
              actor: { type: "staff", id: agent.id, name: agent.name, apiToken: false },
              before: "new",
              after: "pending",
              createdAt: "2026-11-23T09:10:00.000Z",
            },
            {
              id: "f6a7b8c9-d0e1-4f2a-9b3c-5d6e7f809102",
              type: "assignee_changed",
              actor: { type: "staff", id: agent.id, name: agent.name, apiToken: false },
              before: null,
              after: { id: agent.id, name: agent.name },
              createdAt: "2026-11-23T09:11:00.000Z",
            },
            {
              id: "a7b8c9d0-e1f2-4a3b-8c4d-6e7f80910213",
              type: "sla_breached",
              actor: { type: "system", id: null, name: null, apiToken: false },
              before: null,
              after: { target: "first_response", dueAt: "2026-11-23T10:00:00.000Z" },
              createdAt: "2026-11-23T10:00:00.000Z",
            },
          ],
        }),
      // A support agent gets the support view: contact and technical data, no address, IBAN or birth date.
      [`GET /customers/${requester.customerId}`]: () =>
        Response.json({
          view: "support",
          id: requester.customerId,
          email: requester.email,
          name: requester.name,
          phone: "+31 20 123 4567",
          language: "nl",
          emailVerified: false,
          services: [
            {
              id: "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d",
              kind: "hosting",
              name: "voorbeeld.nl",
              serviceLevel: "standard",
              billingPeriod: "yearly",
            },
          ],
        }),
      "GET /staff/assignable": () =>
        Response.json({ items: [{ id: agent.id, name: agent.name, role: "agent" }] }),
      [`POST /tickets/${ticketId}/messages`]: () => {
        noted = true;
        return Response.json({ message: note, followUp: null }, { status: 201 });
      },
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" }),
    ).toBeInTheDocument();
    const [customerMessage, internalNote] = screen.getAllByTestId("thread-message");
    expect(customerMessage).toHaveClass("message--customer");
    expect(internalNote).toHaveClass("message--internal");
    expect(within(internalNote as HTMLElement).getByText("Interne notitie")).toBeInTheDocument();
    expect(screen.getByText(/Niet bevestigd/)).toBeInTheDocument();
    expect(screen.getByText("Iets werkt niet goed")).toBeInTheDocument();
    // The history in words: no stored codes.
    const history = screen.getByRole("region", { name: "Geschiedenis" });
    expect(await within(history).findByText("Ticket aangemaakt")).toBeInTheDocument();
    expect(within(history).getByText("Status: Nieuw → Wacht op klant")).toBeInTheDocument();
    expect(within(history).getByText("Behandelaar: — → Sanne Bakker")).toBeInTheDocument();
    expect(within(history).getByText("Termijn gemist: Eerste reactie")).toBeInTheDocument();
    expect(history).not.toHaveTextContent(/status_changed|assignee_changed|sla_breached|first_response/);
    const customerData = await screen.findByTestId("customer-panel");
    expect(customerData).toHaveTextContent("+31 20 123 4567");
    expect(customerData).toHaveTextContent("voorbeeld.nl (hosting, Standaard, per jaar)");
    expect(customerData).toHaveTextContent("Nederlands");
    expect(customerData).not.toHaveTextContent("IBAN");

    const assignee = screen.getByRole("combobox", { name: "Behandelaar" });
    expect(assignee).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Neem over" }));
    await waitFor(() => expect(assignee).toHaveValue(agent.id));
    expect(within(assignee).getByRole("option", { selected: true })).toHaveTextContent("Ik (Sanne Bakker)");
    expect(screen.queryByRole("button", { name: "Neem over" })).not.toBeInTheDocument();
    // Sent with the version on screen: a stale page gets a conflict instead of overwriting.
    expect(callsTo(fetch, `PATCH /tickets/${ticketId}`).map((call) => call.body)).toEqual([
      { assigneeId: agent.id, expectedUpdatedAt: "2026-11-23T09:00:00.000Z" },
    ]);

    await user.click(screen.getByRole("radio", { name: "Interne notitie (alleen voor medewerkers)" }));
    await user.type(screen.getByLabelText("Je notitie"), "Klant gebeld, morgen controleren.");
    await user.click(screen.getByRole("button", { name: "Versturen" }));

    expect(
      await screen.findByText("Klant gebeld, morgen controleren.", { selector: ".message__body span" }),
    ).toBeInTheDocument();
    expect(callsTo(fetch, `POST /tickets/${ticketId}/messages`).map((call) => call.body)).toEqual([
      // With the newest message seen when the note was started: a crossing one is refused (409).
      {
        body: "Klant gebeld, morgen controleren.",
        internal: true,
        expectedLastMessageId: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
      },
    ]);
  });

  it("shows customer service the private fields, names the screen for the access log, and lists who saw them", async () => {
    const colleague = {
      ...agent,
      id: "26fd2706-8baf-433b-82eb-8c7fada847db",
      role: "customer_service" as const,
    };
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(colleague),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket()),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [] }),
      "GET /staff/assignable": () => Response.json({ items: [] }),
      [`GET /customers/${requester.customerId}`]: () =>
        Response.json({
          view: "full",
          id: requester.customerId,
          email: requester.email,
          name: requester.name,
          phone: null,
          language: "nl",
          emailVerified: true,
          services: [],
          postalAddress: "Kerkstraat 1, 1234 AB Utrecht",
          iban: "NL91ABNA0417164300",
          dateOfBirth: "1980-02-29",
        }),
      [`GET /customers/${requester.customerId}/private-data-access`]: () =>
        Response.json({
          items: [
            {
              id: "e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091",
              at: "2026-11-27T14:05:00.000Z",
              staff: { id: colleague.id, name: "Bea Boekhouding", role: "billing" },
              customerId: requester.customerId,
              fields: ["postalAddress", "iban", "dateOfBirth"],
              source: "GET /customers/{id}",
              screen: "agent-ticket",
            },
          ],
          nextCursor: null,
        }),
      [`POST /customers/${requester.customerId}/erasure`]: () => Response.json(erasureRecord(colleague)),
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);

    const customerData = await screen.findByTestId("customer-panel");
    expect(customerData).toHaveTextContent("NL91ABNA0417164300");
    expect(customerData).toHaveTextContent("29 februari 1980");
    const [customerCall] = callsTo(fetch, `GET /customers/${requester.customerId}`);
    expect(customerCall?.headers.get("X-Helpdesk-Screen")).toBe("agent-ticket");
    // Folded away, and not loaded, until asked for.
    expect(callsTo(fetch, `GET /customers/${requester.customerId}/private-data-access`)).toHaveLength(0);

    await user.click(screen.getByText("Inzage in privégegevens"));
    const log = await screen.findByTestId("private-data-access-log");
    expect(log).toHaveTextContent("Bea Boekhouding (facturatie)");
    expect(log).toHaveTextContent("Ticket");

    // Erasing: a reason is required, then one request, and the outcome is said.
    await user.click(screen.getByText("Klant wissen (AVG)"));
    await user.click(screen.getByRole("button", { name: "Definitief wissen" }));
    expect(await screen.findByText("Vul dit veld in.", { exact: false })).toBeInTheDocument();
    expect(callsTo(fetch, `POST /customers/${requester.customerId}/erasure`)).toHaveLength(0);
    await user.type(screen.getByLabelText("Reden"), "Verzoek van de klant in ticket #483920");
    await user.click(screen.getByRole("button", { name: "Definitief wissen" }));
    const panel = screen.getByRole("region", { name: "Klantgegevens" });
    expect(
      await within(panel).findByText(/Klant gewist: 2 tickets opgeschoond, 1 bijlagen verwijderd/),
    ).toBeInTheDocument();
    expect(
      callsTo(fetch, `POST /customers/${requester.customerId}/erasure`).map((call) => call.body),
    ).toEqual([{ reason: "Verzoek van de klant in ticket #483920" }]);
  });

  it("offers no second erasure of a customer erased already, and says when and why it was done", async () => {
    const colleague = { ...agent, id: "26fd2706-8baf-433b-82eb-8c7fada847db", role: "admin" as const };
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(colleague),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket()),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [] }),
      "GET /staff/assignable": () => Response.json({ items: [] }),
      [`GET /customers/${requester.customerId}`]: () =>
        Response.json({
          view: "full",
          id: requester.customerId,
          email: `gewist-${requester.customerId}@invalid`,
          name: "Gewiste klant",
          phone: null,
          language: "nl",
          emailVerified: false,
          services: [],
          postalAddress: null,
          iban: null,
          dateOfBirth: null,
        }),
      [`GET /customers/${requester.customerId}/erasure`]: () => Response.json(erasureRecord(colleague)),
    });
    renderApp(`/agent/tickets/${ticketId}`);

    const panel = await screen.findByRole("region", { name: "Klantgegevens" });
    expect(
      await within(panel).findByText(
        "Deze klant is gewist op 28 november 2026. Reden: Verzoek van de klant in ticket #483920",
      ),
    ).toBeInTheDocument();
    expect(within(panel).queryByText("Klant wissen (AVG)")).not.toBeInTheDocument();
  });

  it("searches the FAQ from the reply box and inserts the article's exact link at the cursor, without sending", async () => {
    const url = "https://support.example.test/faq/hoe-wijzig-ik-mijn-iban";
    const fetch = stubApi(
      "online",
      ticketWithSuggestion({
        id: "e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091",
        slug: "hoe-wijzig-ik-mijn-iban",
        title: "Hoe wijzig ik mijn IBAN?",
        url,
        language: "nl",
        translationOf: null,
        snippet: "Via Mijn Account.",
        highlights: [],
        score: 0.8,
      }),
    );
    const { user } = renderApp(`/agent/tickets/${ticketId}`);

    const reply = await screen.findByLabelText("Je antwoord");
    await user.type(reply, "Beste Gerda,");
    const picker = screen.getByRole("group", { name: "FAQ-link invoegen" });
    await user.type(
      within(picker).getByRole("searchbox", { name: "Zoek in de veelgestelde vragen" }),
      "iban wijzigen{Enter}",
    );
    const insert = await within(picker).findByRole("button", {
      name: "Link naar „Hoe wijzig ik mijn IBAN?” invoegen",
    });
    await user.click(insert);

    expect(reply).toHaveValue(`Beste Gerda,\n[Hoe wijzig ik mijn IBAN?](${url})`);
    await waitFor(() => expect(reply).toHaveFocus());
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "Link naar „Hoe wijzig ik mijn IBAN?” ingevoegd",
    );
    // Enter in the search box did not send the reply.
    expect(callsTo(fetch, `POST /tickets/${ticketId}/messages`)).toHaveLength(0);
  });

  it("starts the FAQ link picker with the suggestions for the customer's message, until the agent searches", async () => {
    const fetch = stubApi(
      "online",
      ticketWithSuggestion({
        id: "f6a7b8c9-d0e1-4f2a-8b3c-5d6e7f809102",
        slug: "how-do-i-report-an-outage-or-a-problem",
        title: "How do I report an outage or a problem?",
        url: "https://support.example.test/faq/how-do-i-report-an-outage-or-a-problem",
        language: "en",
        translationOf: "hoe-meld-ik-een-storing-of-probleem",
        snippet: "If you have a question or want to report a problem, you can create a ticket.",
        highlights: [{ start: 46, end: 53 }],
        score: 0.7,
      }),
    );
    renderApp(`/agent/tickets/${ticketId}`);

    const picker = await screen.findByRole("group", { name: "FAQ-link invoegen" });
    const suggested = await within(picker).findByRole("list", {
      name: "Voorgesteld bij het bericht van de klant",
    });
    expect(within(suggested).getByText("How do I report an outage or a problem?")).toHaveAttribute(
      "lang",
      "en",
    );
    expect(within(picker).getByRole("searchbox")).toHaveValue("");
    // Asked with the subject and the customer's message, not with the internal note.
    const asked = fetch.mock.calls
      .map(([input]) => new URL(String(input), "http://localhost"))
      .filter((url) => url.pathname.endsWith("/faqs/suggestions"))
      .map((url) => url.searchParams.get("q"));
    expect(asked[0]).toBe(`${summary.subject} Er komt geen mail binnen.`);
  });

  it("shows the customer's rating of a solved ticket with the comment and the review clicks", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () => Response.json({ ...staffTicket(), status: "solved" }),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [] }),
      [`GET /tickets/${ticketId}/rating`]: () =>
        Response.json({
          ticketNumber: summary.number,
          rating: {
            score: "bad",
            comment: "Het duurde drie dagen.",
            ratedAt: "2026-11-24T09:00:00.000Z",
            changeableUntil: "2026-12-01T09:00:00.000Z",
            reviewToken: null,
            reviewClicks: 0,
          },
        }),
    });
    renderApp(`/agent/tickets/${ticketId}`);
    // The workspace is a lazy chunk: the first import of a run takes a while.
    const panel = await screen.findByTestId("staff-rating", {}, { timeout: 10_000 });
    await within(panel).findByText("Slecht");
    expect(panel).toHaveTextContent("Beoordeling door de klant");
    expect(panel).toHaveTextContent("Toelichting: Het duurde drie dagen.");
    expect(panel).not.toHaveTextContent("Reviewlink gevolgd");
  });

  it("assigns the ticket to a colleague, and back to nobody, from the assignee field", async () => {
    const colleague = { id: "9b2f4c1e-6a3d-4e8f-b7c5-1d2e3f4a5b6c", name: "Robin Support" };
    let assignee: { id: string; name: string } | null = null;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket(assignee)),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [] }),
      "GET /staff/assignable": () =>
        Response.json({
          items: [
            { id: agent.id, name: agent.name, role: "agent" },
            { ...colleague, role: "billing" },
          ],
        }),
      [`PATCH /tickets/${ticketId}`]: ({ body }) => {
        const { assigneeId } = body as { assigneeId: string | null };
        assignee = assigneeId === colleague.id ? colleague : null;
        return Response.json(staffTicket(assignee));
      },
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);

    const field = await screen.findByRole("combobox", { name: "Behandelaar" });
    await within(field).findByRole("option", { name: "Robin Support (facturatie)" });
    expect(
      within(field)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Niemand", "Ik (Sanne Bakker)", "Robin Support (facturatie)"]);

    await user.selectOptions(field, "Robin Support (facturatie)");
    await waitFor(() => expect(field).toHaveValue(colleague.id));
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "De ticket is toegewezen aan Robin Support (facturatie).",
    );
    await user.selectOptions(field, "Niemand");
    await waitFor(() => expect(field).toHaveValue(""));
    expect(callsTo(fetch, `PATCH /tickets/${ticketId}`).map((call) => call.body)).toEqual([
      { assigneeId: colleague.id, expectedUpdatedAt: "2026-11-23T09:00:00.000Z" },
      { assigneeId: null, expectedUpdatedAt: "2026-11-23T09:00:00.000Z" },
    ]);
  });
  it("shows under an e-mailed message what was noted about it, and the whole e-mail as received once opened", async () => {
    const messageId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    const originalId = "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f";
    const raw =
      "From: Gerda Gast <gerda@example.test>\r\nSubject: Geen mail\r\n\r\nEr komt geen mail binnen.\r\n\r\nOp 22 nov schreef het team:\r\n> Eerder antwoord\r\n";
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${ticketId}`]: () => Response.json(staffTicket()),
      [`GET /tickets/${ticketId}/events`]: () => Response.json({ items: [], nextCursor: null }),
      [`GET /tickets/${ticketId}/email-originals`]: () =>
        Response.json([
          {
            id: originalId,
            messageId,
            notes: ["Versleuteld deel bewaard (smime.p7m)"],
            receivedAt: "2026-11-23T09:00:00.000Z",
          },
        ]),
      [`GET /tickets/${ticketId}/email-originals/${originalId}`]: () =>
        new Response(raw, { headers: { "content-type": "message/rfc822" } }),
    });
    const { user } = renderApp(`/agent/tickets/${ticketId}`);

    const [customerMessage, internalNote] = await screen.findAllByTestId("thread-message");
    const emailed = within(customerMessage as HTMLElement);
    expect(await emailed.findByText("Versleuteld deel bewaard (smime.p7m)")).toBeInTheDocument();
    expect(
      within(internalNote as HTMLElement).queryByText("Originele e-mail bekijken"),
    ).not.toBeInTheDocument();
    // Fetched only when opened.
    expect(callsTo(fetch, `GET /tickets/${ticketId}/email-originals/${originalId}`)).toHaveLength(0);
    await user.click(emailed.getByText("Originele e-mail bekijken"));
    const source = await emailed.findByRole("region", { name: "Originele e-mail zoals ontvangen" });
    expect(source).toHaveTextContent("Op 22 nov schreef het team:");
    expect(source).toHaveTextContent("> Eerder antwoord");
    expect(emailed.getByRole("button", { name: "Originele e-mail downloaden (.eml)" })).toBeInTheDocument();
  });

  it("shows who else is on the ticket and typing, and holds a reply back when another crossed it", async () => {
    const colleague = { staffId: "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a", name: "Bram Collega" };
    let typing = false;
    const presence = () => Response.json({ viewers: [{ ...colleague, typing }] });
    const fetch = stubApi("online", {
      ...ticketWithSuggestion({}),
      "GET /faqs/suggestions": () => Response.json({ items: [] }),
      [`GET /tickets/${ticketId}/presence`]: presence,
      [`PUT /tickets/${ticketId}/presence`]: presence,
      [`DELETE /tickets/${ticketId}/presence`]: () => new Response(null, { status: 204 }),
      [`POST /tickets/${ticketId}/messages`]: () =>
        problem(409, "reply_crossed", "Read the new message first, then send your reply again"),
    });
    const { user, queryClient } = renderApp(`/agent/tickets/${ticketId}`);

    const present = await screen.findByText("Bram Collega bekijkt deze ticket");
    expect(present.closest("[role=status]")).toBeInTheDocument();
    // This tab says it is here, and that it is typing once keys are pressed.
    await waitFor(() => expect(callsTo(fetch, `PUT /tickets/${ticketId}/presence`)).not.toHaveLength(0));
    expect(callsTo(fetch, `PUT /tickets/${ticketId}/presence`)[0]?.body).toEqual({ typing: false });
    await user.type(await screen.findByLabelText("Je antwoord"), "Beste Gerda");
    await waitFor(() =>
      expect(callsTo(fetch, `PUT /tickets/${ticketId}/presence`).at(-1)?.body).toEqual({ typing: true }),
    );
    typing = true;
    await queryClient.invalidateQueries({ queryKey: ["presence", ticketId] });
    expect(await screen.findByText("Bram Collega typt een antwoord…")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Versturen" }));
    expect(await screen.findByText(/Lees het eerst; je antwoord staat nog klaar/)).toBeInTheDocument();
    expect(screen.getByLabelText("Je antwoord")).toHaveValue("Beste Gerda");
    expect(callsTo(fetch, `POST /tickets/${ticketId}/messages`)[0]?.body).toMatchObject({
      expectedLastMessageId: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
    });
  });
});
