// A stand-in database for diffing two datamodels. The engine always opens a connection when it is
// created and asks one question (does the schema exist, which server version); a diff between two
// datamodels needs nothing else. Answering that question here keeps `pnpm db:migration` free of any
// database, and every other query fails loudly instead of silently reaching a server.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/** Generated SQL targets the oldest PostgreSQL we run on (the system's 15; embedded is 18). */
const pretendedServer = { version: "PostgreSQL 15.0 (offline datamodel diff)", numericVersion: 150000 };

function answerStartupProbe(query: SqlQuery): Promise<SqlResultSet> {
  if (!/^\s*SELECT EXISTS\(SELECT 1 FROM pg_namespace/i.test(query.sql)) {
    return Promise.reject(
      new Error(`Diffing datamodels must not query a database, yet it asked: ${query.sql}`),
    );
  }
  return Promise.resolve({
    columnNames: ["exists", "version", "numeric_version"],
    columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
    rows: [[true, pretendedServer.version, pretendedServer.numericVersion]],
  });
}

function refuse(what: string): Promise<never> {
  return Promise.reject(new Error(`Diffing datamodels must not touch a database (${what})`));
}

const offlineAdapter: SqlDriverAdapter = {
  provider: "postgres",
  adapterName: "@helpdesk/offline-diff",
  queryRaw: answerStartupProbe,
  executeRaw: () => refuse("executeRaw"),
  executeScript: () => refuse("executeScript"),
  startTransaction: () => refuse("startTransaction"),
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  dispose: () => Promise.resolve(),
};

export const offlineAdapterFactory: SqlMigrationAwareDriverAdapterFactory = {
  provider: "postgres",
  adapterName: "@helpdesk/offline-diff",
  connect: () => Promise.resolve(offlineAdapter),
  connectToShadowDb: () => refuse("shadow database"),
};
