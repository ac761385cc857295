import { downloadReportFigure, getReport, type ReportFigure, type ReportGrouping } from "@helpdesk/contracts";
import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { download, request } from "../../../lib/api-client.ts";
import { saveDownloadedFile } from "../../../lib/save-file.ts";

export interface ReportPeriod {
  from: string;
  to: string;
  grouping: ReportGrouping;
}

export const reportQuery = (period: ReportPeriod) =>
  queryOptions({
    queryKey: ["reports", period.from, period.to, period.grouping] as const,
    queryFn: ({ signal }) => request(getReport, { query: period }, { signal }),
    placeholderData: keepPreviousData,
  });

export const useDownloadFigure = () =>
  useMutation({
    mutationFn: async ({ figure, period }: { figure: ReportFigure; period: ReportPeriod }) =>
      saveDownloadedFile(
        await download(downloadReportFigure, { params: { figure }, query: period }),
        `rapportage-${figure}-${period.from}-${period.to}.csv`,
      ),
  });
