import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, customer, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { customerTicketView } from "../../../../test/ticket-fixtures.ts";

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
const token = `${ticketId}.good.0f6c2a4e-5b1d-4c3e-8f7a-9b0c1d2e3f40.1893456000.c2lnbmF0dXJl`;
const ratingPath = `/tickets/${ticketId}/rating/link`;

const state = (score: "good" | "bad", comment: string | null = null) => ({
  ticketNumber: "#483920",
  rating: {
    score,
    comment,
    ratedAt: "2026-11-28T10:00:00.000Z",
    changeableUntil: "2026-12-05T10:00:00.000Z",
    reviewToken: score === "good" ? `${ticketId}.cmV2aWV3` : null,
    reviewClicks: null,
  },
});

describe("the solved e-mail's rating link (/tickets/:id/beoordelen#token=…)", () => {
  it("rates with one POST, thanks, offers the review link through our redirect, and takes a comment", async () => {
    const fetch = stubApi("online", {
      [`POST ${ratingPath}`]: () => Response.json(state("good")),
      [`PATCH ${ratingPath}`]: ({ body }) =>
        Response.json(state("good", (body as { comment: string }).comment)),
    });
    const { user } = renderApp(`/tickets/${ticketId}/beoordelen#token=${token}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Bedankt voor je beoordeling" }),
    ).toBeTruthy();
    expect(screen.getByText(/Je beoordeling voor ticket #483920 is opgeslagen/)).toBeTruthy();
    const review = screen.getByRole("link", { name: /Schrijf een review/ });
    expect(review.getAttribute("href")).toBe(
      `/api/v1/ticket-ratings/review?token=${encodeURIComponent(`${ticketId}.cmV2aWV3`)}`,
    );
    expect(callsTo(fetch, `POST ${ratingPath}`).map((call) => call.body)).toEqual([{ token }]);

    await user.type(screen.getByLabelText("Wil je er iets over vertellen? (optioneel)"), "Top geholpen");
    await user.click(screen.getByRole("button", { name: "Toelichting versturen" }));
    expect(await screen.findByText("Bedankt, je toelichting is opgeslagen.")).toBeTruthy();
    expect(callsTo(fetch, `PATCH ${ratingPath}`).map((call) => call.body)).toEqual([
      { token, comment: "Top geholpen" },
    ]);
    expect(callsTo(fetch, `POST ${ratingPath}`)).toHaveLength(1);
  });

  it("a bad rating offers no review link", async () => {
    stubApi("online", { [`POST ${ratingPath}`]: () => Response.json(state("bad")) });
    renderApp(`/tickets/${ticketId}/beoordelen#token=${token}`);
    expect(await screen.findByText(/ons team kijkt ernaar/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Schrijf een review/ })).toBeNull();
  });

  it.each([
    [404, "rating_link_invalid", "Deze beoordelingslink werkt niet"],
    [410, "rating_link_expired", "Deze beoordelingslink is verlopen"],
    [409, "rating_link_used", "Deze link is al gebruikt"],
    [409, "rating_locked", "Je beoordeling staat vast"],
    [409, "ticket_not_solved", "Dit ticket is weer in behandeling"],
    [500, "internal_error", "Je beoordeling is niet opgeslagen"],
  ])("answers %i %s with a page that says so in Dutch", async (status, code, title) => {
    stubApi("online", { [`POST ${ratingPath}`]: () => problem(status, code) });
    renderApp(`/tickets/${ticketId}/beoordelen#token=${token}`);
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
  });

  it("a link without its token asks nothing and says it does not work", async () => {
    const fetch = stubApi("online");
    renderApp(`/tickets/${ticketId}/beoordelen`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Deze beoordelingslink werkt niet" }),
    ).toBeTruthy();
    expect(callsTo(fetch, `POST ${ratingPath}`)).toEqual([]);
  });
});

describe("rating on the customer's ticket page", () => {
  const ticket = (status: string) => customerTicketView(ticketId, status);

  it("a solved ticket asks for a rating; a choice is sent and thanked", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(ticket("solved")),
      [`GET /tickets/${ticketId}/rating`]: () => Response.json({ ticketNumber: "#483920", rating: null }),
      [`PUT /tickets/${ticketId}/rating`]: () => Response.json(state("bad")),
    });
    const { user } = renderApp(`/tickets/${ticketId}`);
    expect(
      await screen.findByRole("heading", { level: 2, name: "Hoe tevreden ben je over onze hulp?" }),
    ).toBeTruthy();
    await user.click(await screen.findByRole("button", { name: "Niet goed geholpen" }));
    expect(await screen.findByText(/ons team kijkt ernaar/)).toBeTruthy();
    expect(callsTo(fetch, `PUT /tickets/${ticketId}/rating`).map((call) => call.body)).toEqual([
      { score: "bad" },
    ]);
  });

  it("an open ticket asks nothing", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(ticket("pending")),
    });
    renderApp(`/tickets/${ticketId}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" })).toBeTruthy();
    expect(screen.queryByText("Hoe tevreden ben je over onze hulp?")).toBeNull();
    expect(callsTo(fetch, `GET /tickets/${ticketId}/rating`)).toEqual([]);
  });
});
