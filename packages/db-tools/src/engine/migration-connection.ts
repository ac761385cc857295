// The database connection the schema engine migrates through: @prisma/adapter-pg on a pool we own,
// with two changes.
// - One connection, like Prisma's native engine: its advisory lock, the migration script and the
//   `_prisma_migrations` bookkeeping then share one session.
// - Scripts run whole. adapter-pg's executeScript splits on ";", which breaks any migration with a
//   semicolon inside a string or a function body and runs each statement in its own transaction.
//   Sent as one simple query, PostgreSQL runs the script in one implicit transaction, as the native
//   engine does: a failing migration leaves nothing half applied.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { DatabaseUnreachableError } from "../connection-error.ts";

export interface ScriptFailure {
  script: string;
  error: pg.DatabaseError;
}

export class MigrationConnection implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  /** The last migration script PostgreSQL rejected, to name it in the error we report. */
  lastScriptFailure: ScriptFailure | undefined;
  readonly #databaseUrl: string;
  readonly #pool: pg.Pool;
  readonly #adapterFactory: PrismaPg;

  constructor(databaseUrl: string) {
    this.#databaseUrl = databaseUrl;
    // A timeout on acquiring the single connection turns an unreachable server (or the engine ever
    // wanting two connections at once) into an error instead of a hang.
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 15_000 });
    this.#adapterFactory = new PrismaPg(this.#pool);
    this.adapterName = this.#adapterFactory.adapterName;
  }

  /** Connects once up front: node-postgres says why a connection fails more plainly than the engine. */
  async verify(): Promise<void> {
    await this.#pool.query("SELECT 1").catch((error: unknown) => {
      throw new DatabaseUnreachableError(this.#databaseUrl, error);
    });
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#adapterFactory.connect();
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
      getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: () => adapter.dispose(),
      executeScript: (script) => this.#executeWholeScript(script),
    };
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(new Error("Migrations are applied without a shadow database"));
  }

  /** Closes the pool; the engine does not, and an open pool keeps the process alive. */
  close(): Promise<void> {
    return this.#pool.end();
  }

  async #executeWholeScript(script: string): Promise<void> {
    try {
      await this.#pool.query(script);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      this.lastScriptFailure = { script, error };
      throw new DriverAdapterError({
        kind: "postgres",
        code: error.code ?? "",
        severity: error.severity ?? "ERROR",
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  }
}
