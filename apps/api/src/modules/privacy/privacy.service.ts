import type { CursorPage, PrivateDataAccess, PrivateField, StaffRole } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { privateDataLogReaders, requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { findStaffNames } from "../staff/staff-accounts.ts";
import * as repository from "./private-data-access.repository.ts";

/** Admins and customer service see a customer's log; only admins see what one staff member was shown. */
const readsCustomerLog = (role: StaffRole) => privateDataLogReaders.includes(role);
const readsStaffLog = (role: StaffRole) => role === "admin";

export function createPrivacyService({ db }: { db: Database }) {
  async function page(
    of: { customerId: string } | { staffId: string },
    query: { cursor?: string | undefined; limit: number },
  ): Promise<CursorPage<PrivateDataAccess>> {
    const rows = await repository.listAccessRecords(db, of, decodeCursor(query.cursor), query.limit + 1);
    const staff = new Map(
      (await findStaffNames(db, [...new Set(rows.map((row) => row.staffId))])).map((s) => [s.id, s]),
    );
    return toPage(rows, query.limit, (row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      // A staff account removed since keeps its id here, without a name.
      staff: {
        id: row.staffId,
        name: staff.get(row.staffId)?.name ?? null,
        role: staff.get(row.staffId)?.role ?? null,
      },
      customerId: row.customerId,
      fields: row.fields as PrivateField[],
      source: row.source,
      screen: row.screen,
    }));
  }

  return {
    async listForCustomer(
      actor: SignedInActor,
      customerId: string,
      query: { cursor?: string | undefined; limit: number },
    ) {
      requireStaff(actor, readsCustomerLog);
      return page({ customerId }, query);
    },
    async listForStaffMember(
      actor: SignedInActor,
      staffId: string,
      query: { cursor?: string | undefined; limit: number },
    ) {
      requireStaff(actor, readsStaffLog);
      return page({ staffId }, query);
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
