// Learning from solved tickets: when the team answered with an FAQ link and the ticket is solved,
// the ticket's subject is evidence that the article answers such words. It feeds the same bounded
// ranking boost as clicks (faq-usage.service.ts), counted once per ticket.
import type { Prisma } from "../../generated/prisma/client.ts";
import { anonymousQueryWords } from "./search/anonymous-query.ts";

const faqLink = /\/faq\/([a-z0-9][a-z0-9-]{0,150})/g;

export async function recordSolvedTicketEvidence(
  tx: Prisma.TransactionClient,
  ticket: { id: string; subject: string },
): Promise<number> {
  const replies = await tx.ticketMessage.findMany({
    where: { ticketId: ticket.id, authorKind: "staff", internal: false },
    select: { body: true },
  });
  const slugs = [
    ...new Set(replies.flatMap((reply) => [...reply.body.matchAll(faqLink)].map((match) => match[1] ?? ""))),
  ];
  if (slugs.length === 0) return 0;
  const articles = await tx.faqArticle.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  const queryWords = anonymousQueryWords(ticket.subject);
  // Solving the same ticket again adds nothing: it is one session.
  const already = await tx.faqSuggestionEvent.findMany({
    where: { formSessionId: ticket.id, type: "answered_ticket" },
    select: { articleId: true },
  });
  const known = new Set(already.map((row) => row.articleId));
  const fresh = articles.filter((article) => !known.has(article.id));
  if (fresh.length > 0) {
    await tx.faqSuggestionEvent.createMany({
      data: fresh.map((article) => ({
        formSessionId: ticket.id,
        type: "answered_ticket" as const,
        articleId: article.id,
        queryWords,
      })),
    });
  }
  return fresh.length;
}
