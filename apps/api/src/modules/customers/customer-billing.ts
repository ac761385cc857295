// Billing changes a customer's billing periods and IBAN, with a reason; each change that alters
// something leaves one line in the customer's audit trail, in the same transaction.
import type { CustomerChange, CustomerView, UpdateCustomerBilling } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { customerBillingEditors, customerVisibility, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor, StaffActor } from "../identity/actor.ts";
import * as repository from "./customers.repository.ts";

/** Only billing may; staff who can see the customer hear why (403), anyone else finds nothing (404). */
function requireBillingEditor(actor: SignedInActor, customerId: string): StaffActor {
  if (actor.kind === "staff" && customerBillingEditors.includes(actor.role)) return actor;
  if (actor.kind === "staff" && customerVisibility(actor, customerId) !== "none")
    throw new AppError("forbidden", "Only billing changes billing periods and bank accounts");
  return denyAsNotFound();
}

const notTheirService = (index: number) =>
  new AppError("validation_failed", "Choose one of the customer's services", {
    errors: [
      {
        path: `body.services.${index}.id`,
        message: "Not a service of this customer",
        code: "invalid_service",
      },
    ],
  });

type Current = NonNullable<Awaited<ReturnType<typeof repository.lockCustomerBilling>>>;

function changesOf(current: Current, input: UpdateCustomerBilling): CustomerChange[] {
  const changes: CustomerChange[] = [];
  for (const [index, wanted] of (input.services ?? []).entries()) {
    const service = current.services.find((candidate) => candidate.id === wanted.id);
    if (!service) throw notTheirService(index);
    if (
      service.billingPeriod !== wanted.billingPeriod &&
      !changes.some((c) => c.field === "billingPeriod" && c.serviceId === service.id)
    )
      changes.push({
        field: "billingPeriod",
        serviceId: service.id,
        serviceName: service.name,
        before: service.billingPeriod,
        after: wanted.billingPeriod,
      });
  }
  if (input.iban !== undefined && input.iban !== current.iban) {
    const change = input.iban === null ? "removed" : current.iban === null ? "added" : "changed";
    changes.push({ field: "iban", change });
  }
  return changes;
}

export function createCustomerBilling({ db }: { db: Database }) {
  return {
    async updateBilling(
      actor: SignedInActor,
      customerId: string,
      input: UpdateCustomerBilling,
      present: (id: string) => Promise<CustomerView>,
    ): Promise<CustomerView> {
      const editor = requireBillingEditor(actor, customerId);
      await db.$transaction(async (tx) => {
        const current = await repository.lockCustomerBilling(tx, customerId);
        if (!current) return denyAsNotFound();
        const changes = changesOf(current, input);
        if (changes.length === 0) return;
        for (const change of changes) {
          if (change.field === "billingPeriod")
            await repository.setServiceBillingPeriod(tx, change.serviceId, change.after);
        }
        if (input.iban !== undefined && changes.some((change) => change.field === "iban"))
          await repository.setCustomerIban(tx, customerId, input.iban);
        await repository.markCustomerChanged(tx, customerId);
        await repository.insertCustomerEvent(tx, {
          customerId,
          type: "billing_changed",
          actorStaffId: editor.id,
          reason: input.reason,
          changes,
        });
      });
      return present(customerId);
    },
  };
}
