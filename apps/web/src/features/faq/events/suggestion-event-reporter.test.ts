import type { FaqSuggestionEvent } from "@helpdesk/contracts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSuggestionEventReporter } from "./suggestion-event-reporter.ts";

const formSessionId = "0f6c2a4e-5b1d-4c3e-8f7a-9b0c1d2e3f40";
const article = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

function recording() {
  const sent: { events: FaqSuggestionEvent[]; leaving: boolean }[] = [];
  const reporter = createSuggestionEventReporter({
    send: (events, leaving) => sent.push({ events, leaving }),
    formSessionId,
    batchDelayMs: 1000,
  });
  return { sent, reporter };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("suggestion event reporter", () => {
  it("sends what was shown and clicked together, once the batch delay has passed", () => {
    const { sent, reporter } = recording();
    reporter.shown("wat is idin", [article]);
    reporter.clicked("wat is idin", article);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([
      {
        leaving: false,
        events: [
          { type: "shown", formSessionId, query: "wat is idin", articleIds: [article] },
          { type: "clicked", formSessionId, query: "wat is idin", articleId: article },
        ],
      },
    ]);
  });

  it("reports the same articles shown again only once", () => {
    const { sent, reporter } = recording();
    reporter.shown("wat is", [article]);
    reporter.shown("wat is idin", [article]);
    reporter.shown("wat is idin nu", []);
    vi.advanceTimersByTime(1000);
    expect(sent[0]?.events.map((event) => event.type === "shown" && event.articleIds.length)).toEqual([1, 0]);
  });

  it("ends a left form as abandoned through the beacon, at once, and only once", () => {
    const { sent, reporter } = recording();
    reporter.clicked("idin", article);
    reporter.left();
    reporter.left();
    reporter.submitted();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.leaving).toBe(true);
    expect(sent[0]?.events.map((event) => event.type)).toEqual(["clicked", "abandoned"]);
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
  });

  it("ends a filed form as submitted, and leaving it afterwards adds nothing", () => {
    const { sent, reporter } = recording();
    reporter.shown("idin", [article]);
    reporter.submitted();
    reporter.left();
    reporter.clicked("idin", article);
    vi.advanceTimersByTime(5000);
    expect(sent.flatMap((batch) => batch.events.map((event) => event.type))).toEqual(["shown", "submitted"]);
  });

  it("says nothing for a form that never reported a suggestion", () => {
    const { sent, reporter } = recording();
    reporter.left();
    reporter.submitted();
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([]);
  });

  it("sends waiting events through the beacon when the page is hidden, and the session goes on", () => {
    const { sent, reporter } = recording();
    reporter.clicked("idin", article);
    reporter.flushHidden();
    expect(sent).toEqual([{ leaving: true, events: [expect.objectContaining({ type: "clicked" })] }]);
    reporter.left();
    expect(sent[1]?.events).toEqual([{ type: "abandoned", formSessionId }]);
  });

  it("never puts more than the API takes in one request", () => {
    const { sent, reporter } = recording();
    for (let i = 0; i < 120; i++) reporter.clicked(`vraag ${i}`, article);
    reporter.left();
    expect(sent.map((batch) => batch.events.length)).toEqual([50, 50, 21]);
  });
});
