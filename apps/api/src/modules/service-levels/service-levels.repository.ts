// The only code that queries the service-level tables: the policies (level x priority) and the
// business calendar (one row).
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

const policyColumns = {
  level: true,
  priority: true,
  firstResponseMinutes: true,
  nextResponseMinutes: true,
  resolutionMinutes: true,
  clock: true,
  guaranteed: true,
  updatedAt: true,
} as const;

export type PolicyRow = Prisma.ServiceLevelPolicyGetPayload<{ select: typeof policyColumns }>;
export type PolicyKey = Pick<PolicyRow, "level" | "priority">;

export async function findPolicy(db: Db, key: PolicyKey) {
  return db.serviceLevelPolicy.findUnique({
    where: { level_priority: { level: key.level, priority: key.priority } },
    select: policyColumns,
  });
}

export async function listPolicies(db: Db) {
  return db.serviceLevelPolicy.findMany({
    select: policyColumns,
    orderBy: [{ level: "asc" }, { priority: "asc" }],
  });
}

export async function savePolicy(db: Db, policy: Omit<PolicyRow, "updatedAt">) {
  const { level, priority, ...targets } = policy;
  return db.serviceLevelPolicy.upsert({
    where: { level_priority: { level, priority } },
    create: policy,
    update: targets,
    select: policyColumns,
  });
}

const calendarColumns = {
  timeZone: true,
  weeklyHours: true,
  dutchHolidays: true,
  closingDays: true,
  updatedAt: true,
} as const;

export async function findCalendar(db: Db) {
  return db.serviceCalendar.findUnique({ where: { id: 1 }, select: calendarColumns });
}
export type CalendarRow = NonNullable<Awaited<ReturnType<typeof findCalendar>>>;

export async function saveCalendar(
  db: Db,
  calendar: {
    timeZone: string;
    weeklyHours: Prisma.InputJsonValue;
    dutchHolidays: boolean;
    closingDays: string[];
  },
) {
  return db.serviceCalendar.upsert({
    where: { id: 1 },
    create: { id: 1, ...calendar },
    update: calendar,
    select: calendarColumns,
  });
}
