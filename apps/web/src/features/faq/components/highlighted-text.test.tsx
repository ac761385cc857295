import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text.tsx";

describe("a snippet with its matched words marked", () => {
  it("marks the ranges and keeps the rest as text", () => {
    const { container } = render(
      <p>
        <HighlightedText
          text="Via Mijn Account kunt u uw IBAN wijzigen."
          highlights={[{ start: 27, end: 31 }]}
        />
      </p>,
    );
    expect(container.querySelector("p")?.textContent).toBe("Via Mijn Account kunt u uw IBAN wijzigen.");
    expect([...container.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["IBAN"]);
  });

  it("never turns the article's text into markup, and ignores ranges that do not fit", () => {
    const { container } = render(
      <p>
        <HighlightedText
          text={'<img src=x onerror="alert(1)"> opzeggen'}
          highlights={[
            { start: 31, end: 39 },
            { start: 35, end: 37 },
            { start: 30, end: 99 },
          ]}
        />
      </p>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("p")?.textContent).toBe('<img src=x onerror="alert(1)"> opzeggen');
    expect([...container.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["opzeggen"]);
  });
});
