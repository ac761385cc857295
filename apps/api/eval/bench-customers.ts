// Customers for the benches that file tickets over the API: made in the scratch database, signed in
// each from an address of its own (one address signing in many times is held back as guessing).
import type { Database } from "../src/db/prisma.ts";

/** `bench-<i>@example.test`, all with the same password hash. */
export async function createBenchCustomers(db: Database, count: number, passwordHash: string) {
  await db.customer.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      email: `bench-${index}@example.test`,
      name: `Klant ${index}`,
      passwordHash,
    })),
  });
}

/** Their access tokens, signed in over the API (which must trust `x-forwarded-for` from loopback). */
export function signInBenchCustomers(baseUrl: string, count: number, password: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.0.0.${index + 1}` },
        body: JSON.stringify({ email: `bench-${index}@example.test`, password }),
      });
      const body = (await response.json()) as { accessToken?: string };
      if (!body.accessToken)
        throw new Error(`signing in answered ${response.status}: ${JSON.stringify(body)}`);
      return body.accessToken;
    }),
  );
}
