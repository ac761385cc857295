// The admins' follow-up settings: whether pending tickets get a reminder and are solved, and after
// how many calendar days. The job that applies them is jobs/follow-up.ts.
import type { FollowUpSettings } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import * as repository from "./follow-up.repository.ts";

const followUpEditors = (role: string) => role === "admin";

export function createFollowUpSettings({ db }: { db: Database }) {
  return {
    async settings(actor: SignedInActor) {
      requireStaff(actor, followUpEditors);
      return repository.findSettings(db);
    },

    async saveSettings(actor: SignedInActor, settings: FollowUpSettings) {
      requireStaff(actor, followUpEditors);
      return repository.saveSettings(db, settings);
    },
  };
}
export type FollowUpSettingsService = ReturnType<typeof createFollowUpSettings>;

/** The settings as they are now (the follow-up job reads them on every pass). */
export const currentFollowUpSettings = (db: Database) => repository.findSettings(db);
