import type { inboundEmailOriginalSchema } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import { useMessages } from "../../../i18n/i18n.tsx";
import { saveDownloadedFile } from "../../../lib/save-file.ts";
import { emailOriginalSourceQuery } from "../api/email-originals.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./email-original.css";

type Original = z.infer<typeof inboundEmailOriginalSchema>;

/** Shown in the page at most; the download has all of it. */
const SHOWN_CHARACTERS = 200_000;

/**
 * Under a message that came in by e-mail: what the product noted about it (an encrypted part, a file
 * it could not take), and the whole e-mail as received, fetched when opened: the quoted history and
 * signature that the thread leaves out are never lost.
 */
export function EmailOriginal({ ticketId, original }: { ticketId: string; original: Original }) {
  const t = useMessages(agentMessages);
  const [open, setOpen] = useState(false);
  const source = useQuery({ ...emailOriginalSourceQuery(ticketId, original.id), enabled: open });
  return (
    <div className="email-original">
      {original.notes.length > 0 ? (
        <ul className="email-original__notes" aria-label={t("ticket.originalNotes")}>
          {original.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t("ticket.originalShow")}</summary>
        {source.isPending ? (
          <p role="status">{t("ticket.originalLoading")}</p>
        ) : source.isError ? (
          <p role="alert">{t("ticket.originalFailed")}</p>
        ) : (
          <>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so the keyboard must reach it to scroll it (WCAG 2.1.1) */}
            <section className="email-original__source" tabIndex={0} aria-label={t("ticket.originalSource")}>
              <pre>{source.data.text.slice(0, SHOWN_CHARACTERS)}</pre>
            </section>
            {source.data.text.length > SHOWN_CHARACTERS ? <p>{t("ticket.originalCut")}</p> : null}
            <button
              type="button"
              className="link-button"
              onClick={() => saveDownloadedFile(source.data.file, "origineel.eml")}
            >
              {t("ticket.originalDownload")}
            </button>
          </>
        )}
      </details>
    </div>
  );
}
