// Each figure of a report as CSV (csv-stringify, as the billing statement: docs/adr/0012): the
// period's rows first, then the previous period's, told apart by the first column.
import type { Report, ReportFigure, ReportFigures } from "@helpdesk/contracts";
import { stringify } from "csv-stringify/sync";

type Cell = string | number | boolean | null;

/** A spreadsheet runs a cell starting with = + - @ as a formula (a query is the customer's words). */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const figureRows: Record<ReportFigure, { columns: string[]; rows: (f: ReportFigures) => Cell[][] }> = {
  tickets: {
    columns: ["bucket", "dimension", "value", "tickets"],
    rows: (f) => [
      ...f.tickets.byChannel.map((r) => [r.bucket, "channel", r.channel, r.tickets]),
      ...f.tickets.byCategory.map((r) => [r.bucket, "category", r.category, r.tickets]),
    ],
  },
  backlog: {
    columns: ["bucket", "unsolved", "open", "pending"],
    rows: (f) => f.backlog.map((r) => [r.bucket, r.unsolved, r.open, r.pending]),
  },
  "response-times": {
    columns: ["measure", "tickets", "median_working_minutes", "p90_working_minutes"],
    rows: (f) => [
      [
        "first_response",
        f.responseTimes.firstResponse.tickets,
        f.responseTimes.firstResponse.medianMinutes,
        f.responseTimes.firstResponse.p90Minutes,
      ],
      [
        "resolution",
        f.responseTimes.resolution.tickets,
        f.responseTimes.resolution.medianMinutes,
        f.responseTimes.resolution.p90Minutes,
      ],
    ],
  },
  "service-levels": {
    columns: [
      "level",
      "tickets",
      "first_response_met",
      "first_response_known",
      "resolution_met",
      "resolution_known",
    ],
    rows: (f) =>
      f.serviceLevels.map((r) => [
        r.level,
        r.tickets,
        r.firstResponseMet,
        r.firstResponseKnown,
        r.resolutionMet,
        r.resolutionKnown,
      ]),
  },
  deflection: {
    columns: ["sessions", "shown", "clicked", "deflected", "submitted_anyway"],
    rows: (f) => [
      [
        f.deflection.sessions,
        f.deflection.shown,
        f.deflection.clicked,
        f.deflection.deflected,
        f.deflection.submittedAnyway,
      ],
    ],
  },
  "top-articles": {
    columns: ["article_id", "title", "deflected", "clicked"],
    rows: (f) => f.topArticles.map((r) => [r.articleId, asText(r.title), r.deflected, r.clicked]),
  },
  "unanswered-queries": {
    columns: ["query", "sessions"],
    rows: (f) => f.unansweredQueries.map((r) => [asText(r.query), r.sessions]),
  },
  satisfaction: {
    columns: ["ratings", "good", "bad", "good_share", "comments", "review_clicks"],
    rows: (f) => [
      [
        f.satisfaction.ratings,
        f.satisfaction.good,
        f.satisfaction.bad,
        f.satisfaction.goodShare,
        f.satisfaction.comments,
        f.satisfaction.reviewClicks,
      ],
    ],
  },
  billable: {
    columns: ["month", "tickets", "blocks_15_min"],
    rows: (f) => f.billable.map((r) => [r.month, r.tickets, r.blocks]),
  },
};

export function figureCsv(figure: ReportFigure, report: Report): string {
  const { columns, rows } = figureRows[figure];
  const of = (label: string, figures: ReportFigures) =>
    rows(figures).map((row) => [label, figures.from, figures.to, ...row]);
  return stringify([...of("current", report.current), ...of("previous", report.previous)], {
    header: true,
    columns: ["period", "from", "to", ...columns],
    record_delimiter: "\r\n",
  });
}
