import { z } from "zod";

/** How long a staged upload waits to be sent with a ticket or reply before it is deleted. */
export const STAGED_UPLOAD_TTL_HOURS = 24;
/** The largest file one upload may be (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Files one ticket or reply may carry by token. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

/** The secret that stands for a staged upload: 32 random bytes, base64url. */
export const uploadTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "Not an upload token")
  .meta({ description: "The token of a file staged with POST /uploads" });

/** Upload tokens sent with a new ticket or a reply, each at most once. */
export const attachmentTokensSchema = z
  .array(uploadTokenSchema)
  .max(MAX_ATTACHMENTS_PER_MESSAGE)
  .refine((tokens) => new Set(tokens).size === tokens.length, "Send each upload token once")
  .meta({ description: `Tokens from POST /uploads; at most ${MAX_ATTACHMENTS_PER_MESSAGE}, each used once` });

export const stagedUploadSchema = z
  .object({
    /** Send this with the ticket or reply; it is shown once and works once. */
    token: uploadTokenSchema,
    /** The name the file will have: without path, with the extension of its detected type. */
    name: z.string(),
    size: z.number().int(),
    contentType: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "StagedUpload" });
export type StagedUpload = z.infer<typeof stagedUploadSchema>;
