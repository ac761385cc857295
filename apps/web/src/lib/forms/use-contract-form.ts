import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { apiFieldErrors, type FieldMap, type FormErrors, fieldErrors, pathOf } from "./field-issues.ts";

export interface ContractFormOptions<S extends z.ZodType> extends FieldMap {
  /** The contract's schema of the request body: the one the API checks with. */
  schema: S;
  /** A failure that is not about a field, in the visitor's words (shown in the form's alert). */
  describeFailure: (error: unknown) => string;
}

export type CheckResult<S extends z.ZodType> = { ok: true; data: z.output<S> } | { ok: false };

/**
 * The one form layer: checks a request body with the contract's schema before it is sent, puts the
 * problems zod finds and the field errors of the API's 400 at the same field (by body path, in the
 * same words), and after a failed submit moves focus once: to the form's alert when the problem is
 * the submit as a whole, else to the first invalid field in the form (its error is read with it).
 *
 * The form keeps its own values; give `formRef` to the `<form>` and `alertRef` to its `FormAlert`,
 * and each field its `fieldError(path)`.
 */
export function useContractForm<S extends z.ZodType>(options: ContractFormOptions<S>) {
  const [errors, setErrors] = useState<FormErrors | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // Runs once per shown set of errors (each submit makes a new one), after it is rendered.
  useEffect(() => {
    if (!errors) return;
    if (errors.form) alertRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  /** What the API's failure means for this form: errors at its fields, or one for the whole form. */
  const errorsFrom = (error: unknown, sent: unknown): FormErrors => {
    const fields = apiFieldErrors(options, error, sent);
    return fields ? { fields } : { fields: {}, form: options.describeFailure(error) };
  };

  return {
    formRef,
    alertRef,
    errors,
    /** The error to show at the field for `path`. */
    fieldError: (path: string): string | undefined => errors?.fields[path],
    /**
     * Checks `body` with the schema. `found` are problems the form found itself (e.g. a required
     * choice the schema cannot tell is missing); they win over the schema's at the same field.
     * Shows the errors and returns `ok: false`, or clears them and returns the parsed body.
     */
    check(body: unknown, found: Readonly<Record<string, string>> = {}): CheckResult<S> {
      const result = options.schema.safeParse(body);
      const issues = result.success
        ? []
        : result.error.issues.map((issue) => ({ ...issue, path: pathOf(issue.path) }));
      const fields = fieldErrors(options, issues, body, found);
      if (result.success && Object.keys(fields).length === 0) {
        setErrors(undefined);
        return { ok: true, data: result.data };
      }
      setErrors({ fields });
      return { ok: false };
    },
    errorsFrom,
    /** Shows why sending `sent` failed: at the fields the API named, else in the form's alert. */
    fail: (error: unknown, sent: unknown) => setErrors(errorsFrom(error, sent)),
    /** Shows errors the form decided on itself (e.g. "wait for the uploads"), or none. */
    show: setErrors,
  };
}

export type ContractForm = ReturnType<typeof useContractForm>;

/** The named fields of an uncontrolled form, as strings. */
export function readFields<F extends string>(form: HTMLFormElement, names: readonly F[]): Record<F, string> {
  const data = new FormData(form);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<F, string>;
}
