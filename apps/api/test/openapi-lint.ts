// Lints an OpenAPI document with Redocly's recommended rules, offline (no config file, no network).
import { createConfig, lintFromString } from "@redocly/openapi-core";

export interface LintProblem {
  severity: string;
  ruleId: string;
  message: string;
  pointer: string;
}

export async function lintOpenApi(document: object): Promise<LintProblem[]> {
  const config = await createConfig({ extends: ["recommended"] });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: "openapi.json",
    config,
  });
  return problems
    .map((problem) => ({
      severity: problem.severity,
      ruleId: problem.ruleId,
      message: problem.message,
      pointer: problem.location[0]?.pointer ?? "",
    }))
    .filter((problem) => !isRedirectWithout2xx(document, problem));
}

/**
 * Redocly wants a 2XX answer on every operation; a redirect endpoint (the review link's counting
 * redirect answers 303 and nothing else on success) rightly has none.
 */
function isRedirectWithout2xx(document: object, problem: LintProblem): boolean {
  if (problem.ruleId !== "operation-2xx-response") return false;
  const [, path = "", method = ""] = /^#\/paths\/([^/]+)\/([^/]+)\/responses$/.exec(problem.pointer) ?? [];
  const paths = (document as { paths?: Record<string, Record<string, { responses?: object }>> }).paths;
  const responses = paths?.[path.replaceAll("~1", "/").replaceAll("~0", "~")]?.[method]?.responses ?? {};
  return Object.keys(responses).some((status) => /^3\d\d$/.test(status));
}
