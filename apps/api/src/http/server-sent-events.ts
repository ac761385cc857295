// A response as a stream of server-sent events (text/event-stream), with a comment now and then so
// proxies and browsers keep an idle stream open.
import type { Response } from "express";
import type { EventSink } from "../modules/live/live-streams.service.ts";

const KEEP_ALIVE_MS = 20_000;
/** How soon a browser's EventSource tries again after the connection drops. */
const RETRY_MS = 2_000;

export function serverSentEvents(res: Response): EventSink {
  res.req.setTimeout(0);
  res.status(200).set({
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  });
  res.flushHeaders();
  res.write(`retry: ${RETRY_MS}\n\n`);
  const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
  res.on("close", () => clearInterval(keepAlive));
  return {
    send({ id, event, data }) {
      if (res.writableEnded) return;
      res.write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close() {
      clearInterval(keepAlive);
      if (!res.writableEnded) res.end();
    },
    onClosed(listener) {
      res.on("close", listener);
    },
  };
}
