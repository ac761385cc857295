import type { ReactNode } from "react";
import { useLanguage } from "../../../i18n/i18n.tsx";
import { FaqMarkdown } from "../../faq/components/faq-markdown.tsx";
import { AttachmentList } from "./attachment-list.tsx";
import { formatDateTime } from "./ticket-format.ts";
import "./ticket-thread.css";

export interface ThreadMessage {
  id: string;
  /** Who wrote it, as this audience may see it: the team's name for customers, a person for staff. */
  authorName: string;
  from: "customer" | "team";
  internal: boolean;
  body: string;
  createdAt: string;
  attachments: { id: string; fileName: string; size: number }[];
  /** Shown under the message, e.g. the e-mail it came in as (staff only). */
  footer?: ReactNode;
}

export interface TicketThreadProps {
  ticketId: string;
  messages: ThreadMessage[];
  /** Shown on internal notes (staff only), e.g. "Internal note". */
  internalLabel?: string;
}

/**
 * The conversation, oldest first. Internal notes (staff view only) look and read differently. The
 * team's messages are Markdown, shown with the FAQ's renderer (React elements, never HTML, so a tag
 * someone typed stays text and only http(s), mailto and own-site links become links); plain text
 * written before still reads the same. Customers' own words are shown exactly as they typed them.
 */
export function TicketThread({ ticketId, messages, internalLabel }: TicketThreadProps) {
  const { language } = useLanguage();
  return (
    <ol className="thread">
      {messages.map((message) => {
        const kind = message.internal ? "internal" : message.from;
        return (
          <li key={message.id} className={`message message--${kind}`} data-testid="thread-message">
            <article aria-labelledby={`message-${message.id}`}>
              <header className="message__header" id={`message-${message.id}`}>
                {message.internal && internalLabel ? (
                  <span className="message__tag">{internalLabel}</span>
                ) : null}
                <strong className="message__author">{message.authorName}</strong>{" "}
                <time className="message__time" dateTime={message.createdAt}>
                  {formatDateTime(message.createdAt, language)}
                </time>
              </header>
              {message.from === "team" ? (
                <div className="message__body message__body--markdown">
                  <FaqMarkdown source={message.body} />
                </div>
              ) : (
                <div className="message__body">{message.body}</div>
              )}
              <AttachmentList ticketId={ticketId} attachments={message.attachments} />
              {message.footer}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
