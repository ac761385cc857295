import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Prisma, PrismaClient } from "../generated/prisma/client.ts";

export type Database = PrismaClient & {
  /**
   * The node-postgres pool Prisma runs on, for the few read-only queries of every FAQ suggestion:
   * there Prisma's own cost per query (about 0.7 ms of CPU for 50 rows, against 0.3 ms) is most of
   * what the API process spends. Everything else goes through Prisma.
   */
  readonly pool: pg.Pool;
};

/** Prisma 7 without native engines: queries go through node-postgres via the driver adapter. */
export function createDatabase(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString });
  // An idle connection the server ended (restart, failover, a test database dropped): the pool
  // discards it and connects again when needed. Unheard, the error would end the process.
  pool.on("error", () => undefined);
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // Prisma leaves a pool it was given open: close it with the client.
  const disconnectPrisma = client.$disconnect.bind(client);
  let poolEnded = false;
  return Object.assign(client, {
    pool,
    async $disconnect() {
      await disconnectPrisma();
      if (poolEnded) return;
      poolEnded = true;
      await pool.end();
    },
  });
}

/** A client or an open transaction: repositories take either, so one request's writes share one. */
export type DbClient = Database | Prisma.TransactionClient;
