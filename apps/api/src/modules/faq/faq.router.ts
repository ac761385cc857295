import {
  buildPath,
  createFaqArticle,
  createFaqCategory,
  createFaqSynonymGroup,
  deleteFaqArticle,
  deleteFaqSynonymGroup,
  getFaqArticle,
  getFaqInsights,
  listFaqArticles,
  listFaqCategories,
  listFaqSynonyms,
  listPopularFaqArticles,
  orderFaqCategories,
  recordFaqSuggestionEvent,
  renameFaqCategory,
  suggestFaqArticles,
  updateFaqArticle,
} from "@helpdesk/contracts";
import { actorOf, signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { FaqService } from "./faq.service.ts";
import type { FaqSuggestionService } from "./faq-suggestions.service.ts";
import type { FaqUsageService } from "./faq-usage.service.ts";

export function faqRoutes(faq: FaqService, suggestions: FaqSuggestionService, usage: FaqUsageService) {
  const signedIn = (res: Parameters<typeof actorOf>[0]) => signedInActorOf(res);
  return [
    // Before `/faqs/:slug`, which would otherwise take "suggestions" and "popular" for slugs.
    route(suggestFaqArticles, async ({ query }) => ({ status: 200, body: await suggestions.suggest(query) })),
    route(listPopularFaqArticles, async ({ query }) => ({
      status: 200,
      body: await faq.listPopular(query.limit, query.lang),
    })),
    route(listFaqCategories, async () => ({ status: 200, body: await faq.listCategories() })),
    route(createFaqCategory, async ({ body, res }) => ({
      status: 201,
      body: await faq.createCategory(signedIn(res), body),
    })),
    route(renameFaqCategory, async ({ params, body, res }) => ({
      status: 200,
      body: await faq.renameCategory(signedIn(res), params.slug, body.name),
    })),
    route(orderFaqCategories, async ({ body, res }) => ({
      status: 200,
      body: await faq.orderCategories(signedIn(res), body.slugs),
    })),
    route(listFaqArticles, async ({ query, res }) => ({
      status: 200,
      body: await faq.listArticles(actorOf(res), query),
    })),
    route(getFaqArticle, async ({ params, req, res }) => {
      const article = await faq.getArticle(actorOf(res), params.slug);
      if (!("movedTo" in article)) return { status: 200, body: article };
      // Permanent: the old address leads to the current one for every later reader too.
      return {
        status: 308,
        body: undefined,
        headers: { Location: `${req.baseUrl}${buildPath(getFaqArticle.path, { slug: article.movedTo })}` },
      };
    }),
    route(createFaqArticle, async ({ body, res }) => ({
      status: 201,
      body: await faq.createArticle(signedIn(res), body),
    })),
    route(updateFaqArticle, async ({ params, body, res }) => ({
      status: 200,
      body: await faq.updateArticle(signedIn(res), params.slug, body),
    })),
    route(deleteFaqArticle, async ({ params, res }) => {
      await faq.deleteArticle(signedIn(res), params.slug);
      return { status: 204, body: undefined };
    }),
    route(listFaqSynonyms, async ({ res }) => ({
      status: 200,
      body: await faq.listSynonymGroups(signedIn(res)),
    })),
    route(createFaqSynonymGroup, async ({ body, res }) => ({
      status: 201,
      body: await faq.createSynonymGroup(signedIn(res), body.terms),
    })),
    route(deleteFaqSynonymGroup, async ({ params, res }) => {
      await faq.deleteSynonymGroup(signedIn(res), params.id);
      return { status: 204, body: undefined };
    }),
    route(recordFaqSuggestionEvent, async ({ body }) => {
      await usage.record(body);
      return { status: 202, body: undefined };
    }),
    route(getFaqInsights, async ({ query, res }) => ({
      status: 200,
      body: await usage.insights(signedIn(res), query.days),
    })),
  ];
}
