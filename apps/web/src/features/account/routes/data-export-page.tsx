import { Link } from "react-router";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { RequireSignIn } from "../../auth/components/require-sign-in.tsx";
import { useLinkToken } from "../../auth/link-token.ts";
import { useDownloadDataExport } from "../api/data-export.ts";
import { accountMessages } from "../i18n/account.messages.ts";

/**
 * `/account/export#token=…`: the e-mailed link to a data export. Signed in first (the file is for
 * that customer only); the download starts with a click, because the link works once.
 */
export function DataExportPage() {
  return <RequireSignIn>{() => <DataExportDownload />}</RequireSignIn>;
}

function DataExportDownload() {
  const t = useMessages(accountMessages);
  const token = useLinkToken();
  const fetchFile = useDownloadDataExport();

  let content = (
    <button
      type="button"
      className="button button--accent"
      disabled={fetchFile.isPending}
      onClick={() => token && fetchFile.mutate(token)}
    >
      {t("export.download")}
    </button>
  );
  if (!token) content = <Notice>{t("export.noToken")}</Notice>;
  else if (fetchFile.isSuccess) content = <Notice tone="success">{t("export.downloaded")}</Notice>;
  else if (fetchFile.isError)
    content = (
      <Notice>
        {isApiError(fetchFile.error) && fetchFile.error.status === 404
          ? t("export.invalid")
          : t("export.failed")}
      </Notice>
    );

  return (
    <div className="page">
      <PageHeading title={t("export.pageTitle")} />
      <p className="lead">{t("export.pageIntro")}</p>
      {content}
      <p>
        <Link to="/tickets">{t("export.back")}</Link>
      </p>
    </div>
  );
}
