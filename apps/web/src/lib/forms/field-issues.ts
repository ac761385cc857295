import type { z } from "zod";
import { isApiError } from "../api-client.ts";
import { limitsOf } from "./schema-limits.ts";

/**
 * One problem with one field, whether the contract's schema found it in the browser or the API sent
 * it in a 400's `errors`: the same path (in the request body: `subject`, `details.phone`), the same
 * code, so it is worded the same either way.
 */
export interface FieldIssue {
  path: string;
  /** zod's issue code, e.g. `too_small`, `invalid_format`, `custom`. */
  code: string;
  message: string;
  /** The schema's limits at the path (from the issue, or read from the schema for the API's). */
  minimum?: number | undefined;
  maximum?: number | undefined;
  /** The value that was checked or sent. */
  value: unknown;
}

/** What went wrong with a submit: per field (by path), and for the form as a whole. */
export interface FormErrors {
  fields: Readonly<Record<string, string>>;
  form?: string | undefined;
}

/** Where a form shows the problems at each body path, and in which words. */
export interface FieldMap {
  schema: z.core.$ZodType;
  /** The body paths the form has a field for. */
  fields: readonly string[];
  /** Body paths the form fills from another field (shown there), e.g. `subject` from the caller's name. */
  alias?: Readonly<Record<string, string>> | undefined;
  describe: (issue: FieldIssue) => string;
}

/** The value at a dotted path of a body (`details.phone`). */
export function valueAt(body: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      body,
    );
}

const numberOr = (value: unknown, fallback: number | undefined) =>
  typeof value === "number" ? value : fallback;

/**
 * The first problem of each field the form shows, worded, on top of `found` (problems the form found
 * itself). Problems at paths the form has no field for are left out.
 */
export function fieldErrors(
  map: FieldMap,
  issues: readonly { path: string; code: string; message: string; minimum?: unknown; maximum?: unknown }[],
  body: unknown,
  found: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const fields: Record<string, string> = { ...found };
  for (const issue of issues) {
    const field = map.alias?.[issue.path] ?? (map.fields.includes(issue.path) ? issue.path : undefined);
    if (field === undefined || fields[field] !== undefined) continue;
    const limits = limitsOf(map.schema, issue.path);
    fields[field] = map.describe({
      path: issue.path,
      code: issue.code,
      message: issue.message,
      minimum: numberOr(issue.minimum, limits.min),
      maximum: numberOr(issue.maximum, limits.max),
      value: valueAt(body, issue.path),
    });
  }
  return fields;
}

/** A zod issue's path as the API writes it, without the `body.` prefix. */
export const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".");

/**
 * The API's field errors of a 400 (`body.details.phone`) at the form's fields, or undefined when the
 * failure is not about fields the form shows.
 */
export function apiFieldErrors(
  map: FieldMap,
  error: unknown,
  sent: unknown,
): Record<string, string> | undefined {
  if (!isApiError(error) || error.code !== "validation_failed") return undefined;
  const issues = error.fieldErrors.flatMap((fieldError) =>
    fieldError.path.startsWith("body.") ? [{ ...fieldError, path: fieldError.path.slice(5) }] : [],
  );
  const fields = fieldErrors(map, issues, sent);
  return Object.keys(fields).length > 0 ? fields : undefined;
}
