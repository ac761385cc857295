import { FAQ_SUGGESTION_EVENT_BATCH_MAX, type FaqSuggestionEvent } from "@helpdesk/contracts";

/** Sends one batch; `leaving` when the page is going away (only a beacon still arrives then). */
export type SendSuggestionEvents = (events: FaqSuggestionEvent[], leaving: boolean) => void;

export interface SuggestionEventReporter {
  readonly formSessionId: string;
  shown(query: string, articleIds: string[]): void;
  clicked(query: string, articleId: string): void;
  /** The ticket was filed: the session ends (a click before it did not answer the question). */
  submitted(): void;
  /** The page is hidden (maybe for good): send what waits, the session goes on. */
  flushHidden(): void;
  /** The form is left without filing: the session ends as abandoned (after a click: deflected). */
  left(): void;
}

export interface ReporterOptions {
  send: SendSuggestionEvents;
  /** A random id per form session: what ties its events together, never an account. */
  formSessionId?: string;
  /** Events wait this long for company before they are sent, so one request carries several. */
  batchDelayMs?: number;
}

/**
 * What one ticket form reports about its suggestions, batched: events queue up and go out together
 * after a short delay, at once when the form ends, and through a beacon when the page is hidden or
 * left. Only a session that reported something reports its end: a form that never showed a
 * suggestion says nothing at all.
 */
export function createSuggestionEventReporter({
  send,
  formSessionId = crypto.randomUUID(),
  batchDelayMs = 5000,
}: ReporterOptions): SuggestionEventReporter {
  const queue: FaqSuggestionEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported = false;
  let ended = false;
  let lastShown: string | undefined;

  const flush = (leaving: boolean) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (queue.length > 0) send(queue.splice(0, FAQ_SUGGESTION_EVENT_BATCH_MAX), leaving);
  };
  const add = (event: FaqSuggestionEvent) => {
    if (ended) return;
    reported = true;
    queue.push(event);
    if (queue.length >= FAQ_SUGGESTION_EVENT_BATCH_MAX) flush(false);
    else timer ??= setTimeout(() => flush(false), batchDelayMs);
  };
  const end = (type: "submitted" | "abandoned", leaving: boolean) => {
    if (ended || !reported) return;
    add({ type, formSessionId });
    ended = true;
    flush(leaving);
  };

  return {
    formSessionId,
    shown(query, articleIds) {
      // The same articles again while typing on are not shown anew.
      const key = articleIds.join(",");
      if (key === lastShown) return;
      lastShown = key;
      add({ type: "shown", formSessionId, query, articleIds });
    },
    clicked: (query, articleId) => add({ type: "clicked", formSessionId, query, articleId }),
    submitted: () => end("submitted", false),
    flushHidden: () => flush(true),
    left: () => end("abandoned", true),
  };
}
