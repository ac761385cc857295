// The two kinds of account that can sign in, staff members and customers, as auth sees them. Their
// records belong to the staff and customers modules; this is the one place that puts them together.
import type { Language, StaffRole } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import {
  findCustomerContact,
  findCustomerCredentialsByEmail,
  markCustomerEmailVerified,
  setCustomerPasswordHash,
} from "../customers/customer-accounts.ts";
import {
  findStaffCredentialsByEmail,
  findStaffProfile,
  setStaffPasswordHash,
} from "../staff/staff-accounts.ts";
import { markTicketRequesterVerified } from "../tickets/ticket-requesters.ts";

export type AccountRef = { kind: "staff"; id: string } | { kind: "customer"; id: string };

export interface AccountCredentials {
  account: AccountRef;
  email: string;
  name: string;
  role: StaffRole | "customer";
  language: Language;
  passwordHash: string | null;
}

/** Accounts with this address: staff first, then a customer (an address may be both). */
export async function findAccountsByEmail(db: DbClient, email: string): Promise<AccountCredentials[]> {
  const [staff, customer] = await Promise.all([
    findStaffCredentialsByEmail(db, email),
    findCustomerCredentialsByEmail(db, email),
  ]);
  const accounts: AccountCredentials[] = [];
  if (staff) {
    const { id, passwordHash, ...rest } = staff;
    accounts.push({ account: { kind: "staff", id }, ...rest, language: "nl", passwordHash });
  }
  if (customer) {
    const { id, passwordHash, ...rest } = customer;
    accounts.push({ account: { kind: "customer", id }, ...rest, role: "customer", passwordHash });
  }
  return accounts;
}

export async function findAccountProfile(db: DbClient, account: AccountRef) {
  if (account.kind === "staff") {
    const staff = await findStaffProfile(db, account.id);
    return staff && { ...staff, language: "nl" as Language };
  }
  const customer = await findCustomerContact(db, account.id);
  return customer && { ...customer, role: "customer" as const };
}

export async function setPasswordHash(db: DbClient, account: AccountRef, passwordHash: string) {
  if (account.kind === "staff") await setStaffPasswordHash(db, account.id, passwordHash);
  else await setCustomerPasswordHash(db, account.id, passwordHash);
}

/** Following an e-mailed link proves the customer owns the address (and nothing about tickets). */
export async function markEmailVerified(db: DbClient, customerId: string, now: Date): Promise<void> {
  await markCustomerEmailVerified(db, customerId, now);
}

/**
 * The customer followed the confirmation link of this ticket: it was filed by the owner of the
 * address. Only that ticket is vouched for; tickets others filed under the address stay unverified.
 */
export async function confirmTicketRequester(
  db: DbClient,
  ticketId: string,
  customerId: string,
  now: Date,
): Promise<void> {
  await markTicketRequesterVerified(db, ticketId, customerId, now);
}
