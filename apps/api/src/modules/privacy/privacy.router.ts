import {
  downloadMyDataExport,
  eraseCustomer,
  getCustomerErasure,
  listCustomerPrivateDataAccess,
  listStaffPrivateDataAccess,
  requestCustomerDataExport,
  requestMyDataExport,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { CustomerErasureService } from "./customer-erasure.service.ts";
import type { DataExports } from "./data-export.service.ts";
import type { PrivacyService } from "./privacy.service.ts";

export function privacyRoutes(
  privacy: PrivacyService,
  erasure: CustomerErasureService,
  exports: DataExports,
) {
  return [
    route(requestMyDataExport, async ({ res }) => ({
      status: 202,
      body: await exports.requestOwn(signedInActorOf(res)),
    })),
    route(requestCustomerDataExport, async ({ params, res }) => ({
      status: 202,
      body: await exports.requestFor(signedInActorOf(res), params.id),
    })),
    route(downloadMyDataExport, async ({ body, res }) => {
      const archive = await exports.download(signedInActorOf(res), body.token);
      res.attachment("mijn-gegevens.zip");
      res.type("application/zip");
      res.setHeader("Cache-Control", "private, no-store");
      res.status(200).send(archive);
      return { status: 200, body: undefined };
    }),
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
