// From the field each probe matched in to one relevance number per article: the share of the
// query's meaning (weighted words) the article covers, where a title match counts most.
import type { QueryPlan } from "./query-plan.ts";
import { placeWords } from "./text-normalization.ts";
import { wordWeights } from "./vocabulary.ts";

/** Where a probe matched: 0 nowhere, 1 body, 2 keywords, 3 title (the database answers this). */
export type MatchLevel = 0 | 1 | 2 | 3;
/** What a match is worth by field: nothing, body, keywords, title. */
export const fieldValues = [0, 0.35, 0.9, 1];

export interface Relevance {
  /** How many of the query's words matched at all. */
  matchedWords: number;
  /** In [0, 1]: the weighted share of the query's words the article covers. */
  score: number;
  /** The covered weight itself: a query of one low-meaning word ("graag") is no evidence at all. */
  evidence: number;
  /** Whether a word matched in a title or keyword, not only somewhere in a body. */
  matchedTitleOrKeywords: boolean;
}

/** How one word of the text matched an article. */
interface GroupMatch {
  /** The best value any of its alternatives reaches. */
  best: number;
  /** Whether in a title or keyword. */
  strong: boolean;
}

/** Per group of the plan: the best value any of its alternatives reaches, and whether strongly. */
function groupMatches(plan: QueryPlan, levels: readonly number[]): GroupMatch[] {
  return plan.groups.map((group) => {
    let best = 0;
    let strongMatch = false;
    for (const alternative of group.alternatives) {
      let value = 0;
      let strong = false;
      for (const part of alternative.parts) {
        const level = levels[part.probe] ?? 0;
        // A compound or phrase is evidence only for an article that has all of its parts:
        // "datacenter" is not about the "data" of the fair-use policy.
        if (level === 0) {
          value = 0;
          break;
        }
        value += part.share * (fieldValues[level as MatchLevel] ?? 0);
        if (level >= 2 && part.share >= 0.5) strong = true;
      }
      if (value > 0 && strong) strongMatch = true;
      best = Math.max(best, alternative.factor * value);
    }
    return { best, strong: strongMatch };
  });
}

function relevanceOfGroups(
  plan: QueryPlan,
  matches: GroupMatch[],
  groups: readonly number[],
  unknownFactor = 1,
): Relevance {
  let covered = 0;
  let total = 0;
  let matchedTitleOrKeywords = false;
  let matchedWords = 0;
  for (const index of groups) {
    const group = plan.groups[index];
    const match = matches[index];
    if (!group || !match) continue;
    if (match.best > 0 && match.strong) matchedTitleOrKeywords = true;
    if (match.best > 0) matchedWords++;
    const weight = group.known ? group.weight : group.weight * unknownFactor;
    covered += weight * match.best;
    total += weight;
  }
  return {
    score: total === 0 ? 0 : covered / total,
    evidence: covered,
    matchedTitleOrKeywords,
    matchedWords,
  };
}

const allGroups = (plan: QueryPlan) => plan.groups.map((_, index) => index);

/** The share of the whole query the article covers (the head index ranks candidates by this). */
export function relevanceOf(plan: QueryPlan, levels: readonly number[]): Relevance {
  return relevanceOfGroups(plan, groupMatches(plan, levels), allGroups(plan));
}

/**
 * How a whole ticket text is scored from its passages. The subject says what the ticket is about;
 * a sentence of the message counts a little less; subject and message agreeing on an article
 * counts extra; the whole text's coverage breaks near-ties. A passage must itself be worth showing,
 * by stricter thresholds than a short query: a two-word subject of which one word matches
 * ("Windows hosting") is not enough. Words no article uses weigh less in the message, which is
 * full of incidental words, than in the subject. Tuned on the tuning half of the whole texts.
 */
export const passageWeights = {
  subject: 1,
  message: 0.85,
  agreement: 0.3,
  wholeText: 0.2,
  subjectMinScore: 0.6,
  subjectMinWeak: 0.4,
  messageSupport: 0.2,
  messageMinScore: 0.4,
  messageUnknownFactor: 0.55,
  /** A sentence of the message counts when two of its words match, not one ("losse" is not "los"). */
  messageMinWords: 2,
  /**
   * Distinct meaningful words of the whole text that the article's title or keywords must have. One
   * shared word is how an off-topic ticket looks: "transfer my domain" shares only "domain" with
   * the cancellation article, "storing bij KPN" only "storing" with the outage article.
   */
  minTitleConcepts: 2,
  /** Least relevance of a whole text (a short query's is suggestionThresholds.minScore). */
  minScore: 0.43,
} as const;

/**
 * The meaningful words of the text (not the low-meaning ones) that matched the article's title or
 * keywords, grouped into ideas: a word that starts with another ("domeinnaam", "domein") is the
 * same one, and so are words that can match through the same term (synonyms: "email", "mail") and
 * a compound written apart ("email adres").
 */
