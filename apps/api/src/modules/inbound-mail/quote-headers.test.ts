// Quote headers in the shapes real mail programs write them (our own examples of each shape).
import { describe, expect, it } from "vitest";
import { withoutQuotedHistory } from "./quote-headers.ts";

const reply = "Dank je, dat werkt nu.";
const cases: [string, string][] = [
  [
    "Dutch, wrapped",
    "Op 12 december 2026 19:05 schreef Support Team <\nsupport@example.test>:\n\n> Werkt het?",
  ],
  [
    "Dutch, Apple Mail",
    "Op 17-feb.-2026, om 13:18 heeft Support <support@example.test> het volgende geschreven:\n\nWerkt het?",
  ],
  [
    "Dutch, Android, over two lines",
    'Op 16 aug. 2026 05:13 schreef "Support" <support@example.test> het\nvolgende geschreven:\n\n> Werkt het?',
  ],
  ["German, Am ... schrieb", 'Am 21.04.2026 17:48 schrieb "Support" <support@example.test>:\n> Geht es?'],
  [
    "German, Google: schrieb am",
    "Support <support@example.test> schrieb am Fr., 28.\nApr. 2026 um 11:53 Uhr:\n\n> Geht es?",
  ],
  [
    "French, over three lines",
    'Le 4 janv. 2026 19:03, "Support"\n<support@example.test>\na écrit :\n\n> Ça marche ?',
  ],
  [
    "Spanish, Mensaje original",
    '-----Mensaje original-----\nDe: "Support" <support@example.test>\nEnviado: 16/02/2026 14:53\nPara: yo@example.test\nAsunto: Pregunta',
  ],
  ["Polish", '23 mar 2026 21:25 "Support" <support@example.test> napisał(a):\n\n> Działa?'],
  [
    "Russian, without an address",
    "понедельник, 6 октября 2026 г. пользователь support написал:\n\n> Работает?",
  ],
  ["Ukrainian", '30 серп. 2026 р. 20:45 "Support" <support@example.test> пише:\n\n> Працює?'],
  ["Chinese, quoted", "> 在 2026年12月12日，下午8:45，Support <support@example.test> 写道：\n> 可以吗？"],
  [
    "Outlook From/Sent block",
    "________________________________________\nFrom: Support <support@example.test>\nSent: Friday, 23 March 2026 5:08 p.m.\nTo: Me\nSubject: Question\n\nDoes it work?",
  ],
  [
    "Outlook block in Italian, bold",
    "*Da:* Support\n*Data:* giovedì 8 ottobre 2026 15:26\n*A:* Me\n*Oggetto:* Domanda\n\nFunziona?",
  ],
  ["Original Message separator", "*-------- Original Message --------*\n\nDoes it work?"],
  ["At ..., you wrote:", "At 6/16/2026 08:32 PM, you wrote:"],
  [
    "Zoho",
    "---- On Tue, 12 Jan 2026 10:00:00 +0100 Support <support@example.test> wrote ----\n\nDoes it work?",
  ],
  [
    "Gmail, date first without a verb",
    "2026-10-24 15:36 GMT+02:00 Support <\nsupport@example.test>:\n\n> Does it work?",
  ],
  [
    "Italian, ha scritto",
    "Il giovedì 8 dicembre 2026, Support <support@example.test>\nha scritto:\n> Funziona?",
  ],
];

describe("quote headers", () => {
  it.each(cases)("%s: the sender's text is kept, the quoted history is not", (_, history) => {
    expect(withoutQuotedHistory(`${reply}\n\n${history}\n`).trim()).toBe(reply);
  });

  it("a header directly below the sender's last line (no blank line) takes none of it", () => {
    expect(
      withoutQuotedHistory(
        "Hello\nTwo lines of mine,\n02.04.2026 14:20 Support <\nsupport@example.test> wrote:\n> Hi",
      ).trim(),
    ).toBe("Hello\nTwo lines of mine,");
  });

  it("a sentence of the sender's that mentions writing is not a header", () => {
    const text =
      "In 2019 I wrote to you about this:\n\nthe invoice was wrong.\n\nOn this day I wrote something: nothing.";
    expect(withoutQuotedHistory(text)).toBe(text);
  });

  it("an attribution at the very top is a bottom-posted reply's: the text below the quote stays", () => {
    const text =
      "On Mon, Aug 19, 2026 at 2:36 AM, Support <\nsupport@example.test> wrote:\n\n> Does it work?\n\nYes, it works.";
    expect(withoutQuotedHistory(text)).toBe(text);
  });

  it("a From line in the sender's own text without the other header fields is kept", () => {
    const text = "From: my desk at home.\nI tried again today.";
    expect(withoutQuotedHistory(text)).toBe(text);
  });
});
