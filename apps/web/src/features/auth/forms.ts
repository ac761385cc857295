import { PASSWORD_MIN_LENGTH } from "@helpdesk/contracts";
import { type RefObject, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { Translate } from "../../i18n/messages.ts";
import { isApiError } from "../../lib/api-client.ts";
import type { authNl } from "./i18n/auth.nl.ts";

type T = Translate<typeof authNl>;

/** What went wrong with a submit, in the visitor's words: per field, and for the form as a whole. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form?: string;
}

/** The kinds of field the sign-in forms have; decides which words describe a problem. */
export type FieldKind = "email" | "password" | "newPassword";

interface Issue {
  code: string;
  message: string;
}

// The password policy's own checks (passwordSchema's refinements) carry English messages only; they
// are recognised by message until the contract gives them stable codes.
const passwordRefinements: Record<string, "passwordTooLong" | "passwordTooSimple"> = {
  "Use at most 72 bytes": "passwordTooLong",
  "Use more than three different characters": "passwordTooSimple",
};

/** One field's problem, from a zod issue (here) or a field error of the API's 400 (same codes). */
export function describeIssue(t: T, kind: FieldKind, issue: Issue, value: string): string {
  if (value.trim() === "")
    return t(kind === "email" ? "formErrors.emailRequired" : "formErrors.passwordRequired");
  if (kind === "email") return t("formErrors.emailInvalid");
  if (kind === "password") return t("formErrors.invalid");
  if (issue.code === "too_small") return t("formErrors.passwordTooShort", { min: PASSWORD_MIN_LENGTH });
  if (issue.code === "too_big") return t("formErrors.passwordTooLong");
  const refinement = passwordRefinements[issue.message];
  return refinement ? t(`formErrors.${refinement}`) : t("formErrors.invalid");
}

/**
 * Reads a form's fields and checks them with the contract's schema (the one the API checks with).
 * Returns the parsed body, or the first problem of each field.
 */
export function validateForm<F extends string, S extends z.ZodType>(
  t: T,
  form: HTMLFormElement,
  kinds: Record<F, FieldKind>,
  schema: S,
  extra: Record<string, unknown> = {},
): { ok: true; data: z.output<S>; values: Record<F, string> } | { ok: false; errors: FormErrors<F> } {
  const data = new FormData(form);
  const values = {} as Record<F, string>;
  for (const field of Object.keys(kinds) as F[]) values[field] = String(data.get(field) ?? "");
  const result = schema.safeParse({ ...values, ...extra });
  if (result.success) return { ok: true, data: result.data, values };
  const fields: Partial<Record<F, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as F;
    if (!(field in kinds) || fields[field]) continue;
    fields[field] = describeIssue(t, kinds[field], issue, values[field]);
  }
  return { ok: false, errors: { fields } };
}

/**
 * An API failure as form errors. 400s name their fields (`body.email`); 401 and 429 are about the
 * attempt as a whole; `unauthenticated` gets the caller's wording (wrong password, invalid link).
 */
export function errorsFromApi<F extends string>(
  t: T,
  error: unknown,
  kinds: Record<F, FieldKind>,
  values: Record<F, string>,
  unauthenticated: string = t("formErrors.wrongCredentials"),
): FormErrors<F> {
  if (!isApiError(error)) return { fields: {}, form: t("formErrors.unexpected") };
  if (error.code === "validation_failed") {
    const fields: Partial<Record<F, string>> = {};
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.path.replace(/^body\./, "") as F;
      if (field in kinds && !fields[field])
        fields[field] = describeIssue(t, kinds[field], fieldError, values[field]);
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  if (error.status === 401) return { fields: {}, form: unauthenticated };
  if (error.status === 429) return { fields: {}, form: tooManyAttempts(t, error.retryAfterSeconds) };
  if (error.code === "network_error") return { fields: {}, form: t("formErrors.network") };
  return { fields: {}, form: t("formErrors.unexpected") };
}

export function tooManyAttempts(t: T, retryAfterSeconds: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return minutes === 1
    ? t("formErrors.tooManyAttemptsOne", { minutes })
    : t("formErrors.tooManyAttemptsOther", { minutes });
}

/**
 * Errors of the last submit, and focus management: after a failed submit, focus moves to the form's
 * own alert if there is one, else to the first invalid field (whose error is read with it).
 */
export function useFormErrors<F extends string>(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<FormErrors<F> | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!errors) return;
    if (errors.form) alertRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, formRef]);
  return { errors, setErrors, alertRef };
}
