// The engine's messages are written for Prisma's own CLI; these trim them to what our users need.

/** Drops the Rust span trace ("   0: sql_schema_connector::...") that ends engine errors. */
export function engineErrorSummary(error: unknown): string {
  const message = messageOf(error);
  const withoutTrace = message.split(/\n\s+0: /)[0] ?? message;
  return withoutTrace.replace(/^external connector error\n/i, "").trim();
}

/**
 * Schema validation errors come with a code frame; keeps each problem and its file:line, e.g.
 * "This line is invalid. ... (schema.prisma:8)". Undefined when the error is something else.
 */
export function schemaValidationSummary(error: unknown): string | undefined {
  const problems = [...messageOf(error).matchAll(/error: (?:Error validating: )?(.+)\n\s*-->\s*(\S+)/g)].map(
    ([, problem, location]) => `${problem} (${location})`,
  );
  return problems.length > 0 ? problems.join("; ") : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
