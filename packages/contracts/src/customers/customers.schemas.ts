import { z } from "zod";
import { cursorPageSchema, syncListQuerySchema } from "../common/pagination.ts";
import { languageSchema } from "../identity/identity.schemas.ts";

export const serviceKindSchema = z.enum(["hosting", "domain"]);
export const serviceLevelSchema = z.enum(["best_effort", "standard", "premium"]);
export const billingPeriodSchema = z.enum(["monthly", "yearly"]);

/** Technical data: a hosting package or domain the customer has. */
export const customerServiceSchema = z
  .object({
    id: z.uuid(),
    kind: serviceKindSchema,
    name: z.string(),
    serviceLevel: serviceLevelSchema,
    billingPeriod: billingPeriodSchema,
  })
  .meta({ id: "CustomerService" });

const contactFields = {
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  language: languageSchema,
  emailVerified: z.boolean(),
};

/**
 * What support agents see: contact and technical data only (the provider's privacy statement:
 * no address, bank account or date of birth).
 */
export const customerSupportViewSchema = z
  .object({ view: z.literal("support"), ...contactFields, services: z.array(customerServiceSchema) })
  .meta({ id: "CustomerSupportView" });

/** What customer service, billing, admins and the customer themself see: everything. */
export const customerFullViewSchema = z
  .object({
    view: z.literal("full"),
    ...contactFields,
    services: z.array(customerServiceSchema),
    postalAddress: z.string().nullable(),
    iban: z.string().nullable(),
    dateOfBirth: z.iso.date().nullable(),
  })
  .meta({ id: "CustomerFullView" });

export const customerViewSchema = z
  .discriminatedUnion("view", [customerSupportViewSchema, customerFullViewSchema])
  .meta({ id: "CustomerView" });
export type CustomerView = z.infer<typeof customerViewSchema>;

export const customerIdParamsSchema = z.object({ id: z.uuid() });

export const customerSearchQuerySchema = syncListQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "Part of a name, e-mail address, phone or domain; without it, every customer" }),
});

export const customerSearchPageSchema = cursorPageSchema(customerViewSchema).meta({ id: "CustomerPage" });

/** ISO 13616 check digits: the account moved behind its country and check, read as a number mod 97. */
function ibanChecksumHolds(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let rest = 0;
  for (const char of moved) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** A bank account number, stored without spaces and in capitals; the check digits must add up. */
export const ibanSchema = z
  .string()
  .meta({ examples: ["NL91 ABNA 0417 1643 00"] })
  .transform((value) => value.replace(/\s+/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .min(15)
      .max(34)
      .regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/)
      .refine(ibanChecksumHolds, { message: "Not a valid IBAN (the check digits do not match)" }),
  );

export const billingChangeReasonSchema = z.string().trim().min(3).max(500);

/**
 * What billing changes on a customer's record, with a reason for the audit trail: the billing period
 * of some of their services, the IBAN (null removes it), or both. Values equal to the current ones
 * are no change, so sending the same form twice records one change.
 */
export const updateCustomerBillingSchema = z
  .object({
    reason: billingChangeReasonSchema.meta({ examples: ["Klant vraagt per ticket om jaarlijks te betalen"] }),
    iban: ibanSchema.nullable().optional(),
    services: z
      .array(z.object({ id: z.uuid(), billingPeriod: billingPeriodSchema }))
      .max(100)
      .optional(),
  })
  .meta({ id: "UpdateCustomerBilling" });
export type UpdateCustomerBilling = z.infer<typeof updateCustomerBillingSchema>;

export const customerEventTypes = ["billing_changed"] as const;

/** One change in an audit line: a billing period from one value to another, or that the IBAN changed. */
export const customerChangeSchema = z.discriminatedUnion("field", [
  z.object({
    field: z.literal("billingPeriod"),
    serviceId: z.uuid(),
    serviceName: z.string(),
    before: billingPeriodSchema,
    after: billingPeriodSchema,
  }),
  // The IBAN's value never enters the trail: the trail is shown to whoever may see the customer.
  z.object({ field: z.literal("iban"), change: z.enum(["added", "changed", "removed"]) }),
]);
export type CustomerChange = z.infer<typeof customerChangeSchema>;

/** One line of a customer's audit trail: which staff member changed what, and why. */
export const customerEventSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(customerEventTypes),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    reason: z.string(),
    changes: z.array(customerChangeSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "CustomerEvent" });
export type CustomerEvent = z.infer<typeof customerEventSchema>;
export const customerEventListSchema = z
  .object({ items: z.array(customerEventSchema) })
  .meta({ id: "CustomerEventList" });
