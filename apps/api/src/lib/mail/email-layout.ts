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

/**
 * An e-mail's content as the HTML pieces that go into the layout, in a fixed order. The layout's
 * shape (which parts there are, how many paragraphs and links) decides the MJML around them.
 */
interface LayoutParts {
  preheader?: string;
  header: string;
  greeting: string;
  paragraphs: string[];
  quote?: string;
  action?: { href: string; label: string };
  linksHeading?: string;
  links?: { href: string; title: string }[];
  closing: string;
  footer?: string;
}

function partsOf(content: EmailContent): LayoutParts {
  return {
    preheader: content.preheader ? escapeHtml(content.preheader) : undefined,
    header: escapeHtml(content.signature),
    greeting: paragraph(content.greeting),
    paragraphs: content.paragraphs.map(paragraph),
    quote: content.quote ? replyMarkdownToHtml(content.quote) : undefined,
    action: content.action && { href: safeUrl(content.action.url), label: escapeHtml(content.action.label) },
    linksHeading: content.links?.length ? escapeHtml(content.linksHeading ?? "") : undefined,
    links: content.links?.length
      ? content.links.map((link) => ({ href: safeUrl(link.url), title: escapeHtml(link.title) }))
      : undefined,
    closing: `${paragraph(content.closing)}<br />${escapeHtml(content.signature)}`,
    footer: content.footer ? replyMarkdownToHtml(content.footer) : undefined,
  };
}

function mjmlOf(parts: LayoutParts): string {
  const text = (body: string, color = "#1f2937") =>
    `<mj-text font-size="16px" line-height="24px" color="${color}">${body}</mj-text>`;
  return `<mjml>
  <mj-head>
    <mj-attributes><mj-all font-family="Segoe UI, Helvetica, Arial, sans-serif" /></mj-attributes>
    ${parts.preheader !== undefined ? `<mj-preview>${parts.preheader}</mj-preview>` : ""}
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-section background-color="#1e3a8a" padding="16px">
      <mj-column>${text(`<strong>${parts.header}</strong>`, "#ffffff")}</mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 16px">
      <mj-column>
        ${text(parts.greeting)}
        ${parts.paragraphs.map((item) => text(item)).join("\n")}
        ${parts.quote !== undefined ? text(`<div style="border-left:4px solid #cbd5e1;padding:8px 12px;background:#f8fafc">${parts.quote}</div>`) : ""}
        ${parts.action ? `<mj-button href="${parts.action.href}" background-color="#1d4ed8" font-size="16px" border-radius="6px">${parts.action.label}</mj-button>` : ""}
        ${
          parts.links
            ? text(
                `<strong>${parts.linksHeading ?? ""}</strong><br />${parts.links
                  .map((link) => `<a href="${link.href}" style="color:#1d4ed8">${link.title}</a>`)
                  .join("<br />")}`,
              )
            : ""
        }
        ${text(parts.closing)}
      </mj-column>
    </mj-section>
    ${parts.footer !== undefined ? `<mj-section padding="8px 16px"><mj-column><mj-text font-size="13px" line-height="20px" color="#4b5563">${parts.footer}</mj-text></mj-column></mj-section>` : ""}
  </mj-body>
</mjml>`;
}

/** The pieces of `parts` in one fixed order (the order the slots are numbered in). */
function valuesOf(parts: LayoutParts): string[] {
  return [
    ...(parts.preheader !== undefined ? [parts.preheader] : []),
    parts.header,
    parts.greeting,
    ...parts.paragraphs,
    ...(parts.quote !== undefined ? [parts.quote] : []),
    ...(parts.action ? [parts.action.href, parts.action.label] : []),
    ...(parts.links ? [parts.linksHeading ?? "", ...parts.links.flatMap((l) => [l.href, l.title])] : []),
    parts.closing,
    ...(parts.footer !== undefined ? [parts.footer] : []),
  ];
}

// A slot marker MJML passes through untouched (plain word characters, valid in text and attributes).
const slot = (index: number) => `hdslot${index}x`;
const SLOT_PATTERN = /hdslot(\d+)x/g;

/** The same shape as `parts`, every piece replaced by its numbered slot marker. */
function slotsLike(parts: LayoutParts): LayoutParts {
  let next = 0;
  const mark = () => slot(next++);
  return {
    preheader: parts.preheader !== undefined ? mark() : undefined,
    header: mark(),
    greeting: mark(),
    paragraphs: parts.paragraphs.map(mark),
    quote: parts.quote !== undefined ? mark() : undefined,
    action: parts.action && { href: mark(), label: mark() },
    linksHeading: parts.links ? mark() : undefined,
    links: parts.links?.map(() => ({ href: mark(), title: mark() })),
    closing: mark(),
    footer: parts.footer !== undefined ? mark() : undefined,
  };
}

const shapeOf = (parts: LayoutParts) =>
  [
    parts.preheader !== undefined,
    parts.paragraphs.length,
    parts.quote !== undefined,
    Boolean(parts.action),
    parts.links?.length ?? 0,
    parts.footer !== undefined,
  ].join(",");

/**
 * The layout compiled once per shape: MJML takes tens of milliseconds per e-mail (over a hundred on
 * a busy machine), which was most of the outbox's time. Every language and every text of the same
 * shape reuses the compiled HTML; the e-mail's own (escaped) pieces go into its slots.
 */
const compiledLayouts = new Map<string, Promise<string>>();

async function compileMjml(mjml: string): Promise<string> {
  // Loaded on first use: MJML adds about 60 MB to a process that may not send mail for a while.
  const { default: mjml2html } = await import("mjml");
  const { html, errors } = await mjml2html(mjml, { validationLevel: "soft" });
  if (errors.length > 0)
    throw new Error(`e-mail layout: ${errors.map((error) => error.formattedMessage).join("; ")}`);
  return html;
}

function compiledLayoutFor(parts: LayoutParts): Promise<string> {
  const shape = shapeOf(parts);
  let compiled = compiledLayouts.get(shape);
  if (!compiled) {
    compiled = compileMjml(mjmlOf(slotsLike(parts)));
    // A failed compile is not kept: the next e-mail of this shape tries again.
    compiled.catch(() => compiledLayouts.delete(shape));
    compiledLayouts.set(shape, compiled);
  }
  return compiled;
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
  const parts = partsOf(content);
  const layout = await compiledLayoutFor(parts);
  const values = valuesOf(parts);
  // One pass: a slot marker that appears in someone's text is not filled in again.
  const html = layout.replace(SLOT_PATTERN, (marker, index: string) => values[Number(index)] ?? marker);
  return { html, text: plainTextOf(content) };
}

/** The layout compiled for this one e-mail, without the cache (tests compare the two). */
export async function renderEmailUncached(content: EmailContent): Promise<string> {
  return compileMjml(mjmlOf(partsOf(content)));
}
