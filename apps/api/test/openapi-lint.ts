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
  return problems.map((problem) => ({
    severity: problem.severity,
    ruleId: problem.ruleId,
    message: problem.message,
    pointer: problem.location[0]?.pointer ?? "",
  }));
}
