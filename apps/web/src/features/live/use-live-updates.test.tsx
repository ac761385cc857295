import { waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { agent, callsTo, renderApp, sessionFor, stubApi } from "../../../test/render-app.tsx";

/** Stands in for the browser's EventSource (jsdom has none): records each connection it is asked for. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
}

const ticketId = "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13";

describe("live updates in a signed-in tab", () => {
  it("reloads what a change touches, and after a dropped connection resumes with a new ticket after the last event", async () => {
    FakeEventSource.opened = [];
    vi.stubGlobal("EventSource", FakeEventSource);
    let issued = 0;
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(agent),
      "POST /live/stream-tickets": () => {
        issued += 1;
        return Response.json(
          { ticket: `ticket-${issued}`, expiresAt: "2026-11-28T12:00:00.000Z" },
          { status: 201 },
        );
      },
    });
    const { queryClient } = renderApp("/");
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    const first = FakeEventSource.opened[0] as FakeEventSource;
    expect(first.url).toBe("/api/v1/live/stream?ticket=ticket-1");
    // The bearer token bought the ticket; it never goes in the stream's URL.
    expect(callsTo(fetch, "POST /live/stream-tickets")[0]?.headers.get("Authorization")).toMatch(/^Bearer /);

    first.dispatchEvent(
      new MessageEvent("change", { data: JSON.stringify({ ticketId, kind: "message" }), lastEventId: "41" }),
    );
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ["tickets", "detail", ticketId],
      ["tickets", "events", ticketId],
      ["tickets", "list"],
    ]);
    first.dispatchEvent(
      new MessageEvent("change", { data: JSON.stringify({ ticketId, kind: "presence" }), lastEventId: "" }),
    );
    // The ticket's page and the queue's rows.
    expect(invalidate.mock.calls.slice(-2).map(([filters]) => filters?.queryKey)).toEqual([
      ["presence", ticketId],
      ["presence", "queue"],
    ]);

    first.dispatchEvent(new Event("error"));
    expect(first.closed).toBe(true);
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(2), { timeout: 5_000 });
    expect(FakeEventSource.opened[1]?.url).toBe("/api/v1/live/stream?ticket=ticket-2&lastEventId=41");
  });
});
