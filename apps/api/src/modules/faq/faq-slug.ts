import { foldWord } from "./search/text-normalization.ts";

/** "Hoe wijzig ik mijn IBAN (bankrekening)?" -> "hoe-wijzig-ik-mijn-iban-bankrekening". */
export function slugFromTitle(title: string): string {
  const slug = foldWord(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return slug.length >= 2 ? slug : `faq-${slug || "artikel"}`;
}
