import { z } from "zod";

/** Query parameters of every list endpoint: an opaque cursor from the previous page and a page size. */
export const cursorQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type CursorQuery = z.infer<typeof cursorQuerySchema>;

/** For syncing a list of records that change: only those changed at or after this instant. */
export const updatedSinceSchema = z.iso
  .datetime({ offset: true })
  .meta({
    description:
      "For syncing: only records changed at or after this instant (ISO 8601 with offset). Take the time before you ask for the first page as the next sync's value.",
    examples: ["2026-11-28T09:00:00Z"],
  })
  .optional();

/** Paging plus `updated_since`: the query of every list of records that change (see list-kinds.ts). */
export const syncListQuerySchema = cursorQuerySchema.extend({ updated_since: updatedSinceSchema });

/** A page of a list: `nextCursor` is null on the last page. */
export const cursorPageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type CursorPage<T> = { items: T[]; nextCursor: string | null };