export function titleConceptsOf(plan: QueryPlan, matches: readonly GroupMatch[]): number {
  // Indexes into the plan's groups, in text order.
  const matched = plan.groups.flatMap((group, index) => {
    const match = matches[index];
    return match && match.best > 0 && match.strong && group.weight > wordWeights.lowMeaning ? [index] : [];
  });
  // Union-find over the matched words (positions in `matched`): one root per idea.
  const parent = matched.map((_, position) => position);
  const rootOf = (position: number): number => {
    while (parent[position] !== position) position = parent[position] ?? position;
    return position;
  };
  const join = (a: number, b: number) => {
    parent[rootOf(a)] = rootOf(b);
  };
  const wordOwner = new Map<string, number>();
  const probeOwner = new Map<number, number>();
  matched.forEach((groupIndex, position) => {
    const group = plan.groups[groupIndex];
    if (!group) return;
    if (group.joinsPrevious && matched[position - 1] === groupIndex - 1) join(position, position - 1);
    const sameWord = wordOwner.get(group.word);
    if (sameWord !== undefined) join(position, sameWord);
    else wordOwner.set(group.word, position);
    for (const alternative of group.alternatives) {
      for (const part of alternative.parts) {
        const owner = probeOwner.get(part.probe);
        if (owner === undefined) probeOwner.set(part.probe, position);
        else join(position, owner);
      }
    }
  });
  const words = [...wordOwner.keys()].sort((a, b) => a.length - b.length);
  for (const [order, word] of words.entries()) {
    const prefix = words.slice(0, order).find((shorter) => word.startsWith(shorter));
    if (prefix !== undefined) join(wordOwner.get(word) ?? 0, wordOwner.get(prefix) ?? 0);
  }
  return new Set(matched.map((_, position) => rootOf(position))).size;
}

/** Whether every meaningful word the article's title or keywords share with the text is a place word. */
function sharesOnlyPlaceWords(plan: QueryPlan, matches: readonly GroupMatch[]): boolean {
  return plan.groups.every((group, index) => {
    const match = matches[index];
    const shared =
      match !== undefined && match.best > 0 && match.strong && group.weight > wordWeights.lowMeaning;
    return !shared || placeWords.has(group.word);
  });
}

/**
 * Relevance of a whole ticket text: the best of subject and message passages, weighed, plus their
 * agreement and a little of the whole text's coverage, so that a long message does not dilute the
 * sentence that matches. A short query is one passage: its relevance is the whole query's.
 */
export function passageRelevanceOf(plan: QueryPlan, levels: readonly number[]): Relevance {
  const matches = groupMatches(plan, levels);
  const whole = relevanceOfGroups(plan, matches, allGroups(plan));
  if (plan.passages.length <= 1) return whole;
  let subject: Relevance | undefined;
  let message: Relevance | undefined;
  for (const passage of plan.passages) {
    if (passage.subject) subject = relevanceOfGroups(plan, matches, passage.groups);
    else {
      const relevance = relevanceOfGroups(plan, matches, passage.groups, passageWeights.messageUnknownFactor);
      if (relevance.score > (message?.score ?? 0)) message = relevance;
    }
  }
  // A weak subject counts when the message backs it; a strong one, or a matching sentence, alone.
  const messageScore = message?.score ?? 0;
  const subjectMin =
    messageScore >= passageWeights.messageSupport
      ? passageWeights.subjectMinWeak
      : passageWeights.subjectMinScore;
  if (subject && (!isWorthShowing(subject) || subject.score < subjectMin)) subject = undefined;
  if (
    message &&
    (!isWorthShowing(message) ||
      message.score < passageWeights.messageMinScore ||
      message.matchedWords < passageWeights.messageMinWords)
  ) {
    message = undefined;
  }
  const best = [subject, message].filter((found) => found !== undefined);
  if (
    best.length === 0 ||
    titleConceptsOf(plan, matches) < passageWeights.minTitleConcepts ||
    sharesOnlyPlaceWords(plan, matches)
  ) {
    return { ...whole, score: 0, evidence: 0 };
  }
  const s = (subject?.score ?? 0) * passageWeights.subject;
  const m = (message?.score ?? 0) * passageWeights.message;
  const score =
    Math.max(s, m) + passageWeights.agreement * Math.min(s, m) + passageWeights.wholeText * whole.score;
  if (score < passageWeights.minScore) return { ...whole, score: 0, evidence: 0 };
  return {
    score,
    evidence: Math.max(...best.map((found) => found.evidence)),
    matchedTitleOrKeywords: best.some((found) => found.matchedTitleOrKeywords),
    matchedWords: Math.max(...best.map((found) => found.matchedWords)),
  };
}

/**
 * When a suggestion is worth showing. Tuned on the tuning half of the evaluation set
 * (`pnpm eval:faq`); an empty list beats a wrong article.
 */
export const suggestionThresholds = {
  /** Least relevance when a word matched a title or keyword. */
  minScore: 0.3,
  /** Least relevance when the words occur only in bodies. */
  minScoreBodyOnly: 0.55,
  /** Least covered weight (a rare word matched in a title is about 0.8). */
  minEvidence: 0.3,
  /** Drop the tail: least relevance relative to the best suggestion. */
  minShareOfBest: 0.5,
} as const;

export function isWorthShowing(relevance: Relevance): boolean {
  if (relevance.evidence < suggestionThresholds.minEvidence) return false;
  return relevance.matchedTitleOrKeywords
    ? relevance.score >= suggestionThresholds.minScore
    : relevance.score >= suggestionThresholds.minScoreBodyOnly;
}
