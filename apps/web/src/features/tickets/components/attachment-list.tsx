import { useState } from "react";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { saveAttachment } from "../api/tickets.queries.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { generalError } from "./ticket-form-wording.ts";
import { formatSize } from "./ticket-format.ts";
import "./attachment-list.css";

interface Attachment {
  id: string;
  fileName: string;
  size: number;
}

/** A ticket's files, each a button that downloads it (the API wants the access token, so no plain link). */
export function AttachmentList({ ticketId, attachments }: { ticketId: string; attachments: Attachment[] }) {
  const t = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const [failed, setFailed] = useState<string | undefined>();
  if (attachments.length === 0) return null;
  return (
    <div className="attachments">
      <ul className="attachments__list" aria-label={t("ticket.attachments")}>
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setFailed(undefined);
                saveAttachment(ticketId, attachment).catch((error: unknown) =>
                  setFailed(generalError(t, error)),
                );
              }}
            >
              <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  d="M21 11.5 12.5 20a5 5 0 0 1-7-7L14 4.5a3.5 3.5 0 0 1 5 5L10.5 18a2 2 0 0 1-3-3L15 7.5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              {t("ticket.download", {
                name: attachment.fileName,
                size: formatSize(attachment.size, language),
              })}
            </button>
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="field__error" role="alert">
          {failed}
        </p>
      ) : null}
    </div>
  );
}
