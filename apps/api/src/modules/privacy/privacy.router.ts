import { listCustomerPrivateDataAccess, listStaffPrivateDataAccess } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { PrivacyService } from "./privacy.service.ts";

export function privacyRoutes(privacy: PrivacyService) {
  return [
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
