import { z } from "zod";

export const staffRoles = ["agent", "customer_service", "billing", "phone_desk", "admin"] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles that work the ticket queue (and so may be assigned tickets); the phone desk only files callback requests. */
export const ticketWorkerRoles: readonly StaffRole[] = ["agent", "customer_service", "billing", "admin"];

/** Who a signed-in user is: a staff role, or `customer`. */
export const userRoleSchema = z.enum([...staffRoles, "customer"]);
export type UserRole = z.infer<typeof userRoleSchema>;

/** Whether someone in this role works the ticket queue. */
export const worksTickets = (role: UserRole): boolean => ticketWorkerRoles.some((worker) => worker === role);

export const languageSchema = z.enum(["nl", "en"]);
export type Language = z.infer<typeof languageSchema>;

/** E-mail addresses are compared case-insensitively: normalise at the edge. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  // On the input side: the document shows what a caller sends.
  .meta({ examples: ["jan.jansen@example.nl"] })
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/**
 * Password policy: long enough to resist guessing, short enough for bcrypt, which ignores every
 * byte after the 72nd. No composition rules: they make passwords worse, not better.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .refine((value) => new TextEncoder().encode(value).length <= 72, "Use at most 72 bytes")
  .refine((value) => new Set(value).size >= 4, "Use more than three different characters");

export const uuidSchema = z.uuid();

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: userRoleSchema,
  })
  .meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

/**
 * Whether text carries a link or an address someone could follow: a scheme (`https://`), `www.`,
 * an e-mail address, or a domain name (`evil.example`, `bit.ly`).
 */
export function containsLink(text: string): boolean {
  return /[a-z][a-z0-9+.-]*:\/\/|www\.|@|[\p{L}\p{N}-]\.[\p{L}]{2,}/iu.test(text);
}

/**
 * A person's name as a caller gives it: it is put in the greeting of e-mails we send, so it is short
 * and holds no link (a name is never "Win a prize at evil.example").
 */
export const personNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((value) => !containsLink(value), "A name cannot contain a link, a domain or an e-mail address")
  .meta({ examples: ["Jan Jansen"] });
