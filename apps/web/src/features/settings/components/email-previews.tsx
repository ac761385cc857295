import { type EmailTemplate, emailTemplates, type Language } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useMessages } from "../../../i18n/i18n.tsx";
import { emailPreviewQuery } from "../api/settings.queries.ts";
import { settingsMessages } from "../i18n/settings.messages.ts";

/** Every e-mail template with sample data, opened one at a time (each is fetched when opened). */
export function EmailPreviews() {
  const t = useMessages(settingsMessages);
  const [language, setLanguage] = useState<Language>("nl");
  return (
    <section className="settings-section" aria-labelledby="email-previews-title">
      <h2 id="email-previews-title">{t("previewsTitle")}</h2>
      <p>{t("previewsIntro")}</p>
      <div className="field">
        <label className="field__label" htmlFor="preview-language">
          {t("previewLanguage")}
        </label>
        <select
          id="preview-language"
          className="field__input settings-language"
          value={language}
          onChange={(event) => setLanguage(event.target.value === "en" ? "en" : "nl")}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <ul className="email-previews">
        {emailTemplates.map((template) => (
          <li key={template}>
            <details className="email-preview">
              <summary>{t(`templates.${template}`)}</summary>
              <PreviewBody template={template} language={language} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Rendered when its `<details>` opens: the subject, the HTML in a sandboxed frame, the text version. */
function PreviewBody({ template, language }: { template: EmailTemplate; language: Language }) {
  const t = useMessages(settingsMessages);
  const preview = useQuery(emailPreviewQuery(template, language));
  if (!preview.data) return <p role="status">{t("previewLoading")}</p>;
  const name = t(`templates.${template}`);
  return (
    <div className="email-preview__body">
      <p>
        <strong>{t("previewSubject")}:</strong> {preview.data.subject}
      </p>
      <h3>{t("previewHtml")}</h3>
      {/* No scripts, no forms, no navigation of this page: the HTML is only shown. Same origin only
          so that this page can apply the e-mail's styles (see applyInlineStyles). */}
      <iframe
        className="email-preview__frame"
        title={t("previewFrame", { name })}
        sandbox="allow-same-origin"
        srcDoc={preview.data.html}
        onLoad={(event) => applyInlineStyles(event.currentTarget)}
      />
      <h3>{t("previewText")}</h3>
      {/* Wrapped, not scrolled: the whole text is readable without a scroll area to reach. */}
      <pre className="email-preview__text">{preview.data.text}</pre>
    </div>
  );
}

/**
 * The e-mail's inline styles, applied through the CSSOM. The frame inherits the app's
 * Content-Security-Policy (`style-src 'self'`), which ignores style attributes in its markup but
 * not styles set by a script of this page; the frame itself runs no script (no `allow-scripts`).
 */
function applyInlineStyles(frame: HTMLIFrameElement) {
  for (const element of frame.contentDocument?.querySelectorAll<HTMLElement>("[style]") ?? []) {
    element.style.cssText = element.getAttribute("style") ?? "";
  }
}
