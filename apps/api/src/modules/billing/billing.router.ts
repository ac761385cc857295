import {
  answerConsentLink,
  answerConsentRequest,
  createBillingAgreement,
  createConsentRequest,
  createTimeEntry,
  deleteTimeEntry,
  downloadBillingStatement,
  getBillingRate,
  getBillingStatement,
  getMyBilling,
  getTicketBilling,
  listTimeEntries,
  markMonthInvoiced,
  setBillingRate,
  updateTimeEntry,
  viewConsentLink,
} from "@helpdesk/contracts";
import { actorOf, signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { BillingConsents } from "./billing-consents.service.ts";
import type { BillingStatements } from "./billing-statements.service.ts";
import type { TimeEntries } from "./time-entries.service.ts";

export function billingRoutes(
  timeEntries: TimeEntries,
  consents: BillingConsents,
  statements: BillingStatements,
) {
  return [
    route(createTimeEntry, async ({ params, body, res }) => ({
      status: 201,
      body: await timeEntries.create(signedInActorOf(res), params.id, body),
    })),
    route(listTimeEntries, async ({ params, res }) => ({
      status: 200,
      body: await timeEntries.list(signedInActorOf(res), params.id),
    })),
    route(updateTimeEntry, async ({ params, body, res }) => ({
      status: 200,
      body: await timeEntries.update(signedInActorOf(res), params.id, params.entryId, body),
    })),
    route(deleteTimeEntry, async ({ params, res }) => {
      await timeEntries.remove(signedInActorOf(res), params.id, params.entryId);
      return { status: 204, body: undefined };
    }),
    route(getTicketBilling, async ({ params, res }) => ({
      status: 200,
      body: await consents.ticketBilling(signedInActorOf(res), params.id),
    })),
    route(createConsentRequest, async ({ params, body, res }) => ({
      status: 201,
      body: await consents.request(signedInActorOf(res), params.id, body),
    })),
    route(answerConsentRequest, async ({ params, body, res }) => ({
      status: 200,
      body: await consents.answer(signedInActorOf(res), params.id, params.consentId, body.answer),
    })),
    route(viewConsentLink, async ({ body, res }) => ({
      status: 200,
      body: await consents.viewLink(actorOf(res), body.token),
    })),
    route(answerConsentLink, async ({ body, res }) => ({
      status: 200,
      body: await consents.answerLink(actorOf(res), body.token, body.answer),
    })),
    route(createBillingAgreement, async ({ params, body, res }) => ({
      status: 201,
      body: await consents.recordAgreement(signedInActorOf(res), params.id, body),
    })),
    route(getBillingRate, async ({ res }) => ({
      status: 200,
      body: await statements.rate(signedInActorOf(res)),
    })),
    route(setBillingRate, async ({ body, res }) => ({
      status: 200,
      body: await statements.setRate(signedInActorOf(res), body),
    })),
    route(getBillingStatement, async ({ query, res }) => ({
      status: 200,
      body: await statements.statement(signedInActorOf(res), query.month),
    })),
    route(downloadBillingStatement, async ({ query, res }) => {
      const csv = await statements.statementCsv(signedInActorOf(res), query.month);
      res.attachment(`afrekening-${query.month}.csv`);
      res.type("text/csv; charset=utf-8");
      res.setHeader("Cache-Control", "private, no-store");
      res.status(200).send(csv);
      return { status: 200, body: undefined };
    }),
    route(markMonthInvoiced, async ({ params, res }) => ({
      status: 200,
      body: await statements.markInvoiced(signedInActorOf(res), params.month),
    })),
    route(getMyBilling, async ({ res }) => ({
      status: 200,
      body: await statements.myBilling(signedInActorOf(res)),
    })),
  ];
}
