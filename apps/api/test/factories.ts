// Small builders for the rows a test needs; every test makes its own data.
import { randomUUID } from "node:crypto";
import type { StaffRole } from "@helpdesk/contracts";
import request from "supertest";
import type { Database } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import type { TestApp } from "./test-app.ts";

export const TEST_PASSWORD = "correct-horse-battery";

// bcrypt is slow on purpose; one hash per test file is enough.
let testPasswordHash: Promise<string> | undefined;
const passwordHash = () => {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
};

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

export async function createStaff(
  db: Database,
  role: StaffRole,
  overrides: { email?: string; name?: string } = {},
) {
  return db.staffMember.create({
    data: {
      email: overrides.email ?? uniqueEmail(role),
      name: overrides.name ?? `Staff ${role}`,
      role,
      passwordHash: await passwordHash(),
    },
  });
}

export async function createCustomer(
  db: Database,
  overrides: Partial<{ email: string; name: string; withPassword: boolean; language: "nl" | "en" }> = {},
) {
  const tag = randomUUID().slice(0, 6);
  return db.customer.create({
    data: {
      email: overrides.email ?? uniqueEmail("customer"),
      name: overrides.name ?? `Klant ${tag}`,
      phone: "+31 6 1234 5678",
      language: overrides.language ?? "nl",
      passwordHash: overrides.withPassword === false ? null : await passwordHash(),
      // Private data: distinctive values, so a leak scan can search response bodies for them.
      postalAddress: `Privéstraat ${tag} 12, 1234 AB Ergens`,
      iban: `NL${tag.length}9TEST${Date.now() % 1_000_000}`,
      dateOfBirth: new Date("1975-06-21"),
      services: {
        create: [
          { kind: "hosting", name: "Webhosting Plus", serviceLevel: "best_effort", billingPeriod: "monthly" },
          { kind: "domain", name: `klant-${tag}.nl`, serviceLevel: "best_effort", billingPeriod: "yearly" },
        ],
      },
    },
  });
}

/** Signs in through the API and returns the access token and the refresh cookie. */
export async function signIn(testApp: Pick<TestApp, "app">, email: string, password = TEST_PASSWORD) {
  const response = await request(testApp.app).post("/api/v1/auth/login").send({ email, password });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${response.text}`);
  const cookie = ([] as string[])
    .concat(response.headers["set-cookie"] ?? [])
    .find((c) => c.startsWith("helpdesk_refresh="));
  return { accessToken: response.body.accessToken as string, cookie: cookie?.split(";")[0] ?? "", response };
}
