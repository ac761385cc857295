// The only code that reads and writes canned_replies.
import type { DbClient } from "../../db/prisma.ts";
import type { TicketCategory, TicketPriority, TicketStatus } from "../../generated/prisma/enums.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";

const columns = {
  id: true,
  title: true,
  body: true,
  setStatus: true,
  setPriority: true,
  setCategory: true,
  usageCount: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type CannedReplyRow = NonNullable<Awaited<ReturnType<typeof findCannedReply>>>;

export interface CannedReplyContent {
  title: string;
  body: string;
  setStatus: TicketStatus | null;
  setPriority: TicketPriority | null;
  setCategory: TicketCategory | null;
}

export function listCannedReplies(
  db: DbClient,
  filter: { q?: string | undefined; updatedSince?: Date | undefined },
  after: CursorPosition | undefined,
  take: number,
) {
  const words = filter.q?.split(/\s+/).filter(Boolean) ?? [];
  return db.cannedReply.findMany({
    where: {
      AND: [
        afterCursor(after, "desc"),
        ...words.map((word) => ({
          OR: [
            { title: { contains: word, mode: "insensitive" as const } },
            { body: { contains: word, mode: "insensitive" as const } },
          ],
        })),
        filter.updatedSince ? { updatedAt: { gte: filter.updatedSince } } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: columns,
  });
}

export function findCannedReply(db: DbClient, id: string) {
  return db.cannedReply.findUnique({ where: { id }, select: columns });
}

export function insertCannedReply(db: DbClient, data: CannedReplyContent & { staffId: string }) {
  const { staffId, ...content } = data;
  return db.cannedReply.create({
    data: { ...content, createdById: staffId, updatedById: staffId },
    select: columns,
  });
}

/**
 * Changes the reply only while it is the version the editor opened (`expectedUpdatedAt`, when
 * given): the check is in the UPDATE's WHERE, so of two saves at once the second writes nothing.
 */
export async function updateCannedReplyIfUnchanged(
  db: DbClient,
  id: string,
  expectedUpdatedAt: Date | undefined,
  data: CannedReplyContent & { staffId: string },
): Promise<boolean> {
  const { staffId, ...content } = data;
  const { count } = await db.cannedReply.updateMany({
    where: { id, ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
    data: { ...content, updatedById: staffId, updatedAt: new Date() },
  });
  return count > 0;
}

export async function deleteCannedReply(db: DbClient, id: string): Promise<boolean> {
  const { count } = await db.cannedReply.deleteMany({ where: { id } });
  return count > 0;
}

/** One more use, in one statement: uses at the same moment each count (no read-modify-write). */
export async function countUse(db: DbClient, id: string): Promise<void> {
  await db.cannedReply.updateMany({ where: { id }, data: { usageCount: { increment: 1 } } });
}
