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

/** The parts of the day a remote session can be planned in. */
export const timeSlots = ["morning", "afternoon", "evening"] as const;
export const remoteSupportDetailsSchema = z.object({
  preferredDate: z.iso.date(),
  timeSlot: z.enum(timeSlots),
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
