import { z } from "zod";
import { cursorPageSchema, syncListQuerySchema } from "../common/pagination.ts";
import { languageSchema } from "../identity/identity.schemas.ts";

export const faqStatusSchema = z.enum(["draft", "published"]);
export type FaqStatus = z.infer<typeof faqStatusSchema>;

const reservedFaqPaths = ["suggestions", "popular"];

/** Lower-case words joined by single hyphens; stable once published, because links point at it. */
export const faqSlugSchema = z
  .string()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens")
  // The paths under /faqs that are not articles.
  .refine((slug) => !reservedFaqPaths.includes(slug), "This slug is reserved")
  .meta({ examples: ["abonnement-opzeggen"] });

const rawHtmlTag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const unsafeLinkTarget = /\]\(\s*(?!https?:|mailto:|\/|#)[a-z][a-z0-9+.-]*:/i;

/**
 * Article text is Markdown that the web app renders without HTML: raw tags and links with any
 * scheme other than http(s) and mailto are refused here, so stored text is safe to render.
 */
export const faqMarkdownSchema = z
  .string()
  .trim()
  .min(1)
  .max(50_000)
  .refine((text) => !rawHtmlTag.test(text), "Raw HTML is not allowed; write Markdown")
  .refine((text) => !unsafeLinkTarget.test(text), "Links may only use http, https or mailto");

export const faqKeywordsSchema = z
  .array(z.string().trim().min(1).max(60))
  .max(40)
  .meta({ description: "Words and phrases customers use for this article (also in other languages)" });

export const faqCategorySchema = z.object({ slug: z.string(), name: z.string() }).meta({ id: "FaqCategory" });

export const faqCategoryListSchema = z
  .object({ items: z.array(faqCategorySchema) })
  .meta({ id: "FaqCategoryList" });

const faqCategoryNameSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .meta({ examples: ["Opzeggen"] });

export const createFaqCategorySchema = z
  .object({
    name: faqCategoryNameSchema,
    slug: faqSlugSchema
      .optional()
      .meta({ description: "Made from the name when left out; stays when renamed" }),
  })
  .meta({ id: "CreateFaqCategory" });

/** A new name; the slug (the home page's anchor for the category) stays. */
export const renameFaqCategorySchema = z
  .object({ name: faqCategoryNameSchema })
  .meta({ id: "RenameFaqCategory" });

export const faqCategoryParamsSchema = z.object({ slug: z.string().min(1).max(120) });

/** The display order: every category's slug, each once, first shown first. */
export const faqCategoryOrderSchema = z
  .object({
    slugs: z
      .array(z.string().min(1).max(120))
      .min(1)
      .max(200)
      .refine((slugs) => new Set(slugs).size === slugs.length, "List each category once")
      .meta({ examples: [["opzeggen", "facturen", "e-mail"]] }),
  })
  .meta({ id: "FaqCategoryOrder" });

const articleHeader = {
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  category: faqCategorySchema,
  language: languageSchema,
  status: faqStatusSchema,
  /** Where the article lives in the web app: `/faq/<slug>`; agents answer with this link. */
  url: z.string(),
  updatedAt: z.iso.datetime(),
};

export const faqArticleSummarySchema = z.object(articleHeader).meta({ id: "FaqArticleSummary" });
export type FaqArticleSummary = z.infer<typeof faqArticleSummarySchema>;

/** Another language version of an article: its original, or one of its translations. */
export const faqArticleLinkSchema = z
  .object({ slug: z.string(), title: z.string(), language: languageSchema, url: z.string() })
  .meta({ id: "FaqArticleLink" });

export const faqArticleSchema = z
  .object({
    ...articleHeader,
    body: z.string(),
    keywords: z.array(z.string()),
    translationOf: faqArticleLinkSchema.nullable().meta({
      description:
        "Set when this article is a translation: the original it was translated from (the reference when they differ)",
    }),
    translations: z
      .array(faqArticleLinkSchema)
      .meta({ description: "Published translations of this article, in other languages" }),
  })
  .meta({ id: "FaqArticle" });
export type FaqArticle = z.infer<typeof faqArticleSchema>;

export const faqListQuerySchema = syncListQuerySchema.extend({
  category: z.string().max(80).optional(),
  lang: languageSchema.optional(),
  status: z
    .enum([...faqStatusSchema.options, "any"])
    .optional()
    .meta({
      description:
        "Drafts (and `any`: drafts and published) are listed only for staff who edit the FAQ; default published",
    }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: "Words in the title or keywords (case-insensitive), e.g. for the editors' list" }),
});
export const faqPageSchema = cursorPageSchema(faqArticleSummarySchema).meta({ id: "FaqPage" });

export const faqPopularQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(5),
  lang: languageSchema
    .optional()
    .meta({ description: "Articles in this language only; without it, originals only (no translations)" }),
});
/** Most used first; padded with the FAQ's own order while there is little or no use to rank by. */
export const faqPopularListSchema = z
  .object({ items: z.array(faqArticleSummarySchema) })
  .meta({ id: "FaqPopularList" });

export const faqSlugParamsSchema = z.object({ slug: z.string().min(1).max(120) });

export const createFaqArticleSchema = z
  .object({
    slug: faqSlugSchema.optional().meta({ description: "Made from the title when left out" }),
    title: z.string().trim().min(3).max(200),
    body: faqMarkdownSchema,
    categorySlug: z.string().min(1).max(80),
    language: languageSchema.default("nl"),
    keywords: faqKeywordsSchema.default([]),
    status: faqStatusSchema.default("draft"),
  })
  .meta({ id: "CreateFaqArticle" });
export type CreateFaqArticle = z.infer<typeof createFaqArticleSchema>;

