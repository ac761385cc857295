// The admins' e-mail about a webhook endpoint that was disabled after failing: which one, since
// when, and where to enable it again once the receiver works.
import type { Database } from "../../db/prisma.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import type { OutboxEvent } from "../outbox/outbox.service.ts";
import { listAdminAddresses } from "../staff/staff-accounts.ts";
import { findEndpointForEmail } from "./webhooks.repository.ts";

export function createWebhookEmails(deps: { db: Database; publicUrl: string; mailDomain: string }) {
  const publicUrl = deps.publicUrl.replace(/\/$/, "");
  return async function composeWebhookDisabled(event: OutboxEvent): Promise<OutgoingEmail | null> {
    const { endpointId } = event.payload as { endpointId?: string };
    if (!endpointId) return null;
    const [endpoint, to] = await Promise.all([
      findEndpointForEmail(deps.db, endpointId),
      listAdminAddresses(deps.db),
    ]);
    if (!endpoint || to.length === 0) return null;
    const since = endpoint.failingSince?.toISOString() ?? "";
    const link = `${publicUrl}/agent/admin/webhooks`;
    return {
      to: to.join(", "),
      subject: "Webhook uitgeschakeld / webhook disabled",
      text: [
        `Elke aflevering aan ${endpoint.url} mislukt sinds ${since}; het webhook-adres is uitgeschakeld. Bekijk de afleveringen en schakel het weer in zodra de ontvanger werkt:`,
        `Every delivery to ${endpoint.url} has failed since ${since}; the webhook endpoint is disabled. Look at its deliveries and enable it again once the receiver works:`,
        link,
      ].join("\n\n"),
      messageId: `<${event.id}@${deps.mailDomain}>`,
      headers: { "Auto-Submitted": "auto-generated" },
    };
  };
}
