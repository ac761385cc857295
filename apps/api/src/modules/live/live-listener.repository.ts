// The one dedicated PostgreSQL connection per API process that LISTENs (a pooled connection cannot:
// it goes back to the pool between queries, and its LISTENs with it).
import pg from "pg";
import type { Database } from "../../db/prisma.ts";

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
