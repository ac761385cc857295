import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agent, callsTo, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";
import { sampleSla } from "../../../../test/ticket-fixtures.ts";

const sourceId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";
const targetId = "6e9f3b82-4d5c-4a7b-8f2e-3c8d9b0a1f24";
const splitId = "7fa04c93-5e6d-4b8c-9a3f-4d9e0c1b2a35";
const laterMessageId = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";
const requester = {
  customerId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  name: "Gerda Gast",
  email: "gerda@example.test",
  verified: true,
};

const message = (id: string, body: string, at: string) => ({
  id,
  author: { type: "customer", id: requester.customerId, name: "Gerda Gast" },
  body,
  internal: false,
  createdAt: at,
  attachments: [],
});

/** A staff view of one of Gerda's tickets; `messages` as the API holds them at that moment. */
function staffTicket(id: string, number: string, subject: string, status: string, messages: unknown[]) {
  return {
    view: "staff",
    id,
    number,
    subject,
    status,
    category: "technical",
    priority: "normal",
    channel: "web",
    details: { kind: "problem" },
    requester,
    assignee: null,
    createdBy: null,
    serviceId: null,
    followUpOf: null,
    sla: sampleSla,
    snoozedUntil: null,
    mergedInto: status === "closed" ? { id: targetId, number: "#100001" } : null,
    billing: { billableMinutes: 0, billedBlocks: 0 },
    attachments: [],
    messages,
    createdAt: "2026-11-23T09:00:00.000Z",
    updatedAt: "2026-11-23T09:00:00.000Z",
  };
}

const first = message(
  "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
  "Mijn website is traag.",
  "2026-11-23T09:00:00.000Z",
);
const later = message(laterMessageId, "En mijn mail doet het ook niet.", "2026-11-23T10:00:00.000Z");
const empty = () => Response.json({ items: [], nextCursor: null });

/**
 * What a live event does when it overtakes the API's answer: the page reloads the ticket as it is
 * after the change, and the answer comes only once `gone` has left the page.
 */
async function liveUpdateBeforeTheAnswer(app: ReturnType<typeof renderApp>, gone: () => unknown) {
  await app.queryClient.refetchQueries();
  await waitFor(() => expect(gone()).toBeNull());
}

describe("merging and splitting on the agent's ticket page", () => {
  it("moves to the ticket merged into, although the merge closes the ticket the panel sits on", async () => {
    let merged = false;
    const source = () =>
      staffTicket(sourceId, "#100002", "Site laadt niet", merged ? "closed" : "open", merged ? [] : [first]);
    const target = staffTicket(targetId, "#100001", "Website traag", "open", [first]);
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${sourceId}`]: () => Response.json(source()),
      [`GET /tickets/${targetId}`]: () => Response.json(target),
      [`GET /tickets/${sourceId}/events`]: empty,
      [`GET /tickets/${targetId}/events`]: empty,
      [`GET /tickets/${sourceId}/links`]: empty,
      [`GET /tickets/${targetId}/links`]: empty,
      "GET /tickets": () => Response.json({ items: [source(), target], nextCursor: null }),
      [`POST /tickets/${sourceId}/merge`]: async () => {
        merged = true;
        await liveUpdateBeforeTheAnswer(app, () => screen.queryByRole("region", { name: "Samenvoegen" }));
        return Response.json(target);
      },
    });
    const app: ReturnType<typeof renderApp> = renderApp(`/agent/tickets/${sourceId}`);
    const { user, router } = app;

    const panel = await screen.findByRole("region", { name: "Samenvoegen" }, { timeout: 10_000 });
    await user.selectOptions(
      await within(panel).findByRole("combobox", { name: "Samenvoegen met" }),
      targetId,
    );
    await user.click(within(panel).getByRole("button", { name: "Controleren" }));
    await user.click(within(panel).getByRole("button", { name: "Samenvoegen" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Website traag" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/agent/tickets/${targetId}`);
    expect(callsTo(fetch, `POST /tickets/${sourceId}/merge`)).toHaveLength(1);
  });

  it("moves to the ticket a message was split into, although the split takes that message off the page", async () => {
    let split = false;
    const source = () =>
      staffTicket(sourceId, "#100002", "Site laadt niet", "open", split ? [first] : [first, later]);
    const created = staffTicket(splitId, "#100003", "En mijn mail doet het ook niet.", "open", [later]);
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      [`GET /tickets/${sourceId}`]: () => Response.json(source()),
      [`GET /tickets/${splitId}`]: () => Response.json(created),
      [`GET /tickets/${sourceId}/events`]: empty,
      [`GET /tickets/${splitId}/events`]: empty,
      [`GET /tickets/${sourceId}/links`]: empty,
      [`GET /tickets/${splitId}/links`]: empty,
      "GET /tickets": empty,
      [`POST /tickets/${sourceId}/messages/${laterMessageId}/split`]: async () => {
        split = true;
        await liveUpdateBeforeTheAnswer(app, () => screen.queryByText(later.body));
        return Response.json({ id: splitId, number: "#100003" }, { status: 201 });
      },
    });
    const app: ReturnType<typeof renderApp> = renderApp(`/agent/tickets/${sourceId}`);
    const { user, router } = app;

    await user.click(
      await screen.findByRole(
        "button",
        { name: "Dit bericht splitsen naar een nieuw ticket" },
        { timeout: 10_000 },
      ),
    );
    await user.click(screen.getByRole("button", { name: "Nieuw ticket maken" }));

    expect(await screen.findByRole("heading", { level: 1, name: created.subject })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/agent/tickets/${splitId}`);
    expect(callsTo(fetch, `POST /tickets/${sourceId}/messages/${laterMessageId}/split`)).toHaveLength(1);
  });
});
