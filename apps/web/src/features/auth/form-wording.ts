import { PASSWORD_MIN_LENGTH } from "@helpdesk/contracts";
import type { Translate } from "../../i18n/messages.ts";
import { isApiError } from "../../lib/api-client.ts";
import type { FieldIssue } from "../../lib/forms/field-issues.ts";
import type { authNl } from "./i18n/auth.nl.ts";

type T = Translate<typeof authNl>;

/** The kinds of field the sign-in forms have; decides which words describe a problem. */
export type FieldKind = "email" | "password" | "newPassword";

// The password policy's own checks (passwordSchema's refinements) carry English messages only; they
// are recognised by message until the contract gives them stable codes.
const passwordRefinements: Record<string, "passwordTooLong" | "passwordTooSimple"> = {
  "Use at most 72 bytes": "passwordTooLong",
  "Use more than three different characters": "passwordTooSimple",
};

/** One field's problem in the visitor's words; `kinds` says what each of the form's fields is. */
export function describeAuthIssue(
  t: T,
  kinds: Readonly<Record<string, FieldKind>>,
  issue: FieldIssue,
): string {
  const kind = kinds[issue.path] ?? "password";
  if (String(issue.value ?? "").trim() === "")
    return t(kind === "email" ? "formErrors.emailRequired" : "formErrors.passwordRequired");
  if (kind === "email") return t("formErrors.emailInvalid");
  if (kind === "password") return t("formErrors.invalid");
  if (issue.code === "too_small")
    return t("formErrors.passwordTooShort", { min: issue.minimum ?? PASSWORD_MIN_LENGTH });
  if (issue.code === "too_big") return t("formErrors.passwordTooLong");
  const refinement = passwordRefinements[issue.message];
  return refinement ? t(`formErrors.${refinement}`) : t("formErrors.invalid");
}

/** A failure that is not about one field: 401 (wrong password) and 429 are about the attempt as a whole. */
export function describeAuthFailure(t: T, error: unknown): string {
  if (!isApiError(error)) return t("formErrors.unexpected");
  if (error.status === 401) return t("formErrors.wrongCredentials");
  if (error.status === 429) return tooManyAttempts(t, error.retryAfterSeconds);
  if (error.code === "network_error") return t("formErrors.network");
  return t("formErrors.unexpected");
}

export function tooManyAttempts(t: T, retryAfterSeconds: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return minutes === 1
    ? t("formErrors.tooManyAttemptsOne", { minutes })
    : t("formErrors.tooManyAttemptsOther", { minutes });
}

/** The form options every sign-in form shares: its fields by kind, in the sign-in wording. */
export function authFields(t: T, kinds: Readonly<Record<string, FieldKind>>) {
  return {
    fields: Object.keys(kinds),
    describe: (issue: FieldIssue) => describeAuthIssue(t, kinds, issue),
    describeFailure: (error: unknown) => describeAuthFailure(t, error),
  };
}
