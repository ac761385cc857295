import { downloadMyDataExport, requestMyDataExport } from "@helpdesk/contracts";
import { useMutation } from "@tanstack/react-query";
import { download, request } from "../../../lib/api-client.ts";
import { saveDownloadedFile } from "../../../lib/save-file.ts";

/** Asks for the export of the signed-in customer's data; its link comes by e-mail. */
export const useRequestDataExport = () => useMutation({ mutationFn: () => request(requestMyDataExport) });

/** Fetches the archive of an e-mailed link (once) and saves it. */
export const useDownloadDataExport = () =>
  useMutation({
    mutationFn: async (token: string) =>
      saveDownloadedFile(await download(downloadMyDataExport, { body: { token } }), "mijn-gegevens.zip"),
  });
