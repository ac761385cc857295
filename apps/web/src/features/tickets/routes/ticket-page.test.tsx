import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { callsTo, customer, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { customerTicketView } from "../../../../test/ticket-fixtures.ts";

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
const attachment = {
  id: "0c7d9e2f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
  fileName: "factuur.pdf",
  contentType: "application/pdf",
  size: 24_576,
  createdAt: "2026-11-23T09:05:00.000Z",
};

function customerTicket(status = "pending", extraMessages: unknown[] = []) {
  return {
    ...customerTicketView(ticketId, status),
    messages: [
      {
        id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        author: { type: "customer", name: "Anne de Vries" },
        body: "Sinds vanochtend komt er geen mail binnen.",
        createdAt: "2026-11-23T09:00:00.000Z",
        attachments: [attachment],
      },
      {
        id: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
        author: { type: "team", name: "Team Support" },
        body: "Kun je controleren of je mailbox vol is?",
        createdAt: "2026-11-23T10:00:00.000Z",
        attachments: [],
      },
      ...extraMessages,
    ],
  };
}

describe("a customer's ticket (/tickets/:id)", () => {
  it("shows the thread with staff replies as the team, never a person", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(customerTicket()),
    });
    renderApp(`/tickets/${ticketId}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Ticket #483920 · Support Center");
    expect(screen.getByText("Wacht op jouw reactie")).toBeInTheDocument();
    const messages = screen.getAllByTestId("thread-message");
    expect(messages).toHaveLength(2);
    expect(within(messages[0] as HTMLElement).getByText("Jij")).toBeInTheDocument();
    expect(
      within(messages[0] as HTMLElement).getByRole("button", { name: /factuur.pdf downloaden \(24 kB\)/ }),
    ).toBeInTheDocument();
    expect(within(messages[1] as HTMLElement).getByText("Team Support")).toBeInTheDocument();
    expect(messages[1]).toHaveTextContent("Kun je controleren of je mailbox vol is?");
    // Waiting on the customer: they may reopen it or close it.
    expect(screen.getByRole("button", { name: "Ticket heropenen" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ticket sluiten" })).toBeInTheDocument();
  });

  it("states the promise of the service level: usually within, or guaranteed, with the time", async () => {
    const waiting = {
      ...customerTicket("open"),
      expectedResponseBy: "2026-11-24T09:00:00.000Z",
      responseTarget: { minutes: 480, clock: "business" },
    };
    let guaranteed = false;
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () =>
        Response.json(
          guaranteed ? { ...waiting, serviceLevel: "premium", responseGuaranteed: true } : waiting,
        ),
    });
    const first = renderApp(`/tickets/${ticketId}`);
    expect(
      await screen.findByText(
        "We reageren doorgaans binnen 1 werkdag, uiterlijk dinsdag 24 november om 10:00.",
      ),
    ).toBeInTheDocument();
    // A label, never the internal code.
    expect(screen.getByText("Serviceniveau: Best Effort")).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent("best_effort");
    first.unmount();

    guaranteed = true;
    renderApp(`/tickets/${ticketId}`);
    expect(
      await screen.findByText("Gegarandeerde reactie uiterlijk dinsdag 24 november om 10:00."),
    ).toBeInTheDocument();
    expect(screen.getByText("Serviceniveau: Premium")).toBeInTheDocument();
  });

  it("states no time while the ticket waits on the customer", async () => {
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(customerTicket()),
    });
    renderApp(`/tickets/${ticketId}`);
    expect(await screen.findByText("Serviceniveau: Best Effort")).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent("uiterlijk");
  });

  it("posts a reply, says it was sent, and shows it in the thread", async () => {
    let replied = false;
    const reply = {
      id: "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f",
      author: { type: "customer", name: "Anne de Vries" },
      body: "De mailbox was vol, nu werkt het weer.",
      createdAt: "2026-11-23T11:00:00.000Z",
      attachments: [],
    };
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () =>
        Response.json(replied ? customerTicket("open", [reply]) : customerTicket()),
      [`POST /tickets/${ticketId}/messages`]: () => {
        replied = true;
        return Response.json({ message: reply, followUp: null }, { status: 201 });
      },
    });
    const { user } = renderApp(`/tickets/${ticketId}`);
    await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" });

    await user.type(screen.getByLabelText("Je reactie"), "De mailbox was vol, nu werkt het weer.");
    await user.click(screen.getByRole("button", { name: "Reactie versturen" }));

    expect(
      await screen.findByText("De mailbox was vol, nu werkt het weer.", { selector: ".message__body" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("announcer")).toHaveTextContent("Je reactie is verstuurd.");
    expect(screen.getByLabelText("Je reactie")).toHaveValue("");
    expect(screen.getByText("In behandeling")).toBeInTheDocument();
    const posts = callsTo(fetch, `POST /tickets/${ticketId}/messages`);
    expect(posts.map((post) => post.body)).toEqual([
      { body: "De mailbox was vol, nu werkt het weer.", internal: false },
    ]);
  });

  it("uploads a chosen file at once and sends the reply with its token, in one call", async () => {
    vi.stubGlobal("XMLHttpRequest", undefined);
    const token = "E".repeat(43);
    const reply = {
      id: "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f",
      author: { type: "customer", name: "Anne de Vries" },
      body: "Hierbij de schermafdruk.",
      createdAt: "2026-11-23T11:00:00.000Z",
      attachments: [{ ...attachment, id: "1d8e0f3a-2b4c-4d6e-9f7a-8b9c0d1e2f3a", fileName: "fout.png" }],
    };
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(customerTicket()),
      "POST /uploads": () =>
        Response.json(
          {
            token,
            name: "fout.png",
            size: 68,
            contentType: "image/png",
            expiresAt: "2026-11-24T11:00:00.000Z",
          },
          { status: 201 },
        ),
      [`POST /tickets/${ticketId}/messages`]: () =>
        Response.json({ message: reply, followUp: null }, { status: 201 }),
    });
    const { user } = renderApp(`/tickets/${ticketId}`);
    await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" });

    await user.type(screen.getByLabelText("Je reactie"), "Hierbij de schermafdruk.");
    await user.upload(
      screen.getByLabelText("Bestanden toevoegen (optioneel)"),
      new File(["png"], "fout.png", { type: "image/png" }),
    );
    await within(screen.getByRole("list", { name: "Gekozen bestanden" })).findByText(
      "fout.png is toegevoegd.",
    );
    await user.click(screen.getByRole("button", { name: "Reactie versturen" }));

    await within(screen.getByTestId("announcer")).findByText("Je reactie is verstuurd.");
    expect(callsTo(fetch, `POST /tickets/${ticketId}/messages`).map((post) => post.body)).toEqual([
      { body: "Hierbij de schermafdruk.", internal: false, attachments: [token] },
    ]);
    // Sent: the list is empty again, for the next reply.
    expect(screen.queryByRole("list", { name: "Gekozen bestanden" })).not.toBeInTheDocument();
  });

  it("refuses an empty reply at the field, without asking the API", async () => {
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(customerTicket()),
    });
    const { user } = renderApp(`/tickets/${ticketId}`);
    await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" });

    await user.click(screen.getByRole("button", { name: "Reactie versturen" }));

    expect(screen.getByLabelText("Je reactie")).toHaveAccessibleDescription("Vul dit veld in.");
    expect(screen.getByLabelText("Je reactie")).toHaveFocus();
    expect(callsTo(fetch, `POST /tickets/${ticketId}/messages`)).toEqual([]);
  });

  it("a reply to a closed ticket starts a follow-up, with a link to it", async () => {
    const followUpId = "d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f80";
    stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /tickets/${ticketId}`]: () => Response.json(customerTicket("closed")),
      [`POST /tickets/${ticketId}/messages`]: () =>
        Response.json(
          {
            message: {
              id: "e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091",
              author: { type: "customer", name: "Anne de Vries" },
              body: "Het is weer mis.",
              createdAt: "2026-11-24T08:00:00.000Z",
              attachments: [],
            },
            followUp: { id: followUpId, number: "#771204" },
          },
          { status: 201 },
        ),
    });
    const { user } = renderApp(`/tickets/${ticketId}`);
    await screen.findByRole("heading", { level: 1, name: "Mijn e-mail werkt niet" });
    expect(screen.getByText(/Deze ticket is gesloten/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ticket sluiten" })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Je reactie"), "Het is weer mis.");
    await user.click(screen.getByRole("button", { name: "Reactie versturen" }));

    expect(await screen.findByText(/Je reactie is een nieuw ticket geworden: #771204/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Naar ticket #771204" })).toHaveAttribute(
      "href",
      `/tickets/${followUpId}`,
    );
  });
});
