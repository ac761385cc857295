// Files a ticket and lists the queue with an API token (an agent token with the scopes
// tickets:read and tickets:write is enough).
//   HELPDESK_URL=https://helpdesk.example HELPDESK_TOKEN=hdk_… pnpm --filter @helpdesk/client example
import { pathToFileURL } from "node:url";
import { createHelpdeskClient, type HelpdeskClient } from "../src/index.ts";

/** Files a ticket for a customer who phoned, then reads the first page of the open queue. */
export async function fileAndList(client: HelpdeskClient) {
  const filed = await client.POST("/api/v1/tickets", {
    body: {
      category: "technical",
      details: { kind: "problem" },
      subject: "Website geeft een foutmelding",
      message: "Sinds vanochtend toont de homepage een 500-fout.",
      email: "jan.jansen@example.nl",
      name: "Jan Jansen",
    },
  });
  if (!filed.data) throw new Error(`filing failed: ${filed.response.status} ${filed.error?.detail ?? ""}`);

  const queue = await client.GET("/api/v1/tickets", { params: { query: { limit: 20 } } });
  if (!queue.data) throw new Error(`listing failed: ${queue.response.status} ${queue.error?.detail ?? ""}`);
  return { filed: filed.data, queue: queue.data.items };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { HELPDESK_URL, HELPDESK_TOKEN } = process.env;
  if (!HELPDESK_URL || !HELPDESK_TOKEN) throw new Error("Set HELPDESK_URL and HELPDESK_TOKEN");
  const { filed, queue } = await fileAndList(
    createHelpdeskClient({ baseUrl: HELPDESK_URL, token: HELPDESK_TOKEN }),
  );
  console.log(`Filed ${filed.number} (${filed.status})`);
  for (const ticket of queue) console.log(`${ticket.number}  ${ticket.status.padEnd(8)}  ${ticket.subject}`);
}
