import { describe, expect, it } from "vitest";
import { ERASED, personalDataScrubber, scrubJson, withoutSignature } from "./personal-data-scrubber.ts";

const person = {
  name: "Gerda van der Gast",
  email: "gerda.gast@example.nl",
  phone: "+31 6 1234 5678",
  postalAddress: "Kerkstraat 1, 1234 AB Utrecht",
  iban: "NL91ABNA0417164300",
  dateOfBirth: new Date("1980-02-29"),
};
const scrub = personalDataScrubber(person);

describe("personal data scrubber", () => {
  it("removes the name, its parts, the address, phone, IBAN and birth date wherever written", () => {
    const text = [
      "Beste Gerda,",
      "Ik ben Gerda van der Gast (GERDA.GAST@example.nl), bel me op 06-12345678 of +31 (0)6 1234 5678.",
      "Mijn IBAN is NL91 ABNA 0417 1643 00 en ik woon op Kerkstraat 1, 1234 AB Utrecht.",
      "Geboren 29-02-1980 (1980-02-29). Groet, mevrouw Gast",
    ].join("\n");
    const scrubbed = scrub(text);
    for (const value of [
      "Gerda",
      "Gast",
      "gerda.gast",
      "12345678",
      "1234 5678",
      "NL91",
      "Kerkstraat",
      "1980",
    ]) {
      expect(scrubbed.toLowerCase()).not.toContain(value.toLowerCase());
    }
    expect(scrubbed).toContain(`Beste ${ERASED},`);
  });

  it("leaves other words alone: name particles, and words that merely contain a name part", () => {
    expect(scrub("de server van de klant, gastvrij en Gastenboek")).toBe(
      "de server van de klant, gastvrij en Gastenboek",
    );
  });

  it("reaches every string in a JSON value", () => {
    expect(scrubJson({ after: { fileName: "paspoort Gerda.pdf", size: 3, tags: ["Gast"] } }, scrub)).toEqual({
      after: { fileName: `paspoort ${ERASED}.pdf`, size: 3, tags: [ERASED] },
    });
  });

  it("drops a signature under the conventional line", () => {
    expect(withoutSignature("Het werkt weer.\n\n-- \nGerda\nDirecteur, Gast BV\n")).toBe("Het werkt weer.");
    expect(withoutSignature("Geen handtekening -- hier")).toBe("Geen handtekening -- hier");
  });
});
