// Small builders for the rows a test needs; every test makes its own data.
import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import type { StaffRole } from "@helpdesk/contracts";
import type { Database } from "../src/db/prisma.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { hashPassword } from "../src/lib/password.ts";
import { type FixtureFile, pdfFile } from "./file-fixtures.ts";
import type { TestApp } from "./test-app.ts";

export const TEST_PASSWORD = "correct-horse-battery";

// bcrypt is slow on purpose; one hash per test file is enough.
let testPasswordHash: Promise<string> | undefined;
const passwordHash = () => {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
};

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

export async function createStaff(
  db: Database,
  role: StaffRole,
  overrides: { email?: string; name?: string; invited?: boolean } = {},
) {
  return db.staffMember.create({
    data: {
      email: overrides.email ?? uniqueEmail(role),
      name: overrides.name ?? `Staff ${role}`,
      role,
      // An invited member has no password until they choose one through the e-mailed link.
      ...(overrides.invited
        ? { passwordHash: null, invitedAt: new Date() }
        : { passwordHash: await passwordHash() }),
    },
  });
}

export async function createCustomer(
  db: Database,
  overrides: Partial<{ email: string; name: string; withPassword: boolean; language: "nl" | "en" }> = {},
) {
  const tag = randomUUID().slice(0, 6);
  return db.customer.create({
    data: {
      email: overrides.email ?? uniqueEmail("customer"),
      name: overrides.name ?? `Klant ${tag}`,
      phone: "+31 6 1234 5678",
      language: overrides.language ?? "nl",
      passwordHash: overrides.withPassword === false ? null : await passwordHash(),
      // Private data: distinctive values, so a leak scan can search response bodies for them.
      postalAddress: `Privéstraat ${tag} 12, 1234 AB Ergens`,
      iban: `NL${tag.length}9TEST${Date.now() % 1_000_000}`,
      dateOfBirth: new Date("1975-06-21"),
      services: {
        create: [
          { kind: "hosting", name: "Webhosting Plus", serviceLevel: "best_effort", billingPeriod: "monthly" },
          { kind: "domain", name: `klant-${tag}.nl`, serviceLevel: "best_effort", billingPeriod: "yearly" },
        ],
      },
    },
  });
}

// Tickets, messages and files are written straight into the database, in the shape the product
// writes them (tickets.service.ts, uploads.service.ts): a random six-digit number, the first message
// in the ticket's own write, and the audit events the thread's history shows. No outbox rows: a
// factory ticket sends no e-mail. Tests about filing a ticket file it over HTTP instead.

type TicketStatus = Prisma.TicketCreateInput["status"] & string;
type TicketPriority = Prisma.TicketCreateInput["priority"] & string;
type TicketCategory = Prisma.TicketCreateInput["category"];
type TicketChannel = Prisma.TicketCreateInput["channel"];
type Actor =
  | { actorKind: "guest" }
  | { actorKind: "customer"; actorCustomerId: string }
  | { actorKind: "staff"; actorStaffId: string };

/**
 * Creation times that strictly increase within a test file, as rows written one request after
 * another do: lists sort by them, and two rows in the same millisecond would make the order a toss.
 */
let lastCreatedAt = 0;
function nextCreatedAt(): Date {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return new Date(lastCreatedAt);
}

/** A six-digit number, as tickets had before the sequence: the factories stand for both kinds. */
async function unusedTicketNumber(db: Database): Promise<number> {
  for (;;) {
    const number = randomInt(100_000, 1_000_000);
    if ((await db.ticket.count({ where: { number } })) === 0) return number;
  }
}

export interface TicketFactoryInput {
  /** Who asked: a customer (a new one unless given), or `null` for a phone caller without an address. */
  requester: { id: string } | null;
  /** The requester proved the address (signed in when filing); `false` for a guest who did not yet. */
  verified: boolean;
  /** The staff member who filed it for a caller (the phone desk's callback requests). */
  filedBy: { id: string };
  subject: string;
  /** The first message: the requester's words (or, without a requester, those typed in by staff). */
  message: string;
  category: TicketCategory;
  details: Prisma.InputJsonValue;
  channel: TicketChannel;
  status: TicketStatus;
  priority: TicketPriority;
  assignee: { id: string } | null;
}

