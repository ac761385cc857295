// Renders errors as RFC 9457 problem+json; the codes and AppError live in errors/app-error.ts.
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem, type ProblemCode } from "@helpdesk/contracts";
import type { Response } from "express";
import { type EditConflict, problemCatalog } from "../errors/app-error.ts";

export function toProblem(
  code: ProblemCode,
  extra: {
    detail?: string | undefined;
    requestId?: string;
    errors?: FieldError[] | undefined;
    /** An edit refused because of a newer save: both versions, so the caller can merge. */
    conflict?: EditConflict | undefined;
  } = {},
): Problem {
  const { status, title } = problemCatalog[code];
  return {
    type: `https://helpdesk.invalid/problems/${code.replaceAll("_", "-")}`,
    title,
    status,
    code,
    ...(extra.detail === undefined ? {} : { detail: extra.detail }),
    ...(extra.requestId === undefined ? {} : { requestId: extra.requestId }),
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
    ...(extra.conflict === undefined ? {} : extra.conflict),
  };
}

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
