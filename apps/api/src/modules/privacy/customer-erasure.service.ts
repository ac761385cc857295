// Erasing a customer on request (right to be forgotten), in one transaction: the record of the
// erasure first (so a second, also a concurrent one, is a 409), then each module clears what it
// holds: the customer record, the tickets' text, queued e-mails, sessions and links, limit counters.
// Attachment bytes go after the commit; a crash in between leaves unreferenced files, never a
// half-erased customer.
import type { CustomerErasure, StaffRole } from "@helpdesk/contracts";
import { isUniqueViolation } from "../../db/database-errors.ts";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { personalDataScrubber } from "../../lib/privacy/personal-data-scrubber.ts";
import { forgetLimitsNaming } from "../../lib/security/attempt-limiter.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import { eraseCustomerFromAppointments } from "../appointments/appointments.module.ts";
import { revokeCustomerAccess } from "../auth/account-erasure.ts";
import { eraseCustomerFromBilling, listUninvoicedBillableMonthsOf } from "../billing/billing.module.ts";
import { eraseCustomerRecord } from "../customers/customer-accounts.ts";
import { customerErasers, denyAsNotFound, requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { forgetEmailOriginalsOf } from "../inbound-mail/inbound-email-erasure.ts";
import { forgetNotificationsAbout } from "../notifications/notification-events.ts";
import { forgetOutboxEventsAbout } from "../outbox/outbox.service.ts";
import { eraseRatingComments } from "../ratings/ratings.service.ts";
import { findStaffNames } from "../staff/staff-accounts.ts";
import { eraseCustomerFromTickets } from "../tickets/ticket-erasure.ts";
import * as erasures from "./customer-erasures.repository.ts";
import * as dataExports from "./data-exports.repository.ts";

/** Customer service erases (the provider's privacy statement: they see everything); admins too. */
const erasesCustomers = (role: StaffRole) => customerErasers.includes(role);

export function createCustomerErasureService({
  db,
  storage,
  now = () => new Date(),
}: {
  db: Database;
  storage: AttachmentStorage;
  now?: () => Date;
}) {
  async function present(row: erasures.ErasureRow): Promise<CustomerErasure> {
    const [staff] = await findStaffNames(db, [row.erasedByStaffId]);
    return {
      customerId: row.customerId,
      erasedAt: row.createdAt.toISOString(),
      erasedBy: { id: row.erasedByStaffId, name: staff?.name ?? null },
      reason: row.reason,
      counts: row.counts as CustomerErasure["counts"],
    };
  }

  return {
    async erase(actor: SignedInActor, customerId: string, reason: string): Promise<CustomerErasure> {
      const staff = requireStaff(actor, erasesCustomers);
      const { row, storageKeys } = await inWriteTransaction(db, async (tx) => {
        // An export being prepared would e-mail what is about to be erased: let it finish first.
        if (await dataExports.hasExportInPreparation(tx, customerId)) {
          throw new AppError(
            "conflict",
            "An export of this customer's data is being prepared: erase after it is sent",
          );
        }
        // Billable time not invoiced yet would be billed to nobody: billing invoices it first.
        const openMonths = await listUninvoicedBillableMonthsOf(tx, customerId);
        if (openMonths.length > 0) {
          throw new AppError(
            "billing_not_invoiced",
            `Billable time in ${openMonths.join(", ")} is not invoiced yet: billing marks those months invoiced first, then erase`,
          );
        }
        let record: erasures.ErasureRow;
        try {
          record = await erasures.insertErasure(tx, {
            customerId,
            erasedByStaffId: staff.id,
            reason,
            counts: {},
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw new AppError("conflict", "This customer has been erased already");
          throw error;
        }
        const erased = await eraseCustomerRecord(tx, customerId);
        if (!erased) denyAsNotFound();
        const scrub = personalDataScrubber(erased.personal);
        const tickets = await eraseCustomerFromTickets(tx, customerId, scrub);
        // Time entries and consents stay for the books; their texts lose the customer's data.
        await eraseCustomerFromBilling(tx, tickets.ticketIds, scrub);
        await eraseCustomerFromAppointments(tx, tickets.ticketIds);
        const queuedEmails = await forgetOutboxEventsAbout(tx, {
          ticketIds: tickets.ticketIds,
          email: erased.personal.email,
        });
        await forgetNotificationsAbout(tx, tickets.ticketIds);
        await revokeCustomerAccess(tx, customerId, now());
        await forgetLimitsNaming(tx, erased.personal.email);
        const emailOriginals = await forgetEmailOriginalsOf(tx, tickets.ticketIds);
        // The verdict stays for the figures; the customer's own words about it go.
        await eraseRatingComments(tx, tickets.ticketIds);
        const counts = { ...tickets.counts, services: erased.servicesDeleted, queuedEmails, emailOriginals };
        return {
          row: await erasures.setErasureCounts(tx, record.id, counts),
          storageKeys: tickets.storageKeys,
        };
      });
      for (const key of storageKeys) await storage.delete(key);
      return present(row);
    },

    async find(actor: SignedInActor, customerId: string): Promise<CustomerErasure> {
      requireStaff(actor, erasesCustomers);
      const row = await erasures.findErasure(db, customerId);
      return row ? present(row) : denyAsNotFound();
    },
  };
}
export type CustomerErasureService = ReturnType<typeof createCustomerErasureService>;
