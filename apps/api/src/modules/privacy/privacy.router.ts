import {
  eraseCustomer,
  getCustomerErasure,
  listCustomerPrivateDataAccess,
  listStaffPrivateDataAccess,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { CustomerErasureService } from "./customer-erasure.service.ts";
import type { PrivacyService } from "./privacy.service.ts";

export function privacyRoutes(privacy: PrivacyService, erasure: CustomerErasureService) {
  return [
    route(eraseCustomer, async ({ params, body, res }) => ({
      status: 200,
      body: await erasure.erase(signedInActorOf(res), params.id, body.reason),
    })),
    route(getCustomerErasure, async ({ params, res }) => ({
      status: 200,
      body: await erasure.find(signedInActorOf(res), params.id),
    })),
    route(listCustomerPrivateDataAccess, async ({ params, query, res }) => ({
      status: 200,
      body: await privacy.listForCustomer(signedInActorOf(res), params.id, query),
    })),
    route(listStaffPrivateDataAccess, async ({ params, query, res }) => ({
      status: 200,
      body: await privacy.listForStaffMember(signedInActorOf(res), params.id, query),
    })),
  ];
}
