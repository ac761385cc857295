import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  createFaqArticleSchema,
  createFaqCategorySchema,
  createFaqSynonymGroupSchema,
  faqArticleSchema,
  faqCategoryListSchema,
  faqCategoryOrderSchema,
  faqCategoryParamsSchema,
  faqCategorySchema,
  faqInsightsQuerySchema,
  faqInsightsSchema,
  faqListQuerySchema,
  faqPageSchema,
  faqPopularListSchema,
  faqPopularQuerySchema,
  faqSlugParamsSchema,
  faqSuggestionEventReportSchema,
  faqSuggestionListSchema,
  faqSuggestionQuerySchema,
  faqSynonymGroupSchema,
  faqSynonymIdParamsSchema,
  faqSynonymListSchema,
  renameFaqCategorySchema,
  updateFaqArticleSchema,
} from "./faq.schemas.ts";

// Listed before `/faqs/:slug`: routes match in this order.
export const suggestFaqArticles = defineEndpoint({
  method: "GET",
  path: "/faqs/suggestions",
  summary: "FAQ articles that answer what the customer is typing (empty when nothing is relevant)",
  tag: "FAQ",
  query: faqSuggestionQuerySchema,
  responses: { 200: faqSuggestionListSchema },
});

export const listPopularFaqArticles = defineEndpoint({
  method: "GET",
  path: "/faqs/popular",
  summary:
    "The most used published FAQ articles (clicked from suggestions or linked in answers, last 90 days); the FAQ's own order fills in where use is lacking",
  tag: "FAQ",
  query: faqPopularQuerySchema,
  responses: { 200: faqPopularListSchema },
});

export const listFaqCategories = defineEndpoint({
  method: "GET",
  path: "/faq-categories",
  summary: "FAQ categories, in display order",
  tag: "FAQ",
  responses: { 200: faqCategoryListSchema },
});

export const createFaqCategory = defineEndpoint({
  method: "POST",
  path: "/faq-categories",
  summary: "Add an FAQ category, shown last (admins and customer service)",
  tag: "FAQ",
  body: createFaqCategorySchema,
  responses: {
    201: faqCategorySchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const renameFaqCategory = defineEndpoint({
  method: "PATCH",
  path: "/faq-categories/:slug",
  summary: "Rename an FAQ category; its slug stays (admins and customer service)",
  tag: "FAQ",
  params: faqCategoryParamsSchema,
  body: renameFaqCategorySchema,
  responses: { 200: faqCategorySchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const orderFaqCategories = defineEndpoint({
  method: "PUT",
  path: "/faq-category-order",
  summary: "Set the order of the FAQ categories: every slug once (admins and customer service)",
  tag: "FAQ",
  body: faqCategoryOrderSchema,
  responses: { 200: faqCategoryListSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const listFaqArticles = defineEndpoint({
  method: "GET",
  path: "/faqs",
  summary:
    "Published FAQ articles (drafts too for staff who edit the FAQ), optionally by category or language",
  tag: "FAQ",
  query: faqListQuerySchema,
  responses: { 200: faqPageSchema, 400: problemSchema, 404: problemSchema },
});

export const getFaqArticle = defineEndpoint({
  method: "GET",
  path: "/faqs/:slug",
  summary:
    "One FAQ article (a draft answers 404 unless the caller edits the FAQ); an old slug redirects (308) to the current one",
  tag: "FAQ",
  params: faqSlugParamsSchema,
  responses: { 200: faqArticleSchema, 308: null, 404: problemSchema },
});

export const createFaqArticle = defineEndpoint({
  method: "POST",
  path: "/faqs",
  summary: "Write an FAQ article (admins and customer service)",
  tag: "FAQ",
  body: createFaqArticleSchema,
  responses: {
    201: faqArticleSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const updateFaqArticle = defineEndpoint({
  method: "PATCH",
  path: "/faqs/:slug",
  summary:
    "Change an FAQ article, its slug too (the old one keeps redirecting); refused with 409 when someone saved since `expectedUpdatedAt` (admins and customer service)",
  tag: "FAQ",
  params: faqSlugParamsSchema,
  body: updateFaqArticleSchema,
  responses: {
    200: faqArticleSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const deleteFaqArticle = defineEndpoint({
  method: "DELETE",
  path: "/faqs/:slug",
  summary: "Delete an FAQ article (admins and customer service)",
  tag: "FAQ",
  params: faqSlugParamsSchema,
  responses: { 204: null, 401: problemSchema, 404: problemSchema },
});

export const listFaqSynonyms = defineEndpoint({
  method: "GET",
  path: "/faq-synonyms",
  summary: "Synonym groups used by FAQ suggestions (admins and customer service)",
  tag: "FAQ",
  responses: { 200: faqSynonymListSchema, 401: problemSchema, 404: problemSchema },
});

export const createFaqSynonymGroup = defineEndpoint({
  method: "POST",
  path: "/faq-synonyms",
  summary: "Add a synonym group (admins and customer service)",
  tag: "FAQ",
  body: createFaqSynonymGroupSchema,
  responses: { 201: faqSynonymGroupSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const deleteFaqSynonymGroup = defineEndpoint({
  method: "DELETE",
  path: "/faq-synonyms/:id",
  summary: "Remove a synonym group (admins and customer service)",
  tag: "FAQ",
  params: faqSynonymIdParamsSchema,
  responses: { 204: null, 401: problemSchema, 404: problemSchema },
});

export const recordFaqSuggestionEvent = defineEndpoint({
  method: "POST",
  path: "/faq-suggestion-events",
  summary:
    "Report what happened to suggestions in a ticket form, one event or a batch of up to 50 (anonymous; used to improve ranking)",
  tag: "FAQ",
  body: faqSuggestionEventReportSchema,
  responses: { 202: null, 400: problemSchema },
});

export const getFaqInsights = defineEndpoint({
  method: "GET",
  path: "/faq-insights",
  summary: "Which articles deflect tickets and which queries found nothing (admins and customer service)",
  tag: "FAQ",
  query: faqInsightsQuerySchema,
  responses: { 200: faqInsightsSchema, 401: problemSchema, 404: problemSchema },
});
