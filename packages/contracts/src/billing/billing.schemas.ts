import { z } from "zod";
import { ticketNumberSchema } from "../tickets/ticket-attributes.ts";
import { staffRefSchema } from "../tickets/ticket-views.ts";
import { MAX_ENTRY_MINUTES } from "./billing-blocks.ts";
import { ticketBillingTotalsSchema } from "./billing-totals.ts";

export { ticketBillingTotalsSchema };

// Billable time: time entries, the customer's consent, rates, monthly statements.

export const billingMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "A month as YYYY-MM")
  .meta({ id: "BillingMonth", example: "2026-11" });

export const timeEntryMinutesSchema = z.number().int().min(1).max(MAX_ENTRY_MINUTES);
const noteSchema = z.string().trim().max(500);

export const createTimeEntrySchema = z
  .object({
    minutes: timeEntryMinutesSchema,
    billable: z.boolean(),
    note: noteSchema.optional(),
    /** The day worked (default today, Europe/Amsterdam); never in the future. */
    date: z.iso.date().optional(),
  })
  .meta({ id: "CreateTimeEntry" });

export const updateTimeEntrySchema = z
  .object({
    minutes: timeEntryMinutesSchema.optional(),
    billable: z.boolean().optional(),
    note: noteSchema.optional(),
    date: z.iso.date().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: "Change at least one field",
  })
  .meta({ id: "UpdateTimeEntry" });

export const timeEntryParamsSchema = z.object({ id: z.uuid(), entryId: z.uuid() });

/** Staff only: who logged it is a colleague's name, never shown to customers. */
export const timeEntrySchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    billingMonth: billingMonthSchema,
    minutes: z.number().int(),
    billable: z.boolean(),
    note: z.string(),
    loggedBy: staffRefSchema,
    /** Locked: its month was marked invoiced. */
    invoiced: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "TimeEntry" });

export const timeEntryListSchema = z
  .object({ items: z.array(timeEntrySchema), billing: ticketBillingTotalsSchema })
  .meta({ id: "TimeEntryList" });

export const consentStatusSchema = z.enum(["pending", "accepted", "declined"]);
export const consentKindSchema = z.enum(["customer_consent", "agreed_otherwise"]);

/** A consent as both the customer and staff see it: no staff member is named. */
export const billingConsentSchema = z
  .object({
    id: z.uuid(),
    kind: consentKindSchema,
    /** What will be done; for `agreed_otherwise` the reason billing gave. */
    description: z.string(),
    /** The rate copied when it was asked: euro cents per started 15 minutes, without VAT. */
    centsPerBlock: z.number().int().positive(),
    vatPercent: z.number().int().min(0).max(100),
    capBlocks: z.number().int().positive().nullable(),
    status: consentStatusSchema,
    /** Blocks billed under it so far (rounded per month). */
    blocksUsed: z.number().int().nonnegative(),
    requestedAt: z.iso.datetime(),
    answeredAt: z.iso.datetime().nullable(),
    answeredVia: z.enum(["portal", "email"]).nullable(),
  })
  .meta({ id: "BillingConsent" });

export const createConsentRequestSchema = z
  .object({
    /** What will be done, in words the customer understands. */
    description: z.string().trim().min(3).max(1000),
    /** At most this many blocks of 15 minutes; more needs a new consent. */
    capBlocks: z.number().int().min(1).max(1000).optional(),
  })
  .meta({ id: "CreateConsentRequest" });

export const createBillingAgreementSchema = z
  .object({
    /** Why billable work is agreed without the consent flow (e.g. "per telefoon akkoord, 12-11"). */
    reason: z.string().trim().min(3).max(1000),
    capBlocks: z.number().int().min(1).max(1000).optional(),
  })
  .meta({ id: "CreateBillingAgreement" });

export const consentAnswerSchema = z.enum(["accepted", "declined"]);
export const consentParamsSchema = z.object({ id: z.uuid(), consentId: z.uuid() });
export const answerConsentSchema = z.object({ answer: consentAnswerSchema }).meta({ id: "AnswerConsent" });
export const consentLinkSchema = z.object({ token: z.string().min(20).max(200) }).meta({ id: "ConsentLink" });
export const answerConsentLinkSchema = consentLinkSchema
  .extend({ answer: consentAnswerSchema })
  .meta({ id: "AnswerConsentLink" });

/** What the e-mailed link shows: the ticket by number only, and the consent asked. */
export const consentLinkViewSchema = z
  .object({ ticketId: z.uuid(), ticketNumber: ticketNumberSchema, consent: billingConsentSchema })
  .meta({ id: "ConsentLinkView" });

export const billingMonthBlocksSchema = z.object({
  month: billingMonthSchema,
  billableMinutes: z.number().int().nonnegative(),
  billedBlocks: z.number().int().nonnegative(),
  invoiced: z.boolean(),
});

/** A ticket's billing as its customer (and staff) see it: the consents and the blocks per month. */
export const ticketBillingSchema = z
  .object({
    consents: z.array(billingConsentSchema),
    months: z.array(billingMonthBlocksSchema),
    billedBlocks: z.number().int().nonnegative(),
    /** Whether billable time may be logged now (an accepted consent with room under its cap). */
    billableAllowed: z.boolean(),
  })
  .meta({ id: "TicketBilling" });

export const billingRateSchema = z
  .object({
    centsPerBlock: z.number().int().min(1).max(1_000_000),
    vatPercent: z.number().int().min(0).max(100),
  })
  .meta({ id: "BillingRateInput" });

export const currentBillingRateSchema = z
  .object({
    rate: billingRateSchema.extend({ setAt: z.iso.datetime() }).nullable(),
  })
  .meta({ id: "BillingRate" });

export const statementQuerySchema = z.object({ month: billingMonthSchema });
export const monthParamsSchema = z.object({ month: billingMonthSchema });

const moneySchema = {
  /** Blocks × rate, without VAT. */
  amountCents: z.number().int(),
  vatCents: z.number().int(),
  totalCents: z.number().int(),
};

/** One row per ticket per month: what billing invoices. */
export const statementRowSchema = z
  .object({
    customerId: z.uuid().nullable(),
    customerName: z.string(),
    ticketId: z.uuid(),
    ticketNumber: ticketNumberSchema,
    billableMinutes: z.number().int(),
    billedBlocks: z.number().int(),
    centsPerBlock: z.number().int(),
    vatPercent: z.number().int(),
    ...moneySchema,
  })
  .meta({ id: "StatementRow" });

export const statementSchema = z
  .object({
    month: billingMonthSchema,
    invoicedAt: z.iso.datetime().nullable(),
    rows: z.array(statementRowSchema),
    totals: z.object({ billedBlocks: z.number().int(), ...moneySchema }),
  })
  .meta({ id: "Statement" });

export const invoicedMonthSchema = z
  .object({ month: billingMonthSchema, invoicedAt: z.iso.datetime(), entries: z.number().int() })
  .meta({ id: "InvoicedMonth" });

/** A customer's own monthly overview of billed support. */
export const myBillingSchema = z
  .object({
    months: z.array(
      z.object({
        month: billingMonthSchema,
        invoiced: z.boolean(),
        tickets: z.array(
          z.object({
            ticketId: z.uuid(),
            ticketNumber: ticketNumberSchema,
            subject: z.string(),
            billableMinutes: z.number().int(),
            billedBlocks: z.number().int(),
            centsPerBlock: z.number().int(),
            vatPercent: z.number().int(),
            ...moneySchema,
          }),
        ),
        totals: z.object({ billedBlocks: z.number().int(), ...moneySchema }),
      }),
    ),
  })
  .meta({ id: "MyBilling" });
