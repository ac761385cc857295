import { z } from "zod";
import { cursorPageSchema, cursorQuerySchema } from "../common/pagination.ts";
import { staffRoleSchema } from "../identity/identity.schemas.ts";

/** A customer's private fields: what support staff never see, and every showing of which is logged. */
export const privateFieldSchema = z.enum(["postalAddress", "iban", "dateOfBirth"]);
export type PrivateField = z.infer<typeof privateFieldSchema>;

/** Where the web app says a request comes from; informative only (the endpoint is always logged). */
export const SCREEN_HEADER = "X-Helpdesk-Screen";

/** One time a staff member was shown a customer's private fields. */
export const privateDataAccessSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    staff: z.object({ id: z.uuid(), name: z.string().nullable(), role: staffRoleSchema.nullable() }),
    customerId: z.uuid(),
    fields: z.array(privateFieldSchema),
    source: z.string().meta({ description: 'The endpoint that showed them, e.g. "GET /customers/{id}"' }),
    screen: z.string().nullable().meta({ description: "The web app's screen, when it said so" }),
  })
  .meta({ id: "PrivateDataAccess" });
export type PrivateDataAccess = z.infer<typeof privateDataAccessSchema>;

export const privateDataAccessQuerySchema = cursorQuerySchema;
export const privateDataAccessPageSchema = cursorPageSchema(privateDataAccessSchema).meta({
  id: "PrivateDataAccessPage",
});

/** Erasing a customer (right to be forgotten): why, in words that name nobody. */
export const customerErasureRequestSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .meta({ description: "Why, for the record; do not repeat the customer's data here" }),
  })
  .meta({ id: "CustomerErasureRequest" });

/** What an erasure did: kept as the record of it, without the erased data. */
export const customerErasureSchema = z
  .object({
    customerId: z.uuid(),
    erasedAt: z.iso.datetime(),
    erasedBy: z.object({ id: z.uuid(), name: z.string().nullable() }),
    reason: z.string(),
    counts: z.object({
      tickets: z.number().int(),
      messages: z.number().int(),
      events: z.number().int(),
      attachments: z.number().int(),
      services: z.number().int(),
      queuedEmails: z.number().int(),
      /** E-mails as received (kept for staff), deleted. */
      emailOriginals: z.number().int(),
    }),
  })
  .meta({ id: "CustomerErasure" });
export type CustomerErasure = z.infer<typeof customerErasureSchema>;

/** A data export asked for: the archive is prepared and its link e-mailed to the customer. */
export const dataExportRequestedSchema = z
  .object({ requestedAt: z.iso.datetime() })
  .meta({ id: "DataExportRequested" });

/** The single-use token from the e-mailed link. */
export const dataExportDownloadSchema = z
  .object({ token: z.string().min(20).max(100) })
  .meta({ id: "DataExportDownload" });
