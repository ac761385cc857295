// One layout for every e-mail the product sends: MJML for HTML that holds up in mail clients and on
// phones, and a plain-text twin with the same words. All content is text and escaped here, except
// the quote: the team's reply in Markdown, rendered without raw HTML (reply-markdown.ts).
import { replyMarkdownToHtml, replyMarkdownToText } from "./reply-markdown.ts";

export interface EmailContent {
  /** The line mail clients show next to the subject. */
  preheader?: string;
  greeting: string;
  paragraphs: string[];
  /** A block of someone's words in Markdown, e.g. the team's full reply (links become real links). */
  quote?: string;
  action?: { label: string; url: string };
  /** Further reading, e.g. FAQ articles that match a ticket. */
  links?: { title: string; url: string }[];
  linksHeading?: string;
  closing: string;
  signature: string;
  /** The team's own lines under every e-mail (address, support hours), in Markdown; rendered safely. */
  footer?: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );
const paragraph = (text: string) => escapeHtml(text).replaceAll("\n", "<br />");
const safeUrl = (url: string) => (/^https?:\/\//.test(url) ? escapeHtml(url) : "#");

function mjmlOf(content: EmailContent): string {
  const text = (body: string, color = "#1f2937") =>
    `<mj-text font-size="16px" line-height="24px" color="${color}">${body}</mj-text>`;
  return `<mjml>
  <mj-head>
    <mj-attributes><mj-all font-family="Segoe UI, Helvetica, Arial, sans-serif" /></mj-attributes>
    ${content.preheader ? `<mj-preview>${escapeHtml(content.preheader)}</mj-preview>` : ""}
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-section background-color="#1e3a8a" padding="16px">
      <mj-column>${text(`<strong>${escapeHtml(content.signature)}</strong>`, "#ffffff")}</mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 16px">
      <mj-column>
        ${text(paragraph(content.greeting))}
        ${content.paragraphs.map((item) => text(paragraph(item))).join("\n")}
        ${content.quote ? text(`<div style="border-left:4px solid #cbd5e1;padding:8px 12px;background:#f8fafc">${replyMarkdownToHtml(content.quote)}</div>`) : ""}
        ${content.action ? `<mj-button href="${safeUrl(content.action.url)}" background-color="#1d4ed8" font-size="16px" border-radius="6px">${escapeHtml(content.action.label)}</mj-button>` : ""}
        ${
          content.links?.length
            ? text(
                `<strong>${escapeHtml(content.linksHeading ?? "")}</strong><br />${content.links
                  .map(
                    (link) =>
                      `<a href="${safeUrl(link.url)}" style="color:#1d4ed8">${escapeHtml(link.title)}</a>`,
                  )
                  .join("<br />")}`,
              )
            : ""
        }
        ${text(`${paragraph(content.closing)}<br />${escapeHtml(content.signature)}`)}
      </mj-column>
    </mj-section>
    ${content.footer ? `<mj-section padding="8px 16px"><mj-column><mj-text font-size="13px" line-height="20px" color="#4b5563">${replyMarkdownToHtml(content.footer)}</mj-text></mj-column></mj-section>` : ""}
  </mj-body>
</mjml>`;
}

function plainTextOf(content: EmailContent): string {
  return [
    content.greeting,
    ...content.paragraphs,
    ...(content.quote ? [replyMarkdownToText(content.quote)] : []),
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.links?.length
      ? [
          [content.linksHeading ?? "", ...content.links.map((link) => `- ${link.title}: ${link.url}`)].join(
            "\n",
          ),
        ]
      : []),
    `${content.closing}\n${content.signature}`,
    ...(content.footer ? [`-- \n${replyMarkdownToText(content.footer)}`] : []),
  ].join("\n\n");
}

export async function renderEmail(content: EmailContent): Promise<{ html: string; text: string }> {
  // Loaded on first use: MJML adds about 60 MB to a process that may not send mail for a while.
  const { default: mjml2html } = await import("mjml");
  const { html, errors } = await mjml2html(mjmlOf(content), { validationLevel: "soft" });
  if (errors.length > 0)
    throw new Error(`e-mail layout: ${errors.map((error) => error.formattedMessage).join("; ")}`);
  return { html, text: plainTextOf(content) };
}
