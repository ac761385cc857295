import type { CursorPage, CustomerEvent, CustomerView, UpdateCustomerBilling } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import {
  customerEventReaders,
  customerSearchVisibility,
  customerVisibility,
  denyAsNotFound,
  requireStaff,
} from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { recordPrivateDataShown } from "../privacy/private-data-access.ts";
import { createCustomerBilling } from "./customer-billing.ts";
import {
  presentCustomerEvent,
  presentCustomerFullView,
  presentCustomerSupportView,
} from "./customers.presenter.ts";
import * as repository from "./customers.repository.ts";

export function createCustomersService({ db }: { db: Database }) {
  const billing = createCustomerBilling({ db });
  const service = {
    /** `screen`: the web app's screen that asks, for the access log of private data. */
    async getCustomer(actor: SignedInActor, id: string, screen: string | null = null): Promise<CustomerView> {
      const visibility = customerVisibility(actor, id);
      if (visibility === "support") {
        const row = await repository.findCustomerSupportView(db, id);
        if (row) return presentCustomerSupportView(row);
      } else if (visibility === "full") {
        const row = await repository.findCustomerFullView(db, id);
        if (row) {
          await recordPrivateDataShown(db, actor, [row.id], { endpoint: "GET /customers/{id}", screen });
          return presentCustomerFullView(row);
        }
      }
      return denyAsNotFound();
    },

    async searchCustomers(
      actor: SignedInActor,
      query: {
        q?: string | undefined;
        updated_since?: string | undefined;
        cursor?: string | undefined;
        limit: number;
      },
      screen: string | null = null,
    ): Promise<CursorPage<CustomerView>> {
      const visibility = customerSearchVisibility(actor);
      const after = decodeCursor(query.cursor);
      const search = { text: query.q, updatedSince: query.updated_since };
      if (visibility === "support") {
        const rows = await repository.searchCustomersSupportView(db, search, after, query.limit + 1);
        return toPage(rows, query.limit, presentCustomerSupportView);
      }
      if (visibility === "full") {
        const rows = await repository.searchCustomersFullView(db, search, after, query.limit + 1);
        const page = toPage(rows, query.limit, presentCustomerFullView);
        const shown = page.items.map((customer) => customer.id);
        await recordPrivateDataShown(db, actor, shown, { endpoint: "GET /customers", screen });
        return page;
      }
      return denyAsNotFound();
    },

    /** Billing's change, answered with the record as billing now sees it (logged as shown). */
    async updateBilling(
      actor: SignedInActor,
      id: string,
      input: UpdateCustomerBilling,
      screen: string | null = null,
    ): Promise<CustomerView> {
      return billing.updateBilling(actor, id, input, (customerId) =>
        service.getCustomer(actor, customerId, screen),
      );
    },

    async listEvents(actor: SignedInActor, id: string): Promise<{ items: CustomerEvent[] }> {
      requireStaff(actor, (role) => customerEventReaders.includes(role));
      const customer = await repository.findCustomerContact(db, id);
      if (!customer) return denyAsNotFound();
      const rows = await repository.findCustomerEvents(db, id);
      return { items: rows.map(presentCustomerEvent) };
    },
  };
  return service;
}
export type CustomersService = ReturnType<typeof createCustomersService>;
