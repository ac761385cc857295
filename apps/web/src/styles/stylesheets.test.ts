// House rules for the stylesheets next to the components: colours come only from the design tokens,
// every variable used is a token that exists, and no stylesheet grows into a second global one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKENS = path.join("styles", "tokens.css");
const MAX_LINES = 300;

/** Every `.css` file below src/, relative to it. */
const stylesheets = (readdirSync(srcDir, { recursive: true, encoding: "utf8" }) as string[])
  .filter((file) => file.endsWith(".css"))
  .sort();
const read = (file: string) => readFileSync(path.join(srcDir, file), "utf8");
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");

// CSS named colours (CSS Color 4); transparent, currentColor and inherit are not colours of their own.
const NAMED_COLOURS = new Set(
  (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown " +
    "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan " +
    "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid " +
    "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet " +
    "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro " +
    "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki " +
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow " +
    "lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray " +
    "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine " +
    "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise " +
    "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab " +
    "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru " +
    "pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown " +
    "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan " +
    "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen"
  ).split(" "),
);

/** The raw colours in a stylesheet's declarations (hex, colour functions, named colours). */
function rawColours(css: string): string[] {
  const found: string[] = [];
  for (const [, value = ""] of withoutComments(css).matchAll(/[\w-]+\s*:\s*([^;{}]+)[;}]/g)) {
    for (const match of value.matchAll(
      /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi,
    )) {
      found.push(match[0]);
    }
    const words = value.replace(/var\(--[\w-]+\)|"[^"]*"/g, "").match(/[a-z]+/gi) ?? [];
    found.push(...words.filter((word) => NAMED_COLOURS.has(word.toLowerCase())));
  }
  return found;
}

describe("stylesheets", () => {
  it("finds the stylesheets, and the check sees a raw colour when there is one", () => {
    expect(stylesheets).toContain(TOKENS);
    expect(rawColours(".a { color: #fff; }")).toEqual(["#fff"]);
    expect(rawColours(".a { border: 1px solid rgb(0 0 0 / 0.5); }")).toEqual(["rgb("]);
    expect(rawColours(".a { background: white; }")).toEqual(["white"]);
    expect(rawColours("#add { color: var(--color-red); border-color: currentColor; } /* #000 */")).toEqual(
      [],
    );
  });

  it("take every colour from the design tokens", () => {
    const offenders = stylesheets
      .filter((file) => file !== TOKENS)
      .flatMap((file) => rawColours(read(file)).map((colour) => `${file}: ${colour}`));
    expect(offenders).toEqual([]);
  });

  it("use only variables that tokens.css defines", () => {
    const defined = new Set([...read(TOKENS).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const unknown = stylesheets.flatMap((file) =>
      [...read(file).matchAll(/var\((--[\w-]+)/g)]
        .map((m) => m[1])
        .filter((name) => !defined.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it(`stay under ${MAX_LINES} lines each`, () => {
    const long = stylesheets
      .map((file) => ({ file, lines: read(file).split("\n").length }))
      .filter(({ lines }) => lines >= MAX_LINES);
    expect(long).toEqual([]);
  });
});