/** A ticket with its first message and its `created` event, by default a verified customer's. */
export async function createTicket(db: Database, overrides: Partial<TicketFactoryInput> = {}) {
  const requester = overrides.requester === undefined ? await createCustomer(db) : overrides.requester;
  const filedBy = overrides.filedBy ?? null;
  const verified = requester !== null && (overrides.verified ?? true);
  const category = overrides.category ?? "other";
  const status = overrides.status ?? "new";
  const subject = overrides.subject ?? "Een vraag";
  const actor: Actor = filedBy
    ? { actorKind: "staff", actorStaffId: filedBy.id }
    : verified && requester
      ? { actorKind: "customer", actorCustomerId: requester.id }
      : { actorKind: "guest" };
  const createdAt = nextCreatedAt();
  const events: Prisma.TicketEventCreateWithoutTicketInput[] = [
    { type: "created", ...actorRelation(actor), after: { status, category, subject }, createdAt },
  ];
  if (category === "cancellation" && overrides.details !== undefined) {
    events.push({
      type: "cancellation_recorded",
      ...actorRelation(actor),
      after: overrides.details,
      createdAt,
    });
  }
  const ticket = await db.ticket.create({
    data: {
      number: await unusedTicketNumber(db),
      subject,
      category,
      channel: overrides.channel ?? (filedBy ? "phone" : "web"),
      details: overrides.details ?? {},
      status,
      priority: overrides.priority ?? "normal",
      customer: requester ? { connect: { id: requester.id } } : undefined,
      requesterVerifiedAt: verified ? createdAt : null,
      assignee: overrides.assignee ? { connect: { id: overrides.assignee.id } } : undefined,
      createdByStaff: filedBy ? { connect: { id: filedBy.id } } : undefined,
      createdAt,
      messages: {
        create: {
          body: overrides.message ?? "Kunnen jullie helpen?",
          // A request typed in by staff for a caller is still the caller's words.
          authorKind: requester ? "customer" : "staff",
          authorCustomer: requester ? { connect: { id: requester.id } } : undefined,
          authorStaff: !requester && filedBy ? { connect: { id: filedBy.id } } : undefined,
          createdAt,
        },
      },
      events: { create: events },
    },
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      customerId: true,
      messages: { select: { id: true } },
    },
  });
  const [firstMessage] = ticket.messages;
  if (!firstMessage) throw new Error("the ticket factory wrote no first message");
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    customerId: ticket.customerId,
    firstMessageId: firstMessage.id,
  };
}

function actorRelation(actor: Actor) {
  switch (actor.actorKind) {
    case "guest":
      return { actorKind: "guest" as const };
    case "customer":
      return { actorKind: "customer" as const, actorCustomer: { connect: { id: actor.actorCustomerId } } };
    case "staff":
      return { actorKind: "staff" as const, actorStaff: { connect: { id: actor.actorStaffId } } };
  }
}

/**
 * A message on a ticket with its `message_added` event: the customer's, the team's (written by one
 * staff member, shown to customers as the team) or an internal note. The ticket's status is left as
 * it is; give the factory ticket the status the test needs.
 */
export async function createMessage(
  db: Database,
  ticket: { id: string },
  message: { from: "customer" | "team" | "internal"; author: { id: string }; body?: string },
) {
  const internal = message.from === "internal";
  const actor: Actor =
    message.from === "customer"
      ? { actorKind: "customer", actorCustomerId: message.author.id }
      : { actorKind: "staff", actorStaffId: message.author.id };
  const createdAt = nextCreatedAt();
  const row = await db.ticketMessage.create({
    data: {
      ticketId: ticket.id,
      body: message.body ?? (internal ? "Een interne notitie" : "Een bericht"),
      internal,
      authorKind: message.from === "customer" ? "customer" : "staff",
      authorCustomerId: message.from === "customer" ? message.author.id : null,
      authorStaffId: message.from === "customer" ? null : message.author.id,
      createdAt,
    },
    select: { id: true, body: true, internal: true },
  });
  await db.ticketEvent.create({
    data: {
      ticket: { connect: { id: ticket.id } },
      type: "message_added",
      ...actorRelation(actor),
      after: { messageId: row.id, internal },
      createdAt,
    },
  });
  return row;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * A file staged as POST /uploads stages it: the bytes in the attachment storage, a row that keeps
 * only the SHA-256 of its token, and the token itself for the test to send. Fresh for 24 hours.
 */
export async function createStagedUpload(
  testApp: Pick<TestApp, "db" | "storage">,
  file: FixtureFile = pdfFile(),
  options: { expiresAt?: Date } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const storageKey = await testApp.storage.put(file.bytes);
  const row = await testApp.db.stagedUpload.create({
    data: {
      tokenHash: sha256(token),
      fileName: file.name,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: sha256(file.bytes),
      storageKey,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
    select: { id: true, storageKey: true, expiresAt: true },
  });
  return { token, ...row };
}

/** A file on a ticket (on one of its messages, if given) with its `attachment_added` event. */
export async function createAttachment(
  testApp: Pick<TestApp, "db" | "storage">,
  ticket: { id: string },
  uploader: { customer: { id: string } } | { staff: { id: string } },
  file: FixtureFile = pdfFile(),
  messageId: string | null = null,
) {
  const storageKey = await testApp.storage.put(file.bytes);
  const byCustomer = "customer" in uploader;
  const row = await testApp.db.attachment.create({
    data: {
      ticketId: ticket.id,
      messageId,
      fileName: file.name,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: sha256(file.bytes),
      storageKey,
      uploadedByCustomerId: byCustomer ? uploader.customer.id : null,
      uploadedByStaffId: byCustomer ? null : uploader.staff.id,
    },
    select: { id: true, fileName: true, contentType: true, size: true },
  });
  await testApp.db.ticketEvent.create({
    data: {
      ticket: { connect: { id: ticket.id } },
      type: "attachment_added",
      ...actorRelation(
        byCustomer
          ? { actorKind: "customer", actorCustomerId: uploader.customer.id }
          : { actorKind: "staff", actorStaffId: uploader.staff.id },
      ),
      after: { attachmentId: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size },
    },
  });
  return row;
}
