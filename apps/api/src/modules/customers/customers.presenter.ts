import { type CustomerEvent, type CustomerView, customerChangeSchema } from "@helpdesk/contracts";
import { z } from "zod";
import type { CustomerEventRow, CustomerFullRow, CustomerSupportRow } from "./customers.repository.ts";

type SupportView = Extract<CustomerView, { view: "support" }>;
type FullView = Extract<CustomerView, { view: "full" }>;

function contactAndTechnical(row: CustomerSupportRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    language: row.language,
    emailVerified: row.emailVerifiedAt !== null,
    services: row.services.map((service) => ({ ...service })),
  };
}

export const presentCustomerSupportView = (row: CustomerSupportRow): SupportView => ({
  view: "support",
  ...contactAndTechnical(row),
});

export const presentCustomerFullView = (row: CustomerFullRow): FullView => ({
  view: "full",
  ...contactAndTechnical(row),
  postalAddress: row.postalAddress,
  iban: row.iban,
  dateOfBirth: row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null,
});

/** The stored changes were written from the same schema; parsing keeps the response honest. */
export const presentCustomerEvent = (row: CustomerEventRow): CustomerEvent => ({
  id: row.id,
  type: row.type as CustomerEvent["type"],
  actor: row.actorStaff,
  reason: row.reason,
  changes: z.array(customerChangeSchema).parse(row.changes),
  createdAt: row.createdAt.toISOString(),
});
