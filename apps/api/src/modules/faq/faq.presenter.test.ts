import { describe, expect, it } from "vitest";
import { presentSnippet } from "./faq.presenter.ts";

describe("suggestion snippets", () => {
  it("are plain text: no Markdown syntax around links, lists or emphasis", () => {
    expect(
      presentSnippet(
        "- Wachtwoord kwijt? <https://www.i24.nl/nl/my-account/lost-password/>\n- **Adres** [Mijn Account](https://x.nl)",
      ),
    ).toBe("Wachtwoord kwijt? https://www.i24.nl/nl/my-account/lost-password/ Adres Mijn Account");
  });
});
