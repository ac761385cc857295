import { describe, expect, it } from "vitest";
import { passagesOf, segmentsOf } from "./passages.ts";

const texts = (text: string) => segmentsOf(text).map((segment) => segment.text);

describe("a whole ticket text read as subject and message", () => {
  it("ends a subject typed without a full stop before the message's first sentence", () => {
    expect(
      texts(
        "Ander rekeningnummer Wij zijn overgestapt naar een andere bank. Vanaf volgende maand graag het nieuwe nummer.",
      ),
    ).toEqual([
      "Ander rekeningnummer",
      "Wij zijn overgestapt naar een andere bank.",
      "Vanaf volgende maand graag het nieuwe nummer.",
    ]);
    expect(texts("Refund I cancelled my hosting last week but I had paid for the whole year.")[0]).toBe(
      "Refund",
    );
  });

  it("keeps a Title Case subject whole, and acronyms and names inside it", () => {
    expect(texts("Google Workspace koppelen Wij stappen over op google workspace voor onze mail.")[0]).toBe(
      "Google Workspace koppelen",
    );
    expect(texts("iDIN request? After my order I got a message asking me to verify with iDIN.")[0]).toBe(
      "iDIN request?",
    );
  });

  it("leaves a short query as it is", () => {
    expect(texts("Hoe kan ik Remote Support krijgen")).toEqual(["Hoe kan ik Remote Support krijgen"]);
  });

  it("scores the subject on its own, joins short sentences and windows long ones", () => {
    // Segments per word group: subject (0), a one-word sentence (1), a long sentence (2).
    const passages = passagesOf([0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], true);
    expect(passages[0]).toEqual({ groups: [0, 1], subject: true });
    expect(passages[1]?.groups.slice(0, 3)).toEqual([2, 3, 4]);
    expect(passages.length).toBeGreaterThan(2);
    expect(passagesOf([0, 0, 1], false)).toEqual([{ groups: [0, 1, 2], subject: false }]);
  });
});

describe("the language a customer wrote in", () => {
  it("is read from the little words, and only when they agree", async () => {
    const { detectLanguage } = await import("./language.ts");
    expect(detectLanguage("can I get a refund?")).toBe("en");
    expect(detectLanguage("Ik wil mijn abonnement opzeggen, hoe doe ik dat?")).toBe("nl");
    expect(detectLanguage("iban wijzigne")).toBeUndefined();
    expect(detectLanguage("the factuur van")).toBeUndefined();
  });
});
