import { describe, expect, it } from "vitest";
import { draftFromSearch, emptyDraft } from "./ticket-draft.ts";

describe("a new-ticket form filled in from a link", () => {
  it("takes the category, the detail the contract knows, and the service", () => {
    const draft = draftFromSearch(
      new URLSearchParams(
        "category=billing&request=yearly_billing&service=5b0c8f0e-1d9a-4f59-9a43-0f0d2a3c4b5e",
      ),
    );
    expect(draft).toEqual({
      ...emptyDraft,
      category: "billing",
      serviceId: "5b0c8f0e-1d9a-4f59-9a43-0f0d2a3c4b5e",
      details: { request: "yearly_billing" },
    });
  });

  it("ignores values the contract does not know", () => {
    expect(draftFromSearch(new URLSearchParams("category=refund&request=yearly_billing"))).toEqual(
      emptyDraft,
    );
    expect(draftFromSearch(new URLSearchParams("category=administrative&change=name")).details).toEqual({});
    expect(
      draftFromSearch(new URLSearchParams("category=administrative&request=iban_change")).details,
    ).toEqual({});
  });
});
