import { describedBy } from "../../../components/fields.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { type StagedFiles, stagedFileLimits } from "./use-staged-files.ts";
import "../../../components/fields.css";
import "./staged-file-field.css";

/** What the API takes (it checks the bytes; this only narrows the browser's file picker). */
const ACCEPTED_FILES = [
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".gif",
  ".webp",
  ".docx",
  ".xlsx",
  ".odt",
  ".txt",
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "text/plain",
].join(",");

export interface StagedFileFieldProps {
  /** Unique on the page: the input's id, and the prefix of its hint's, error's and files' ids. */
  id: string;
  label: string;
  /** Which files, how many and how large: said before anyone chooses. */
  hint: string;
  files: StagedFiles;
  error?: string | undefined;
}

/**
 * A file input whose files are uploaded as soon as they are chosen: per file a progress bar, then
 * "added" or why not, and a button to remove it again.
 */
export function StagedFileField({ id, label, hint, files, error }: StagedFileFieldProps) {
  const t = useMessages(ticketsMessages);
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        className="file-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => {
          files.add([...(event.target.files ?? [])]);
          // Emptied, so that choosing the same file again (after removing it) is a change too.
          event.target.value = "";
        }}
      />
      {files.items.length > 0 ? (
        <ul className="uploads" aria-label={t("ticket.chosenFiles")}>
          {files.items.map((item) => (
            <li key={item.key} className={`upload upload--${item.state}`}>
              <div className="upload__status">
                {item.state === "failed" ? (
                  <span className="field__error">
                    {t("ticket.uploadFailed", {
                      name: item.name,
                      reason: t(`ticket.fileFailures.${item.failure ?? "unexpected"}`, stagedFileLimits),
                    })}
                  </span>
                ) : (
                  <>
                    <label htmlFor={`${id}-${item.key}`}>
                      {item.state === "done"
                        ? t("ticket.uploaded", { name: item.name })
                        : t("ticket.uploading", { name: item.name })}
                    </label>
                    <progress id={`${id}-${item.key}`} max={1} value={item.progress} />
                  </>
                )}
              </div>
              <button type="button" className="link-button" onClick={() => files.remove(item.key)}>
                {t("ticket.removeFile", { name: item.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
