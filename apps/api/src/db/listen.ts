// A dedicated PostgreSQL connection that LISTENs (a pooled connection cannot: it goes back to the
// pool between queries, and its LISTENs with it). The live hub keeps one per API process; the webhook
// dispatcher keeps one to hear of new deliveries at once.
import pg from "pg";
import type { Database } from "./prisma.ts";

export interface Listener {
  close(): Promise<void>;
}

export async function listen(
  db: Database,
  channels: readonly string[],
  handlers: { onNotification: (channel: string, payload: string) => void; onLost: (error?: Error) => void },
): Promise<Listener> {
  const client = new pg.Client(db.pool.options);
  let closing = false;
  const lost = (error?: Error) => {
    if (closing) return;
    closing = true;
    handlers.onLost(error);
  };
  client.on("notification", (message) => handlers.onNotification(message.channel, message.payload ?? ""));
  client.on("error", lost);
  client.on("end", () => lost());
  try {
    await client.connect();
    for (const channel of channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
