import { Notice } from "../../../components/notice.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useRequestDataExport } from "../api/data-export.ts";
import { accountMessages } from "../i18n/account.messages.ts";

/** "Download my data": asks for the export; the link to the file comes by e-mail. */
export function DataExportRequest() {
  const t = useMessages(accountMessages);
  const ask = useRequestDataExport();
  const outcome = ask.isSuccess
    ? t("export.requested")
    : ask.isError
      ? isApiError(ask.error) && ask.error.status === 409
        ? t("export.alreadyRequested")
        : t("export.failed")
      : undefined;
  return (
    <section className="data-export" aria-labelledby="data-export-title">
      <h2 id="data-export-title">{t("export.title")}</h2>
      <p>{t("export.purpose")}</p>
      {outcome ? (
        <Notice tone={ask.isSuccess ? "success" : "attention"}>{outcome}</Notice>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={ask.isPending}
          onClick={() => ask.mutate()}
        >
          {t("export.request")}
        </button>
      )}
    </section>
  );
}
