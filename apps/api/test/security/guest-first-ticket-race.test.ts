// Finding: eight concurrent first tickets from a new guest address lost two of them to 409, because
// finding or making the customer record raced. Every one must be filed, for one customer record.
import request from "supertest";
import { afterAll, expect, it } from "vitest";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

it("eight concurrent first tickets from a new guest address are all filed, for one customer", async () => {
  const email = "brand-new-guest@example.test";
  const responses = await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      request(testApp.app)
        .post("/api/v1/tickets")
        .send({
          category: "other",
          subject: `Question ${index}`,
          message: "Hello",
          email,
          name: "New Guest",
        }),
    ),
  );
  expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201));
  const customers = await testApp.db.customer.findMany({ where: { email }, select: { id: true } });
  expect(customers).toHaveLength(1);
  expect(await testApp.db.ticket.count({ where: { customerId: customers[0]?.id } })).toBe(8);
});
