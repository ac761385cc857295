import { z } from "zod";
import { staffRoleSchema } from "../identity/identity.schemas.ts";

/** Every API token starts with this, so secret scanners can recognise a leaked one. */
export const API_TOKEN_PREFIX = "hdk_";

/**
 * What a token may be narrowed to. A token always acts with its staff role's privacy rules; its
 * scopes (when given) only take endpoints away from what that role may call.
 */
export const apiScopes = [
  "tickets:read",
  "tickets:write",
  "customers:read",
  "customers:write",
  "faq:write",
  "admin",
] as const;
export const apiScopeSchema = z.enum(apiScopes);
export type ApiScope = z.infer<typeof apiScopeSchema>;

export const createApiTokenSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .meta({ examples: ["CRM-koppeling"] }),
    role: staffRoleSchema,
    /** Left out: everything the role may do. */
    scopes: z
      .array(apiScopeSchema)
      .min(1)
      .max(apiScopes.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "Each scope once")
      .optional(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .refine((value) => Date.parse(value) > Date.now(), "The expiry must lie in the future")
      .meta({ examples: ["2099-12-31T23:59:59Z"] })
      .optional(),
  })
  .meta({ id: "CreateApiToken" });
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

/** A token as admins see it: never its secret, which was shown once at creation. */
export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ examples: ["CRM-koppeling"] }),
    role: staffRoleSchema,
    /** null: everything the role may do. */
    scopes: z.array(apiScopeSchema).nullable(),
    /** The first characters of the secret, to recognise it. */
    secretStart: z.string().meta({ examples: ["hdk_Zm9v"] }),
    createdAt: z.iso.datetime(),
    createdBy: z.string().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = z
  .object({
    token: apiTokenSchema,
    /** Shown this once; only its SHA-256 is stored. Send as `Authorization: Bearer <secret>`. */
    secret: z
      .string()
      .startsWith(API_TOKEN_PREFIX)
      .meta({ examples: ["hdk_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo"] }),
  })
  .meta({ id: "CreatedApiToken" });

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) }).meta({ id: "ApiTokenList" });

export const apiTokenParamsSchema = z.object({ id: z.uuid() });
