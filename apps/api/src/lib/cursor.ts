import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

/** Position in a list ordered by (createdAt, id): opaque to clients, stable under inserts. */
export interface CursorPosition {
  createdAt: Date;
  id: string;
}

const positionSchema = z.tuple([z.iso.datetime(), z.uuid()]);

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString("base64url");

export function decodeCursor(cursor: string | undefined): CursorPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [createdAt, id] = positionSchema.parse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    return { createdAt: new Date(createdAt), id };
  } catch {
    throw new AppError("validation_failed", "The cursor is not valid", {
      errors: [{ path: "query.cursor", message: "Not a cursor from this list", code: "invalid_cursor" }],
    });
  }
}

/** Keyset condition for rows after the cursor in (createdAt, id) order, ascending or descending. */
export function afterCursor(position: CursorPosition | undefined, direction: "asc" | "desc" = "asc") {
  if (!position) return {};
  const beyond = direction === "asc" ? "gt" : "lt";
  return {
    OR: [
      { createdAt: { [beyond]: position.createdAt } },
      { createdAt: position.createdAt, id: { [beyond]: position.id } },
    ],
  };
}

/** Fetch one row more than the page to know whether there is a next page. */
export function toPage<T extends CursorPosition, R>(rows: T[], limit: number, present: (row: T) => R) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
