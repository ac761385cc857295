import type { Translate } from "../../../i18n/messages.ts";
import type { FieldIssue } from "../../../lib/forms/field-issues.ts";
import type { kbNl } from "../i18n/kb.nl.ts";

/** The article form's problems, in the editor's words (the schema's and the API's alike). */
export function describeArticleIssue(t: Translate<typeof kbNl>, issue: FieldIssue): string {
  const empty = typeof issue.value === "string" && issue.value.trim() === "";
  if (issue.path.startsWith("keywords")) return t("wording.tooManyKeywords", { max: 40 });
  if (issue.path === "categorySlug") return empty ? t("wording.required") : t("wording.unknownCategory");
  if (issue.code === "too_small")
    return empty ? t("wording.required") : t("wording.tooShort", { min: issue.minimum ?? 1 });
  if (issue.code === "too_big") return t("wording.tooLong", { max: issue.maximum ?? 0 });
  if (issue.path === "slug")
    return /reserved/i.test(issue.message) ? t("wording.reserved") : t("wording.slugFormat");
  if (/HTML/i.test(issue.message)) return t("wording.rawHtml");
  if (/Links/i.test(issue.message)) return t("wording.unsafeLink");
  return t("wording.invalid");
}
