import { z } from "zod";
import { cursorPageSchema, cursorQuerySchema } from "../common/pagination.ts";
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

export const customerSearchQuerySchema = cursorQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ description: "Part of a name, e-mail address, phone or domain" }),
});

export const customerSearchPageSchema = cursorPageSchema(customerViewSchema).meta({ id: "CustomerPage" });
