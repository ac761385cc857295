// Learning from solved tickets: when the team answered with an FAQ link and the ticket is solved,
// the ticket's subject is evidence that the article answers such words. It feeds the same bounded
// ranking boost as clicks (faq-usage.service.ts), counted once per ticket. The tickets module passes
// the facts in, inside the transaction that solves the ticket.
import type { DbClient } from "../../db/prisma.ts";
import { findArticleIdsBySlugs } from "./faq.repository.ts";
import { answeredTicketArticleIds, insertAnsweredTicketEvents } from "./faq-usage.repository.ts";
import { anonymousQueryWords } from "./search/anonymous-query.ts";

const faqLink = /\/faq\/([a-z0-9][a-z0-9-]{0,150})/g;

export async function recordSolvedTicketEvidence(
  tx: DbClient,
  ticket: { id: string; subject: string; teamReplies: string[] },
): Promise<number> {
  const slugs = [
    ...new Set(
      ticket.teamReplies.flatMap((body) => [...body.matchAll(faqLink)].map((match) => match[1] ?? "")),
    ),
  ];
  if (slugs.length === 0) return 0;
  const articleIds = await findArticleIdsBySlugs(tx, slugs);
  // Solving the same ticket again adds nothing: it is one session.
  const known = new Set(await answeredTicketArticleIds(tx, ticket.id));
  const fresh = articleIds.filter((id) => !known.has(id));
  if (fresh.length > 0) {
    await insertAnsweredTicketEvents(tx, ticket.id, fresh, anonymousQueryWords(ticket.subject));
  }
  return fresh.length;
}
