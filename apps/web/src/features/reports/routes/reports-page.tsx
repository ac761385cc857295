import {
  MAX_REPORT_DAYS,
  type Report,
  type ReportFigure,
  type ReportFigures,
  type ReportGrouping,
  reportDays,
} from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDate } from "../../tickets/components/ticket-format.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { type ReportPeriod, reportQuery, useDownloadFigure } from "../api/reports.queries.ts";
import { reportsMessages } from "../i18n/reports.messages.ts";
import "./reports-page.css";

const DAY = 24 * 3600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = () => isoDay(Date.now());
const lastDays = (days: number) => ({ from: isoDay(Date.now() - (days - 1) * DAY), to: today() });

/** Colours with at least 3:1 against white and against each other's neighbours. */
const PALETTE = ["#1b4f9c", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490", "#be185d"];
const CURRENT = "#1b4f9c";
const PREVIOUS = "#8a94a6";

/**
 * `/agent/reports` (admins, customer service and agents): the team's figures for a period next to
 * the previous one, charts drawn by Recharts (this page is its own chunk, loaded on demand) with a
 * table under each for screen readers, and a CSV per figure.
 */
export function ReportsPage() {
  const t = useMessages(reportsMessages);
  const { language } = useLanguage();
  const [period, setPeriod] = useState<ReportPeriod>({ ...lastDays(28), grouping: "day" });
  const days = reportDays(period.from, period.to);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(period.from) &&
    /^\d{4}-\d{2}-\d{2}$/.test(period.to) &&
    days >= 1 &&
    days <= MAX_REPORT_DAYS;
  const report = useQuery({ ...reportQuery(period), enabled: valid });
  const date = (iso: string) => formatDate(`${iso}T12:00:00Z`, language);

  return (
    <div className="page page--wide reports">
      <PageHeading title={t("title")} />
      <p>{t("purpose")}</p>
      <fieldset className="reports__period">
        <legend>{t("period.legend")}</legend>
        <TextField
          id="report-from"
          name="from"
          type="date"
          label={t("period.from")}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
        />
        <TextField
          id="report-to"
          name="to"
          type="date"
          label={t("period.to")}
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
        />
        <div className="field">
          <label className="field__label" htmlFor="report-grouping">
            {t("period.grouping")}
          </label>
          <select
            id="report-grouping"
            className="field__control"
            value={period.grouping}
            onChange={(event) => setPeriod({ ...period, grouping: event.target.value as ReportGrouping })}
          >
            {(["day", "week", "month"] as const).map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(`period.groupings.${grouping}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="reports__presets">
          {(
            [
              ["last28", 28, "day"],
              ["last90", 90, "week"],
              ["last365", 365, "month"],
            ] as const
          ).map(([key, length, grouping]) => (
            <button
              key={key}
              type="button"
              className="button button--secondary"
              onClick={() => setPeriod({ ...lastDays(length), grouping })}
            >
              {t(`period.presets.${key}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {!valid ? <Notice>{t("period.invalid")}</Notice> : null}
      {report.isError ? <Notice>{t("failed")}</Notice> : null}
      {valid && report.isPending ? <p role="status">{t("loading")}</p> : null}
      {report.data ? (
        <>
          <p className="reports__previous">
            {t("previous", { from: date(report.data.previous.from), to: date(report.data.previous.to) })}
          </p>
          <Figures report={report.data} period={period} />
        </>
      ) : null}
    </div>
  );
}

function Figures({ report, period }: { report: Report; period: ReportPeriod }) {
  const t = useMessages(reportsMessages);
  // Categories and levels as the rest of the workspace names them.
  const tTickets = useMessages(ticketsMessages);
  const { current, previous } = report;
  const hours = (minutes: number | null) =>
    minutes === null
      ? t("none")
      : t("hours", { hours: (minutes / 60).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) });
  const percent = (share: number | null) => (share === null ? t("none") : `${Math.round(share * 100)}%`);
  const deflectedShare = (f: ReportFigures) =>
    f.deflection.clicked ? f.deflection.deflected / f.deflection.clicked : null;
  const kpis: [string, string, string][] = [
    [t("kpi.tickets"), String(current.tickets.total), String(previous.tickets.total)],
    [
      t("kpi.firstResponse"),
      hours(current.responseTimes.firstResponse.medianMinutes),
      hours(previous.responseTimes.firstResponse.medianMinutes),
    ],
    [
      t("kpi.resolution"),
      hours(current.responseTimes.resolution.medianMinutes),
      hours(previous.responseTimes.resolution.medianMinutes),
    ],
    [t("kpi.deflected"), percent(deflectedShare(current)), percent(deflectedShare(previous))],
    [t("kpi.goodShare"), percent(current.satisfaction.goodShare), percent(previous.satisfaction.goodShare)],
  ];
  const channels = pivot(
    current.tickets.byChannel.map((row) => ({ bucket: row.bucket, key: row.channel, value: row.tickets })),
  );
  const categories = pivot(
    current.tickets.byCategory.map((row) => ({ bucket: row.bucket, key: row.category, value: row.tickets })),
  );
  const comparisonLabels = { current: t("columns.current"), previous: t("columns.previousShort") };
  // Unsolved now and a period ago; of now's, waiting on us and on the customer (days the job captured).
  const backlog = current.backlog.map((row, index) => ({
    bucket: row.bucket,
    current: row.unsolved,
    previous: previous.backlog[index]?.unsolved ?? null,
    waitingOnTeam: row.open,
    waitingOnCustomer: row.pending,
  }));
  const backlogLabels = {
    ...comparisonLabels,
    waitingOnTeam: t("columns.waitingOnTeam"),
    waitingOnCustomer: t("columns.waitingOnCustomer"),
  };
  const funnelStages = ["sessions", "shown", "clicked", "deflected", "submittedAnyway"] as const;
  const funnel = funnelStages.map((stage) => ({
    stage: t(`funnel.${stage}`),
    current: current.deflection[stage],
    previous: previous.deflection[stage],
  }));
  const channelLabels = Object.fromEntries(channels.keys.map((key) => [key, t(`channels.${key as "web"}`)]));
  const categoryLabels = Object.fromEntries(
    categories.keys.map((key) => [key, tTickets(`categories.${key as "other"}`)]),
  );

  return (
    <>
      <ul className="reports__kpis">
        {kpis.map(([label, value, before]) => (
          <li key={label} className="reports__kpi">
            <span className="reports__kpi-label">{label}</span>
            <span className="reports__kpi-value">{value}</span>
            <span className="reports__kpi-previous">{t("versus", { value: before })}</span>
          </li>
        ))}
      </ul>
      <div className="reports__grid">
        <FigureCard figure="tickets" title={t("figures.tickets")} period={period}>
          <StackedBars rows={channels.rows} keys={channels.keys} labels={channelLabels} />
          <HiddenTable
            title={t("figures.tickets")}
            rows={channels.rows}
            keys={channels.keys}
            labels={channelLabels}
          />
        </FigureCard>
        <FigureCard figure="tickets" title={t("figures.categories")} period={period} showDownload={false}>
          <StackedBars rows={categories.rows} keys={categories.keys} labels={categoryLabels} />
          <HiddenTable
            title={t("figures.categories")}
            rows={categories.rows}
            keys={categories.keys}
            labels={categoryLabels}
          />
        </FigureCard>
        <FigureCard figure="backlog" title={t("figures.backlog")} period={period}>
          <div className="reports__chart" data-testid="chart">
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={backlog} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid stroke="#dde3ec" />
                <XAxis dataKey="bucket" tickFormatter={shortDate} minTickGap={16} />
                <YAxis allowDecimals={false} width={40} />
                <Tooltip />
                <Legend />
                {/* Drawn at once: an animated line is half drawn in a screenshot or a print. */}
                <Line
                  isAnimationActive={false}
                  type="monotone"
                  dataKey="current"
                  name={comparisonLabels.current}
                  stroke={CURRENT}
                  strokeWidth={2}
                  dot={false}
                />
                <Line
                  isAnimationActive={false}
                  type="monotone"
                  dataKey="previous"
                  name={comparisonLabels.previous}
                  stroke={PREVIOUS}
                  strokeDasharray="4 4"
                  dot={false}
                />
                {(["waitingOnTeam", "waitingOnCustomer"] as const).map((key, index) => (
                  <Line
                    key={key}
                    isAnimationActive={false}
                    type="monotone"
                    dataKey={key}
                    name={backlogLabels[key]}
                    stroke={PALETTE[index + 1]}
                    dot={false}
                    connectNulls={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <HiddenTable
            title={t("figures.backlog")}
            rows={backlog}
            keys={["current", "previous", "waitingOnTeam", "waitingOnCustomer"]}
            labels={backlogLabels}
          />
        </FigureCard>
        <FigureCard figure="deflection" title={t("figures.deflection")} period={period}>
          <div className="reports__chart" data-testid="chart">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={funnel} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid stroke="#dde3ec" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="stage" width={150} />
                <Tooltip />
                <Legend />
                <Bar
                  isAnimationActive={false}
                  dataKey="current"
                  name={comparisonLabels.current}
                  fill={CURRENT}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="previous"
                  name={comparisonLabels.previous}
                  fill={PREVIOUS}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <HiddenTable
            title={t("figures.deflection")}
            rows={funnel.map((row) => ({ ...row, bucket: row.stage }))}
            keys={["current", "previous"]}
            labels={comparisonLabels}
          />
        </FigureCard>
        <FigureCard figure="response-times" title={t("figures.responseTimes")} period={period}>
          <table className="reports__table">
            <thead>
              <tr>
                <th scope="col">{t("columns.measure")}</th>
                <th scope="col">{t("columns.median")}</th>
                <th scope="col">{t("columns.p90")}</th>
                <th scope="col">{t("columns.previousShort")}</th>
              </tr>
            </thead>
            <tbody>
              {(["firstResponse", "resolution"] as const).map((measure) => (
                <tr key={measure}>
                  <th scope="row">{t(`measures.${measure}`)}</th>
                  <td>{hours(current.responseTimes[measure].medianMinutes)}</td>
                  <td>{hours(current.responseTimes[measure].p90Minutes)}</td>
                  <td>
                    {hours(previous.responseTimes[measure].medianMinutes)} /{" "}
                    {hours(previous.responseTimes[measure].p90Minutes)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </FigureCard>
        <FigureCard figure="service-levels" title={t("figures.serviceLevels")} period={period}>
          {current.serviceLevels.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <table className="reports__table">
              <thead>
                <tr>
                  <th scope="col">{t("columns.level")}</th>
                  <th scope="col">{t("columns.tickets")}</th>
                  <th scope="col">{t("columns.firstResponseMet")}</th>
                  <th scope="col">{t("columns.resolutionMet")}</th>
                </tr>
              </thead>
              <tbody>
                {current.serviceLevels.map((row) => (
                  <tr key={row.level}>
                    <th scope="row">{tTickets(`serviceLevels.${row.level}`)}</th>
                    <td>{row.tickets}</td>
                    <td>{share(row.firstResponseMet, row.firstResponseKnown)}</td>
                    <td>{share(row.resolutionMet, row.resolutionKnown)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </FigureCard>
        <FigureCard figure="satisfaction" title={t("figures.satisfaction")} period={period}>
          <table className="reports__table">
            <thead>
              <tr>
                <th scope="col">{t("columns.measure")}</th>
                <th scope="col">{t("columns.current")}</th>
                <th scope="col">{t("columns.previousShort")}</th>
              </tr>
            </thead>
            <tbody>
              {(["ratings", "good", "bad", "comments", "reviewClicks"] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`satisfaction.${key}`)}</th>
                  <td>{current.satisfaction[key]}</td>
                  <td>{previous.satisfaction[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </FigureCard>
        <FigureCard figure="billable" title={t("figures.billable")} period={period}>
          {current.billable.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <>
              <div className="reports__chart" data-testid="chart">
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart data={current.billable} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                    <CartesianGrid stroke="#dde3ec" />
                    <XAxis dataKey="month" />
                    <YAxis allowDecimals={false} width={40} />
                    <Tooltip />
                    <Bar
                      isAnimationActive={false}
                      dataKey="blocks"
                      name={t("columns.blocks")}
                      fill={CURRENT}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <HiddenTable
                title={t("figures.billable")}
                rows={current.billable.map((row) => ({ bucket: row.month, blocks: row.blocks }))}
                keys={["blocks"]}
                labels={{ blocks: t("columns.blocks") }}
              />
            </>
          )}
        </FigureCard>
        <FigureCard figure="top-articles" title={t("figures.topArticles")} period={period}>
          {current.topArticles.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <table className="reports__table">
              <thead>
                <tr>
                  <th scope="col">{t("columns.article")}</th>
                  <th scope="col">{t("columns.deflected")}</th>
                  <th scope="col">{t("columns.clicked")}</th>
                </tr>
              </thead>
              <tbody>
                {current.topArticles.map((row) => (
                  <tr key={row.articleId}>
                    <th scope="row">{row.title}</th>
                    <td>{row.deflected}</td>
                    <td>{row.clicked}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </FigureCard>
        <FigureCard figure="unanswered-queries" title={t("figures.unansweredQueries")} period={period}>
          {current.unansweredQueries.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <table className="reports__table">
              <thead>
                <tr>
                  <th scope="col">{t("columns.query")}</th>
                  <th scope="col">{t("columns.sessions")}</th>
                </tr>
              </thead>
              <tbody>
                {current.unansweredQueries.map((row) => (
                  <tr key={row.query}>
                    <th scope="row">{row.query}</th>
                    <td>{row.sessions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </FigureCard>
      </div>
    </>
  );

  function share(met: number, known: number) {
    return known === 0 ? t("none") : `${Math.round((met / known) * 100)}% (${t("share", { met, known })})`;
  }
}

const shortDate = (iso: string) => `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}`;

type Row = Record<string, string | number | null> & { bucket: string };

/** Rows of (bucket, key, value) as one row per bucket with a column per key. */
function pivot(cells: { bucket: string; key: string; value: number }[]) {
  const keys = [...new Set(cells.map((cell) => cell.key))];
  const rows = new Map<string, Row>();
  for (const cell of cells) {
    const row: Row = rows.get(cell.bucket) ?? { bucket: cell.bucket };
    row[cell.key] = cell.value;
    rows.set(cell.bucket, row);
  }
  return { keys, rows: [...rows.values()] };
}

function StackedBars({
  rows,
  keys,
  labels,
}: {
  rows: Row[];
  keys: string[];
  labels: Record<string, string>;
}) {
  return (
    <div className="reports__chart" data-testid="chart">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#dde3ec" />
          <XAxis dataKey="bucket" tickFormatter={shortDate} minTickGap={16} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Legend />
          {keys.map((key, index) => (
            <Bar
              key={key}
              dataKey={key}
              name={labels[key] ?? key}
              stackId="all"
              fill={PALETTE[index % PALETTE.length]}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The chart's numbers for screen readers. */
function HiddenTable({
  title,
  rows,
  keys,
  labels,
}: {
  title: string;
  rows: Row[];
  keys: string[];
  labels: Record<string, string>;
}) {
  const t = useMessages(reportsMessages);
  // The wrapper is hidden, not the table: a table is never narrower than its columns.
  return (
    <div className="visually-hidden">
      <table>
        <caption>{t("tableOf", { figure: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.bucket")}</th>
            {keys.map((key) => (
              <th key={key} scope="col">
                {labels[key] ?? key}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.bucket}>
              <th scope="row">{row.bucket}</th>
              {keys.map((key) => (
                <td key={key}>{row[key] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FigureCard({
  figure,
  title,
  period,
  children,
  showDownload = true,
}: {
  figure: ReportFigure;
  title: string;
  period: ReportPeriod;
  children: ReactNode;
  showDownload?: boolean;
}) {
  const t = useMessages(reportsMessages);
  const download = useDownloadFigure();
  return (
    <section className="reports__card" aria-label={title}>
      <div className="reports__card-head">
        <h2>{title}</h2>
        {showDownload ? (
          <button
            type="button"
            className="button button--secondary reports__download"
            aria-label={t("downloadOf", { figure: title })}
            disabled={download.isPending}
            onClick={() => download.mutate({ figure, period })}
          >
            {t("download")}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}
