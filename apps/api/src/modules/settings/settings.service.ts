import { type PublicSettings, type Settings, settingsSchema, type UpdateSettings } from "@helpdesk/contracts";
import { z } from "zod";
import type { Env } from "../../config/env.ts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import * as repository from "./settings.repository.ts";

const GENERAL_KEY = "general";
/** How long a process trusts its copy; another process's save shows within this time. */
export const SETTINGS_CACHE_MS = 5_000;

export const settingsEditors = ["admin"] as const;

/** The saved values, read leniently: a value an older version stored wrongly falls back to its default. */
const storedSchema = z
  .object({
    teamName: z.string().min(1),
    publicUrl: z.string().min(1),
    mailFromAddress: z.string().min(1),
    emailFooter: z.string(),
    supportHoursText: z.string(),
  })
  .partial()
  .catch({});

export type EffectiveSettings = Omit<Settings, "updatedAt"> & { updatedAt: Date | null };

export type SettingsDefaults = Pick<Env, "TEAM_NAME" | "PUBLIC_URL" | "MAIL_FROM_ADDRESS">;

function effective(defaults: SettingsDefaults, row: { value: string; updatedAt: Date } | null) {
  let saved: z.infer<typeof storedSchema> = {};
  try {
    saved = row ? storedSchema.parse(JSON.parse(row.value)) : {};
  } catch {
    saved = {};
  }
  return {
    teamName: saved.teamName ?? defaults.TEAM_NAME,
    publicUrl: (saved.publicUrl ?? defaults.PUBLIC_URL).replace(/\/+$/, ""),
    mailFromAddress: saved.mailFromAddress ?? defaults.MAIL_FROM_ADDRESS,
    emailFooter: saved.emailFooter ?? "",
    supportHoursText: saved.supportHoursText ?? "",
    updatedAt: row?.updatedAt ?? null,
  } satisfies EffectiveSettings;
}

/** The lines under every customer e-mail: the admins' footer, then the support hours. */
export const emailFooterOf = (settings: Pick<EffectiveSettings, "emailFooter" | "supportHoursText">) =>
  [settings.emailFooter, settings.supportHoursText].filter(Boolean).join("\n\n") || undefined;

const present = (settings: EffectiveSettings): Settings =>
  settingsSchema.parse({ ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null });

/**
 * The settings every part of the product reads (e-mails, links, the team's signature), cached per
 * process: a copy is trusted for SETTINGS_CACHE_MS, then re-read (one primary-key lookup). A save in
 * this process replaces the copy at once; other API processes see it within the cache time.
 * The same object is returned while nothing changed, so callers may rebuild what depends on it
 * only when it differs.
 */
export function createSettingsReader(deps: { db: Database; env: SettingsDefaults; cacheMs?: number }) {
  const cacheMs = deps.cacheMs ?? SETTINGS_CACHE_MS;
  let cached: { settings: EffectiveSettings; readAt: number } | undefined;
  let reading: Promise<EffectiveSettings> | undefined;

  async function read(): Promise<EffectiveSettings> {
    const next = effective(deps.env, await repository.findSettingRow(deps.db, GENERAL_KEY));
    // Unchanged since the last read: keep the same object (dependants need not rebuild).
    const settings =
      cached && cached.settings.updatedAt?.getTime() === next.updatedAt?.getTime() ? cached.settings : next;
    cached = { settings, readAt: Date.now() };
    return settings;
  }

  return {
    async current(): Promise<EffectiveSettings> {
      if (cached && Date.now() - cached.readAt < cacheMs) return cached.settings;
      reading ??= read().finally(() => {
        reading = undefined;
      });
      return reading;
    },
    /** After a save in this process: the next read goes to the database. */
    forget() {
      cached = undefined;
    },
  };
}
export type SettingsReader = ReturnType<typeof createSettingsReader>;

export function createSettingsService(deps: { db: Database; env: SettingsDefaults; reader: SettingsReader }) {
  const { db, env, reader } = deps;
  const requireEditor = (actor: SignedInActor) =>
    requireStaff(actor, (role) => (settingsEditors as readonly string[]).includes(role));

  return {
    async get(actor: SignedInActor): Promise<Settings> {
      requireEditor(actor);
      return present(effective(env, await repository.findSettingRow(db, GENERAL_KEY)));
    },

    async publicSettings(): Promise<PublicSettings> {
      const { teamName, supportHoursText } = await reader.current();
      return { teamName, supportHoursText };
    },

    async update(actor: SignedInActor, input: UpdateSettings): Promise<Settings> {
      requireEditor(actor);
      const { expectedUpdatedAt, ...changes } = input;
      const saved = await db.$transaction(async (tx) => {
        const current = effective(env, await repository.findSettingRow(tx, GENERAL_KEY));
        const { updatedAt: _, ...values } = current;
        const value = JSON.stringify({ ...values, ...changes });
        const expected =
          expectedUpdatedAt === undefined || expectedUpdatedAt === null
            ? expectedUpdatedAt
            : new Date(expectedUpdatedAt);
        if (!(await repository.saveSettingIfUnchanged(tx, GENERAL_KEY, value, expected))) return null;
        return effective(env, await repository.findSettingRow(tx, GENERAL_KEY));
      });
      reader.forget();
      if (saved) return present(saved);
      // Another admin saved since this form was opened: show both, overwrite nothing.
      throw new AppError("edit_conflict", "The settings were changed since you opened them", {
        conflict: {
          current: present(effective(env, await repository.findSettingRow(db, GENERAL_KEY))),
          submitted: input,
        },
      });
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;

/** A run-time setting of another module (e.g. the review link), by key; undefined: its default. */
export const readSetting = (db: DbClient, key: string) => repository.findSetting(db, key);
export const writeSetting = (db: DbClient, key: string, value: string | null) =>
  repository.saveSetting(db, key, value);
