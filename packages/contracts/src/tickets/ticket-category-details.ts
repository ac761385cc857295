import { z } from "zod";
import { personNameSchema } from "../identity/identity.schemas.ts";

// The fields each category asks for. The option lists are exported so that forms offer exactly
// what the schemas accept.

export const administrativeChanges = ["contact_details", "postal_address", "email_address", "other"] as const;
export const administrativeDetailsSchema = z.object({
  change: z.enum(administrativeChanges),
});

export const billingRequests = [
  "direct_debit",
  "iban_change",
  "yearly_billing",
  "invoice_question",
  "other",
] as const;
export const billingDetailsSchema = z.object({
  request: z.enum(billingRequests),
});

/** What a cancellation ends. */
export const cancellationTargets = ["hosting", "domain", "hosting_and_domain"] as const;
/** Cancellation is accepted only by ticket, and on the record: what ends, and from when. */
export const cancellationDetailsSchema = z.object({
  cancel: z.enum(cancellationTargets),
  /** Which package or domain, e.g. "example.nl" ("cancel hosting, keep the domain"). */
  serviceName: z.string().trim().min(1).max(200),
  requestedEndDate: z.iso.date(),
});

export const technicalIssueKinds = ["problem", "outage"] as const;
export const technicalDetailsSchema = z.object({
  kind: z.enum(technicalIssueKinds),
  affectedService: z.string().trim().max(200).optional(),
});

/**
 * A phone number to call: a Dutch one (0 and nine digits) or + with a country code, spaces and
 * dashes allowed between the digits.
 */
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^(\+[1-9]|0)([ -]?[0-9]){8,13}$/, "Enter a phone number, e.g. 06 12345678 or +31 6 12345678")
  .meta({ examples: ["06 12345678"] });

/** A remote session: one of the free slots (GET /appointment-slots), booked with the ticket. */
export const remoteSupportDetailsSchema = z.object({
  slotStart: z.iso.datetime({ offset: true }).meta({ examples: ["2026-12-01T09:30:00.000Z"] }),
  phone: phoneNumberSchema,
});

export const callbackDetailsSchema = z.object({
  callerName: personNameSchema,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number"),
  preferredTime: z.string().trim().min(1).max(120),
});
export const otherDetailsSchema = z.object({});

export const ticketDetailsSchema = z.record(z.string(), z.unknown());
