import { getCustomer, listCustomerEvents, searchCustomers, updateCustomerBilling } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import { screenOf } from "../privacy/private-data-access.ts";
import type { CustomersService } from "./customers.service.ts";

export function customerRoutes(customers: CustomersService) {
  return [
    route(getCustomer, async ({ params, req, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await customers.getCustomer(actor, params.id, screenOf(req)) };
    }),
    route(searchCustomers, async ({ query, req, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await customers.searchCustomers(actor, query, screenOf(req)) };
    }),
    route(updateCustomerBilling, async ({ params, body, req, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await customers.updateBilling(actor, params.id, body, screenOf(req)) };
    }),
    route(listCustomerEvents, async ({ params, res }) => ({
      status: 200,
      body: await customers.listEvents(signedInActorOf(res), params.id),
    })),
  ];
}
