import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { reportFigureParamsSchema, reportQuerySchema, reportSchema } from "./reports.schemas.ts";

export const getReport = defineEndpoint({
  method: "GET",
  path: "/reports",
  summary:
    "Admins, customer service and agents (team figures, no one named): tickets, backlog, response times, service levels, deflection, satisfaction and billable blocks for a period and the previous one",
  tag: "Reports",
  query: reportQuerySchema,
  responses: { 200: reportSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const downloadReportFigure = defineEndpoint({
  method: "GET",
  path: "/reports/:figure.csv",
  summary: "One figure of the report as CSV, the period's rows and then the previous period's",
  tag: "Reports",
  params: reportFigureParamsSchema,
  query: reportQuerySchema,
  download: true,
  responses: { 200: null, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
