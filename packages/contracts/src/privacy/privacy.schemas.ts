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
