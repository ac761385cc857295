import type { FieldError } from "@helpdesk/contracts";
import type { ZodError } from "zod";

/** Zod issues as field errors with a path a client can point at, e.g. `body.email`. */
export function fieldErrorsFrom(error: ZodError, location: "params" | "query" | "body"): FieldError[] {
  return error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join("."),
    message: issue.message,
    code: issue.code,
  }));
}