/**
 * Any field may change. A new slug keeps the old one working: reading the article at it redirects
 * (308) to the new one, so links in e-mails sent before stay good.
 */
export const updateFaqArticleSchema = z
  .object({
    slug: faqSlugSchema.meta({
      description: "A new address, e.g. after the title changed; the old one redirects to it",
    }),
    title: z.string().trim().min(3).max(200),
    body: faqMarkdownSchema,
    categorySlug: z.string().min(1).max(80),
    language: languageSchema,
    keywords: faqKeywordsSchema,
    status: faqStatusSchema,
    expectedUpdatedAt: z.iso.datetime().meta({
      description:
        "The article's `updatedAt` when the editor opened it: when someone saved since, the change is refused with 409 edit_conflict carrying both versions (never a silent overwrite)",
      examples: ["2026-11-28T10:15:00.000Z"],
    }),
  })
  .partial()
  .refine(
    (patch) => Object.keys(patch).some((field) => field !== "expectedUpdatedAt"),
    "Change at least one field",
  )
  .meta({ id: "UpdateFaqArticle" });
export type UpdateFaqArticle = z.infer<typeof updateFaqArticleSchema>;

// ── Suggestions while typing ──

export const faqSuggestionQuerySchema = z.object({
  q: z
    .string()
    .max(500)
    .meta({ description: "What the customer has typed so far, unfinished last word included" }),
  limit: z.coerce.number().int().min(1).max(10).default(5),
  lang: languageSchema.optional().meta({ description: "The customer's language; articles in it rank first" }),
});

export const faqSuggestionSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    url: z.string(),
    /** The article's language: the customer's where the answer has a version in it. */
    language: languageSchema,
    translationOf: z
      .string()
      .nullable()
      .meta({ description: "Set on a translation: the slug of the original it was translated from" }),
    /** Plain text from the article, starting at a sentence or word boundary. */
    snippet: z.string(),
    highlights: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).meta({
      description:
        "The words of the snippet that matched the query: [start, end) offsets into `snippet` (UTF-16 code units); the snippet itself is plain text, never HTML",
    }),
    /** Relevance in (0, 1]: the share of the query's meaning the article covers. */
    score: z.number(),
  })
  .meta({ id: "FaqSuggestion" });
export type FaqSuggestion = z.infer<typeof faqSuggestionSchema>;

/** Best first; empty when nothing is relevant (never padded). */
export const faqSuggestionListSchema = z
  .object({ items: z.array(faqSuggestionSchema) })
  .meta({ id: "FaqSuggestionList" });

// ── Synonyms (staff-curated, expanded in the application) ──

export const faqSynonymGroupSchema = z
  .object({
    id: z.uuid(),
    /** Words or phrases that mean the same here, e.g. ["opzeggen", "stopzetten", "cancel"]. */
    terms: z.array(z.string()),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "FaqSynonymGroup" });

export const createFaqSynonymGroupSchema = z
  .object({
    terms: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .min(2)
          .max(60)
          .regex(/^[\p{L}\p{N}' -]+$/u, "Letters, digits, spaces, hyphens and apostrophes only")
          .meta({ examples: ["opzeggen"] }),
      )
      .min(2)
      .max(30),
  })
  .meta({ id: "CreateFaqSynonymGroup" });

export const faqSynonymListSchema = z
  .object({ items: z.array(faqSynonymGroupSchema) })
  .meta({ id: "FaqSynonymList" });

export const faqSynonymIdParamsSchema = z.object({ id: z.uuid() });

// ── Learning from use ──

export const faqSuggestionEventTypeSchema = z.enum(["shown", "clicked", "submitted", "abandoned"]);

/**
 * What the ticket form reports about suggestions, per anonymous form session (a random id made by
 * the form, not tied to an account): which were shown for which text, which was clicked, and
 * whether the ticket was then submitted or the form abandoned.
 */
export const faqSuggestionEventSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("shown"),
      formSessionId: z.uuid(),
      query: z.string().max(500),
      articleIds: z.array(z.uuid()).max(10),
    }),
    z.object({
      type: z.literal("clicked"),
      formSessionId: z.uuid(),
      query: z.string().max(500),
      articleId: z.uuid(),
    }),
    z.object({ type: z.enum(["submitted", "abandoned"]), formSessionId: z.uuid() }),
  ])
  .meta({ id: "FaqSuggestionEvent" });
export type FaqSuggestionEvent = z.infer<typeof faqSuggestionEventSchema>;

/** Most events one report may carry: a form sends what it collected since its last report. */
export const FAQ_SUGGESTION_EVENT_BATCH_MAX = 50;

/**
 * What the web app sends: the events of one form since its last report, in order (a batch also
 * arrives through `navigator.sendBeacon` when the page is left). A single event is still taken.
 */
export const faqSuggestionEventReportSchema = z
  .union([
    z.object({ events: z.array(faqSuggestionEventSchema).min(1).max(FAQ_SUGGESTION_EVENT_BATCH_MAX) }),
    faqSuggestionEventSchema,
  ])
  .meta({ id: "FaqSuggestionEventReport" });
export type FaqSuggestionEventReport = z.infer<typeof faqSuggestionEventReportSchema>;

export const faqInsightsQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(365).default(90),
});

export const faqInsightsSchema = z
  .object({
    /** Per article: how often shown and clicked, and how often a click ended the form (deflected). */
    articles: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        shown: z.number().int(),
        clicked: z.number().int(),
        deflected: z.number().int(),
      }),
    ),
    /** What customers typed that found nothing: the next articles to write. */
    unansweredQueries: z.array(z.object({ query: z.string(), count: z.number().int() })),
  })
  .meta({ id: "FaqInsights" });
