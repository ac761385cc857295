import { getHealth, getReadiness } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { route } from "../../http/endpoint.ts";
import { pingDatabase } from "./system.repository.ts";

const READINESS_TIMEOUT_MS = 2_000;

async function databaseAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  const query = pingDatabase(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function systemRoutes(db: Database) {
  return [
    route(getHealth, async () => ({ status: 200, body: { status: "ok" } })),
    route(getReadiness, async () => {
      if (!(await databaseAnswers(db))) {
        throw new AppError("service_unavailable", "The database does not answer");
      }
      return { status: 200, body: { status: "ok", database: "ok" } };
    }),
  ];
}
