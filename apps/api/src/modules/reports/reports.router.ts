import { downloadReportFigure, getReport } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { ReportsService } from "./reports.service.ts";

export function reportRoutes(reports: ReportsService) {
  return [
    route(getReport, async ({ query, res }) => ({
      status: 200,
      body: await reports.report(signedInActorOf(res), query),
    })),
    route(downloadReportFigure, async ({ params, query, res }) => {
      const csv = await reports.figureCsv(signedInActorOf(res), params.figure, query);
      res.attachment(`rapportage-${params.figure}-${query.from}-${query.to}.csv`);
      res.type("text/csv; charset=utf-8");
      res.setHeader("Cache-Control", "private, no-store");
      res.status(200).send(csv);
      return { status: 200, body: undefined };
    }),
  ];
}
