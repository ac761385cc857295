// Reads the API's source as text and reports where it breaks the layering rules of
// docs/ARCHITECTURE.md: only repositories query the database, each table has one owning module, and
// no module imports another module's repository. Text, not a compiler: the rules are about names
// (`db.ticket.findMany(`, `$queryRaw`, an import path), which is what a reader sees too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface SourceFile {
  /** Path below apps/api/src, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  path: string;
  rule: "query-outside-repository" | "foreign-repository-import" | "table-with-two-owners";
  detail: string;
}

const delegateMethods = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
].join("|");

/** Prisma's delegate names (`ticketMessage`) of the schema's models (`model TicketMessage {`). */
export function modelDelegates(schema: string): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map(
    ([, name = ""]) => name.charAt(0).toLowerCase() + name.slice(1),
  );
}

const isRepository = (file: string) => file.endsWith(".repository.ts");
/** The client's own folder (its definition, transaction settings) may call it; all else goes through repositories. */
const mayQueryOutsideRepositories = (file: string) => file.startsWith("db/");

/** `modules/<name>/...` -> `<name>`; anything else (lib, http, jobs) belongs to no module. */
export const moduleOf = (file: string): string | null => /^modules\/([^/]+)\//.exec(file)?.[1] ?? null;

function importedPaths(file: SourceFile): string[] {
  return [...file.text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)].map(([, target = ""]) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file.path), target)),
  );
}

export function findViolations(files: SourceFile[], delegates: string[]): Violation[] {
  const violations: Violation[] = [];
  const modelCall = new RegExp(`\\.(${delegates.join("|")})\\s*\\.\\s*(${delegateMethods})\\s*\\(`, "g");
  const rawQuery = /\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)\b|\.pool\.query\s*\(/g;
  const owners = new Map<string, Set<string>>();

  for (const file of files) {
    const modelCalls = [...file.text.matchAll(modelCall)];
    if (isRepository(file.path)) {
      for (const [, delegate = ""] of modelCalls) {
        const owner = moduleOf(file.path) ?? file.path;
        owners.set(delegate, (owners.get(delegate) ?? new Set()).add(owner));
      }
    } else if (!mayQueryOutsideRepositories(file.path)) {
      for (const [call] of [...modelCalls, ...file.text.matchAll(rawQuery)]) {
        violations.push({ path: file.path, rule: "query-outside-repository", detail: call });
      }
    }

    const ownModule = moduleOf(file.path);
    for (const target of importedPaths(file)) {
      const targetModule = moduleOf(target);
      if (isRepository(target) && targetModule !== ownModule) {
        violations.push({ path: file.path, rule: "foreign-repository-import", detail: target });
      }
    }
  }

  for (const [delegate, modules] of owners) {
    if (modules.size > 1) {
      violations.push({
        path: [...modules].join(", "),
        rule: "table-with-two-owners",
        detail: `${delegate} is queried by the repositories of ${[...modules].join(" and ")}`,
      });
    }
  }
  return violations;
}

/** Which module's repositories query each model: the table of owners in docs/ARCHITECTURE.md. */
export function tableOwners(files: SourceFile[], delegates: string[]): Map<string, string> {
  const modelCall = new RegExp(`\\.(${delegates.join("|")})\\s*\\.\\s*(${delegateMethods})\\s*\\(`, "g");
  const owners = new Map<string, string>();
  for (const file of files.filter((candidate) => isRepository(candidate.path))) {
    for (const [, delegate = ""] of file.text.matchAll(modelCall)) {
      owners.set(delegate, moduleOf(file.path) ?? file.path);
    }
  }
  return owners;
}

/** The product's TypeScript below `root`: no tests, no generated client. */
export function readSources(root: string): SourceFile[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("generated/"))
    .map((file) => ({ path: file, text: readFileSync(path.join(root, file), "utf8") }));
}
