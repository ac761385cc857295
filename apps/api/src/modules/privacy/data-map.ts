// What personal data the product stores, where, for how long by default, and who can see it: the
// README's data map is generated from this list (`pnpm docs:data-map`), and "who" is read from the
// access policy the code enforces, so the two cannot drift apart.
import {
  retentionDefaults,
  STAGED_UPLOAD_TTL_HOURS,
  type StaffRole,
  ticketWorkerRoles,
} from "@helpdesk/contracts";
import {
  customerErasers,
  customerVisibilityByRole,
  faqEditors,
  outboxManagers,
  privateDataLogReaders,
} from "../identity/access-policy.ts";

export interface PersonalDataEntry {
  what: string;
  /** Table and columns (their SQL names); the data map's test checks that each exists. */
  where: { table: string; columns: string[] }[];
  /** Where the bytes live outside the database, if anywhere. */
  elsewhere?: string;
  kept: string;
  /** Besides staff roles: the person themself, or nobody but the system. */
  seenBy: { person: boolean; roles: readonly StaffRole[]; note?: string };
}

const rolesSeeing = (...levels: ("support" | "full")[]) =>
  (Object.entries(customerVisibilityByRole) as [StaffRole, string][])
    .filter(([, visibility]) => levels.some((level) => level === visibility))
    .map(([role]) => role);

const untilErased = "until the customer is erased";
/** Retention's default for what tickets hold (admins change it; the daily run is off until they switch it on). */
const ticketRetention = `; closed and solved tickets of guests and former customers: ${retentionDefaults.closedTicketMonths} months after their last change by default, when retention is switched on`;

