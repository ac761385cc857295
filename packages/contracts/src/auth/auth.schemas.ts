import { z } from "zod";
import { emailSchema, passwordSchema, userSchema } from "../identity/identity.schemas.ts";

export const loginRequestSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(1024) })
  .meta({ id: "LoginRequest" });

/** The access token is short-lived; the refresh token travels only in an httpOnly cookie. */
export const sessionSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().positive().meta({ description: "Seconds until the access token expires" }),
    user: userSchema,
  })
  .meta({ id: "Session" });
export type Session = z.infer<typeof sessionSchema>;

export const emailOnlySchema = z.object({ email: emailSchema }).meta({ id: "EmailOnly" });

/** Tokens from e-mailed links: long random strings, never stored in the clear. */
export const linkTokenSchema = z.string().min(20).max(200);

export const emailLinkConfirmSchema = z.object({ token: linkTokenSchema }).meta({ id: "EmailLinkConfirm" });

export const passwordResetConfirmSchema = z
  .object({ token: linkTokenSchema, password: passwordSchema })
  .meta({ id: "PasswordResetConfirm" });

export const acceptedSchema = z
  .object({ status: z.literal("accepted") })
  .meta({ id: "Accepted", description: "Answered whether or not the address is known" });
