// A tab's live stream, as the browser's EventSource reads it: a stream ticket bought with the access
// token, then the server-sent events of GET /live/stream read frame by frame from a real socket.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

export interface StreamFrame {
  id?: string;
  event: string;
  data: string;
}

/** Serves an app on a free local port (a stream needs a real connection, not supertest's). */
export async function serve(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function streamTicket(baseUrl: string, accessToken: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/live/stream-tickets`, {
    method: "POST",
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (response.status !== 201) throw new Error(`stream ticket: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { ticket: string }).ticket;
}

function parseFrame(block: string): StreamFrame | null {
  const frame: StreamFrame = { event: "message", data: "" };
  let hasData = false;
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const [field, ...rest] = line.split(":");
    const value = rest.join(":").replace(/^ /, "");
    if (field === "id") frame.id = value;
    else if (field === "event") frame.event = value;
    else if (field === "data") {
      frame.data += value;
      hasData = true;
    }
  }
  return hasData ? frame : null;
}

/** Opens a stream; `frames` fills as events arrive, `raw` keeps every byte received. */
export async function openStream(
  baseUrl: string,
  ticket: string,
  options: { lastEventId?: string; lastEventIdInQuery?: boolean } = {},
) {
  const controller = new AbortController();
  const query = new URLSearchParams({ ticket });
  const headers: Record<string, string> = {};
  if (options.lastEventId && options.lastEventIdInQuery) query.set("lastEventId", options.lastEventId);
  else if (options.lastEventId) headers["Last-Event-ID"] = options.lastEventId;
  const response = await fetch(`${baseUrl}/api/v1/live/stream?${query}`, {
    headers,
    signal: controller.signal,
  });
  const frames: StreamFrame[] = [];
  let raw = "";
  const waiters = new Set<() => void>();
  let ended = false;
  const closed = (async () => {
    if (!response.body || response.status !== 200) return;
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body) {
        const text = decoder.decode(chunk as Uint8Array, { stream: true });
        raw += text;
        buffer += text;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const frame = parseFrame(buffer.slice(0, end));
          if (frame) frames.push(frame);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // Aborted by close().
    } finally {
      ended = true;
      for (const wake of waiters) wake();
    }
  })();

  /** Waits, without a guessed sleep, until a frame matches (fails after `timeoutMs`). */
  const waitFor = (match: (frame: StreamFrame) => boolean, timeoutMs = 10_000) =>
    new Promise<StreamFrame>((resolve, reject) => {
      const check = () => {
        const found = frames.find(match);
        if (found) return done(() => resolve(found));
        if (ended)
          return done(() => reject(new Error(`stream ended first; frames: ${JSON.stringify(frames)}`)));
      };
      const timer = setTimeout(
        () =>
          done(() => reject(new Error(`no matching frame in ${timeoutMs} ms: ${JSON.stringify(frames)}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  return {
    response,
    frames,
    get raw() {
      return raw;
    },
    /** The `change` events so far, parsed. */
    changes: () =>
      frames
        .filter((frame) => frame.event === "change")
        .map((frame) => ({
          id: frame.id,
          ...(JSON.parse(frame.data) as { ticketId: string; kind: string }),
        })),
    waitFor,
    waitForChange: (ticketId: string, kind: string, timeoutMs?: number) =>
      waitFor((frame) => {
        if (frame.event !== "change") return false;
        const data = JSON.parse(frame.data) as { ticketId: string; kind: string };
        return data.ticketId === ticketId && data.kind === kind;
      }, timeoutMs),
    /** Resolves when the server ends the stream. */
    closed,
    close: async () => {
      controller.abort();
      await closed;
    },
  };
}
export type OpenStream = Awaited<ReturnType<typeof openStream>>;
