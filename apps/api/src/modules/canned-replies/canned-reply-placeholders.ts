// The placeholders of a standard answer: which ones a body uses, whether each is known, and the
// body with them filled in. Pure functions: the service looks up what they stand for.
import { cannedReplyPlaceholders, type FieldError, placeholderPattern } from "@helpdesk/contracts";

const FAQ_PREFIX = "faq:";
const knownNames: ReadonlySet<string> = new Set(cannedReplyPlaceholders);

export interface PlaceholderUse {
  /** The placeholder's name, e.g. `customer.name`, or the article's slug for `{{faq:<slug>}}`. */
  name: string;
  faqSlug: string | null;
}

/** The placeholders in a body, in order. */
export function placeholdersIn(body: string): PlaceholderUse[] {
  return [...body.matchAll(placeholderPattern)].map((match) => {
    const name = match[1] ?? "";
    return {
      name,
      faqSlug: name.startsWith(FAQ_PREFIX) ? name.slice(FAQ_PREFIX.length).trim() : null,
    };
  });
}

/**
 * What is wrong with a body's placeholders, as field errors on `body.body`: an unknown name, an FAQ
 * slug without a published article, or braces that do not close (the customer would see them).
 */
export function placeholderErrors(body: string, publishedSlugs: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const use of placeholdersIn(body)) {
    if (use.faqSlug !== null) {
      if (!publishedSlugs.has(use.faqSlug)) {
        errors.push({
          path: "body.body",
          message: `No published FAQ article has the address "${use.faqSlug}"`,
          code: "unknown_faq_article",
        });
      }
    } else if (!knownNames.has(use.name)) {
      errors.push({
        path: "body.body",
        message: `Unknown placeholder {{${use.name}}}; use ${[...knownNames].map((name) => `{{${name}}}`).join(", ")} or {{faq:<slug>}}`,
        code: "unknown_placeholder",
      });
    }
  }
  const rest = body.replace(placeholderPattern, "");
  if (rest.includes("{{") || rest.includes("}}")) {
    errors.push({
      path: "body.body",
      message: "A placeholder is not closed: write it as {{name}}",
      code: "unclosed_placeholder",
    });
  }
  return errors;
}

export interface PlaceholderValues {
  "customer.name": string;
  "ticket.number": string;
}

/** Link text may not close the link early: square brackets become round ones. */
const linkText = (text: string) => text.replace(/\[/g, "(").replace(/\]/g, ")");

/**
 * The body with every placeholder filled: names by their values, `{{faq:<slug>}}` as a Markdown
 * link `[title](url)`. Returns the slugs it found no article for (the caller refuses the fill).
 */
export function fillPlaceholders(
  body: string,
  values: PlaceholderValues,
  faqLinks: ReadonlyMap<string, { title: string; url: string }>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = body.replace(placeholderPattern, (whole, raw: string) => {
    const name = raw.trim();
    if (name.startsWith(FAQ_PREFIX)) {
      const slug = name.slice(FAQ_PREFIX.length).trim();
      const article = faqLinks.get(slug);
      if (!article) {
        missing.push(slug);
        return whole;
      }
      return `[${linkText(article.title)}](${article.url})`;
    }
    if (name === "customer.name" || name === "ticket.number") return values[name];
    missing.push(name);
    return whole;
  });
  return { text, missing };
}

/** The FAQ slugs a body links to. */
export const faqSlugsIn = (body: string): string[] =>
  placeholdersIn(body).flatMap((use) => (use.faqSlug === null ? [] : [use.faqSlug]));
