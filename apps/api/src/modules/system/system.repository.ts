// The database's own health: no table of ours, only whether it answers.
import type { Database } from "../../db/prisma.ts";

export async function pingDatabase(db: Database): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
