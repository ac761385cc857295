// The queue sorted by due time pages by (next due time, id), tickets without a running target last.
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";

export interface DuePosition {
  slaNextDueAt: Date | null;
  id: string;
}

const positionSchema = z.tuple([z.literal("due"), z.iso.datetime().nullable(), z.uuid()]);

const encode = (position: DuePosition) =>
  Buffer.from(JSON.stringify(["due", position.slaNextDueAt?.toISOString() ?? null, position.id])).toString(
    "base64url",
  );

export function decodeDueCursor(cursor: string | undefined): DuePosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [, due, id] = positionSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { slaNextDueAt: due === null ? null : new Date(due), id };
  } catch {
    throw new AppError("validation_failed", "The cursor is not valid", {
      errors: [{ path: "query.cursor", message: "Not a cursor from this list", code: "invalid_cursor" }],
    });
  }
}

/** Rows after the position in (due time ascending, nulls last; id) order. */
export function afterDueCursor(position: DuePosition | undefined) {
  if (!position) return {};
  if (position.slaNextDueAt === null) return { slaNextDueAt: null, id: { gt: position.id } };
  return {
    OR: [
      { slaNextDueAt: { gt: position.slaNextDueAt } },
      { slaNextDueAt: position.slaNextDueAt, id: { gt: position.id } },
      { slaNextDueAt: null },
    ],
  };
}

/** One row more than the page was fetched: it tells whether there is a next page. */
export function toDuePage<T extends DuePosition, R>(rows: T[], limit: number, present: (row: T) => R) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(present), nextCursor: rows.length > limit && last ? encode(last) : null };
}