export const personalDataMap: PersonalDataEntry[] = [
  {
    what: "Customer contact data: name, e-mail address, phone, language",
    where: [{ table: "customers", columns: ["name", "email", "phone", "language"] }],
    kept: untilErased,
    seenBy: { person: true, roles: rolesSeeing("support", "full") },
  },
  {
    what: "Customer private data: postal address, IBAN, date of birth",
    where: [{ table: "customers", columns: ["postal_address", "iban", "date_of_birth"] }],
    kept: untilErased,
    seenBy: { person: true, roles: rolesSeeing("full"), note: "every showing to staff is logged" },
  },
  {
    what: "Customer password (bcrypt hash)",
    where: [{ table: "customers", columns: ["password_hash"] }],
    kept: "until changed, or the customer is erased",
    seenBy: { person: false, roles: [] },
  },
  {
    what: "Hosting packages and domains of a customer",
    where: [{ table: "customer_services", columns: ["name", "kind", "service_level"] }],
    kept: untilErased,
    seenBy: { person: true, roles: rolesSeeing("support", "full") },
  },
  {
    what: "Tickets: subject, details (a phone caller's name and number), messages",
    where: [
      { table: "tickets", columns: ["subject", "details", "search"] },
      { table: "ticket_messages", columns: ["body", "search"] },
    ],
    kept: `${untilErased} (then kept without personal data)${ticketRetention} (then anonymised: the requester's words go, the team's answers are scrubbed)`,
    seenBy: { person: true, roles: ticketWorkerRoles, note: "the phone desk: the callbacks it filed" },
  },
  {
    what: "E-mails as received (sender, text, attachments), for staff to expand",
    where: [{ table: "inbound_emails", columns: ["raw"] }],
    kept: `${untilErased}${ticketRetention}`,
    seenBy: { person: false, roles: ticketWorkerRoles },
  },
  {
    what: "Attachments",
    where: [{ table: "attachments", columns: ["file_name"] }],
    elsewhere: "the attachment folder (`ATTACHMENTS_DIR`)",
    kept: `${untilErased}${ticketRetention}`,
    seenBy: { person: true, roles: ticketWorkerRoles },
  },
  {
    what: "Files uploaded for a ticket not sent (yet)",
    where: [{ table: "staged_uploads", columns: ["file_name"] }],
    elsewhere: "the attachment folder",
    kept: `${STAGED_UPLOAD_TTL_HOURS} hours`,
    seenBy: { person: false, roles: [], note: "the uploader's token only" },
  },
  {
    what: "Satisfaction ratings of tickets: good or bad, the customer's comment",
    where: [{ table: "ticket_ratings", columns: ["score", "comment"] }],
    kept: `${untilErased} (then the comment is deleted, the verdict kept)`,
    seenBy: { person: true, roles: ticketWorkerRoles },
  },
  {
    what: "Audit trail of tickets (values before and after each change)",
    where: [{ table: "ticket_events", columns: ["before", "after"] }],
    kept: `${untilErased} (then rewritten without personal data)${ticketRetention}`,
    seenBy: { person: false, roles: ticketWorkerRoles },
  },
  {
    what: "Time worked on tickets (which staff member, how long, a note) and the customer's consent to billable work",
    where: [
      { table: "time_entries", columns: ["staff_id", "minutes", "note"] },
      { table: "billing_consents", columns: ["description", "answered_at"] },
    ],
    kept: "with the ticket, for the books (notes and consent texts scrubbed when the customer is erased)",
    seenBy: {
      person: true,
      roles: ticketWorkerRoles,
      note: "the customer sees the consent and the blocks billed, never who logged time or their notes",
    },
  },
  {
    what: "Remote-support appointments: when, and the phone number to call",
    where: [{ table: "appointments", columns: ["starts_at", "phone"] }],
    kept: "until the customer is erased (then deleted)",
    seenBy: {
      person: true,
      roles: ticketWorkerRoles,
      note: "staff who work tickets see the day's list with the numbers to call",
    },
  },
  {
    what: "Staff notifications: the start of a customer's reply or an internal note, for one staff member",
    where: [{ table: "staff_notifications", columns: ["excerpt"] }],
    kept: `${untilErased}${ticketRetention}`,
    seenBy: { person: false, roles: ticketWorkerRoles, note: "each member their own" },
  },
  {
    what: "E-mails to send and sent (recipient, name, text)",
    where: [{ table: "domain_events", columns: ["payload"] }],
    kept: `after sending, ${untilErased}${ticketRetention}`,
    seenBy: { person: false, roles: outboxManagers, note: "undeliverable ones only" },
  },
  {
    what: "Sessions and e-mailed links (hashes, no addresses)",
    where: [
      { table: "auth_sessions", columns: ["customer_id", "staff_id"] },
      { table: "one_time_tokens", columns: ["token_hash"] },
    ],
    kept: "30 days (sessions), 15 to 60 minutes (links); ended at erasure",
    seenBy: { person: false, roles: [] },
  },
  {
    what: "Limit counters keyed by e-mail address or client IP address",
    where: [{ table: "rate_limits", columns: ["key"] }],
    kept: "the limit's window, at most an hour; those naming an erased customer go",
    seenBy: { person: false, roles: [] },
  },
  {
    what: "A customer's data export (an archive of all of the above that is theirs)",
    where: [{ table: "data_exports", columns: ["customer_id", "storage_key"] }],
    elsewhere: "the attachment folder",
    kept: "until fetched, at most 48 hours",
    seenBy: { person: true, roles: [], note: "through a single-use link, signed in" },
  },
  {
    what: "Who was shown a customer's private data (staff and customer ids, fields, where)",
    where: [{ table: "private_data_access_log", columns: ["staff_id", "customer_id", "fields"] }],
    kept: `append-only; ${retentionDefaults.privateDataLogMonths} months by default, when retention is switched on`,
    seenBy: { person: false, roles: privateDataLogReaders },
  },
  {
    what: "Record of an erasure (ids, reason, counts)",
    where: [{ table: "customer_erasures", columns: ["customer_id", "reason"] }],
    kept: "always",
    seenBy: { person: false, roles: customerErasers },
  },
  {
    what: "Words typed into the FAQ search of the ticket form (linked to no one)",
    where: [{ table: "faq_suggestion_events", columns: ["query_words"] }],
    kept: `${retentionDefaults.suggestionEventMonths} months by default, when retention is switched on`,
    seenBy: { person: false, roles: faqEditors, note: "as counts per article" },
  },
  {
    what: "Staff accounts: name, e-mail address",
    where: [{ table: "staff_members", columns: ["name", "email"] }],
    kept: "until the account is removed (a deactivated account stays, with its history)",
    seenBy: {
      person: true,
      roles: ["admin"],
      note: "names (never to customers): colleagues who work tickets",
    },
  },
  {
    what: "Audit trail of staff accounts: invitations (name, e-mail, role), role changes, deactivation",
    where: [{ table: "staff_events", columns: ["after", "before"] }],
    kept: "until the account is removed",
    seenBy: { person: false, roles: ["admin"] },
  },
  {
    what: "Audit trail of a customer's record: billing periods changed, that the IBAN changed (never its value), the reason",
    where: [{ table: "customer_events", columns: ["reason", "changes"] }],
    kept: "until the customer is erased",
    seenBy: { person: false, roles: ["admin", "customer_service", "billing"] },
  },
];

const who = ({ person, roles, note }: PersonalDataEntry["seenBy"]) => {
  const parts = [...(person ? ["the person"] : []), ...roles.map((role) => `\`${role}\``)];
  const list = parts.length > 0 ? parts.join(", ") : "nobody (the system only)";
  return note ? `${list}; ${note}` : list;
};

/** The README's data map, as a Markdown table. */
export function dataMapMarkdown(): string {
  const rows = personalDataMap.map((entry) => {
    const where = entry.where.map(({ table, columns }) => `\`${table}\` (${columns.join(", ")})`);
    if (entry.elsewhere) where.push(entry.elsewhere);
    return `| ${entry.what} | ${where.join("; ")} | ${entry.kept} | ${who(entry.seenBy)} |`;
  });
  return ["| personal data | where | kept | who can see it |", "| --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}
