import { ticketNumberSchema } from "@helpdesk/contracts";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createReplyAddresses } from "../src/lib/mail/reply-address.ts";
import { createKeyedPermutation } from "../src/lib/security/keyed-permutation.ts";
import {
  createTicketNumbers,
  LEGACY_NUMBERS,
  parseTicketNumber,
  SEQUENCE_NUMBERS,
} from "../src/modules/tickets/ticket-number.ts";
import { createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

const SEQUENCE_SIZE = SEQUENCE_NUMBERS.max - SEQUENCE_NUMBERS.min + 1;
const numbers = createTicketNumbers("ticket-numbers-test-secret-0123456789abcdef");
const sequenceIndex = fc.integer({ min: 0, max: SEQUENCE_SIZE - 1 });

describe("the keyed permutation", () => {
  it("is a bijection: every value of a small domain is reached exactly once", () => {
    // Small enough to walk whole; the same code as the ticket numbers' 2 x 15 bits.
    for (const [halfBits, size] of [
      [2, 1],
      [2, 2],
      [2, 11],
      [2, 16],
      [6, 777],
      [6, 3000],
      [6, 4096],
    ] as const) {
      const permutation = createKeyedPermutation("small-domain-secret", { halfBits, size });
      const seen = new Set<number>();
      for (let index = 0; index < size; index++) {
        const value = permutation.forward(index);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(size);
        seen.add(value);
        expect(permutation.inverse(value)).toBe(index);
      }
      expect(seen.size).toBe(size);
    }
  });

  it("maps every sequence value to a nine-digit number and back", () => {
    fc.assert(
      fc.property(sequenceIndex, (index) => {
        const number = numbers.numberAt(index);
        expect(number).toBeGreaterThanOrEqual(SEQUENCE_NUMBERS.min);
        expect(number).toBeLessThanOrEqual(SEQUENCE_NUMBERS.max);
        expect(numbers.indexOf(number)).toBe(index);
      }),
      { numRuns: 2000 },
    );
  });

  it("never gives a number of the six-digit range, and distinct values distinct numbers", () => {
    fc.assert(
      fc.property(fc.uniqueArray(sequenceIndex, { minLength: 2, maxLength: 200 }), (indexes) => {
        const given = indexes.map(numbers.numberAt);
        expect(new Set(given).size).toBe(indexes.length);
        for (const number of given) {
          expect(number < LEGACY_NUMBERS.min || number > LEGACY_NUMBERS.max).toBe(true);
        }
      }),
    );
    // The first values, the ones every installation gives, without gaps.
    const first = Array.from({ length: 50_000 }, (_, index) => numbers.numberAt(index));
    expect(new Set(first).size).toBe(first.length);
  });

  it("does not count: consecutive values land far apart, and another key gives other numbers", () => {
    const other = createTicketNumbers("another-installation-secret-0123456789abcdef");
    const first = Array.from({ length: 1000 }, (_, index) => numbers.numberAt(index));
    const steps = first.slice(1).map((number, index) => Math.abs(number - (first[index] ?? 0)));
    // Uniformly spread numbers are on average 300 million apart; a counter would be 1 apart.
    expect(steps.filter((step) => step < 1000).length).toBeLessThan(5);
    const same = first.filter((number, index) => other.numberAt(index) === number);
    expect(same.length).toBeLessThan(5);
  });

  it("refuses values outside its domain instead of wrapping", () => {
    expect(() => numbers.numberAt(SEQUENCE_SIZE)).toThrow(RangeError);
    expect(() => numbers.numberAt(-1)).toThrow(RangeError);
    expect(() => numbers.indexOf(LEGACY_NUMBERS.max)).toThrow(RangeError);
  });
});

describe("reading a ticket number", () => {
  it("accepts six and nine digits, with or without #, and nothing else", () => {
    expect(parseTicketNumber("#483920")).toBe(483920);
    expect(parseTicketNumber(" 123456789 ")).toBe(123456789);
    for (const text of ["#12345", "#1234567", "#12345678", "#1234567890", "12 34 56", "#48392a"]) {
      expect(parseTicketNumber(text)).toBeNull();
    }
    expect(ticketNumberSchema.safeParse("#483920").success).toBe(true);
    expect(ticketNumberSchema.safeParse("#123456789").success).toBe(true);
    expect(ticketNumberSchema.safeParse("#1234567").success).toBe(false);
  });

  it("matches reply addresses of both kinds, and no number of a length never given", () => {
    const addresses = createReplyAddresses("reply-address-test-secret-0123456789", "support@example.test");
    for (const number of [483920, 123456789]) {
      expect(addresses.ticketNumberOf(addresses.forTicket(number))).toBe(number);
    }
    expect(addresses.ticketNumberOf(addresses.forTicket(1234567))).toBeNull();
  });
});

describe("numbers of filed tickets", () => {
  it("are unique and nine digits when many customers file at once, next to six-digit tickets", async () => {
    const legacy = await createTicket(testApp.db, { subject: "Van voor de nieuwe nummers" });
    expect(String(legacy.number)).toMatch(/^\d{6}$/);
    const customers = await Promise.all(Array.from({ length: 8 }, () => signedInCustomer(testApp)));
    const created = await Promise.all(
      Array.from({ length: 48 }, (_, index) =>
        as(customers[index % customers.length]?.token).post("/tickets", {
          category: "other",
          subject: `Tegelijk ${index}`,
          message: "Tegelijk ingediend",
        }),
      ),
    );
    expect(created.map((response) => response.status)).toEqual(created.map(() => 201));
    const given: string[] = created.map((response) => response.body.number);
    for (const number of given) expect(number).toMatch(/^#\d{9}$/);
    expect(new Set(given).size).toBe(given.length);
    // Each is the permutation of a sequence value, so none can repeat before 900 million.
    const indexes = given.map((number) => numbers.indexOf(Number(number.slice(1))));
    expect(indexes.every((index) => Number.isInteger(index))).toBe(true);
    expect(given).not.toContain(`#${legacy.number}`);

    // Agents find either kind by its number, with or without #.
    const agent = (await signedInStaff(testApp, "agent")).token;
    const newest = given[0] ?? "";
    for (const [query, id] of [
      [newest, created[0]?.body.id],
      [newest.slice(1), created[0]?.body.id],
      [`#${legacy.number}`, legacy.id],
    ] as const) {
      const found = await as(agent).get("/tickets", { q: query });
      expect(found.status).toBe(200);
      expect(found.body.items.map((item: { id: string }) => item.id)).toContain(id);
    }
  });

  it("the database refuses a number outside both ranges", async () => {
    await expect(createTicketWithNumber(testApp.db, 12_345_678)).rejects.toThrow(/tickets_number_range/);
  });
});

const createTicketWithNumber = (db: typeof testApp.db, number: number) =>
  db.ticket.create({ data: { number, subject: "Buiten bereik", category: "other", channel: "web" } });
