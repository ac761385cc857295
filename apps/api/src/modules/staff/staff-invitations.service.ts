// Invitations: an admin names the member and their role; the member chooses their own password
// through a single-use link that goes out through the outbox. Sending it again ends the old link.
import { z } from "zod";
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import { hashPassword } from "../../lib/password.ts";
import { claimInvitationToken, newInvitationToken, revokeStaffLinks } from "../auth/staff-access.ts";
import { canManageStaff, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { staffInvitationEmail } from "./staff.emails.ts";
import { presentStaffMember } from "./staff.presenter.ts";
import * as repository from "./staff.repository.ts";
import { recordStaffEvent } from "./staff-audit.ts";

/** The outbox event of an invitation e-mail. */
export const STAFF_INVITATION_EVENT = "staff.invitation_sent";
export const INVITATION_VALID_DAYS = 7;
const payloadSchema = z.object({ staffId: z.uuid(), invitedAt: z.iso.datetime() });

const linkNotValid = () => new AppError("unauthenticated", "The link is not valid (any more)");

export interface StaffInvitationsDeps {
  db: Database;
  env: Pick<Env, "PUBLIC_URL" | "TEAM_NAME" | "MAIL_FROM_ADDRESS">;
  now?: () => Date;
}

export function createStaffInvitations({ db, env, now = () => new Date() }: StaffInvitationsDeps) {
  const recordInvitation = (tx: Parameters<typeof recordOutboxEvent>[0], staffId: string, invitedAt: Date) =>
    recordOutboxEvent(tx, {
      type: STAFF_INVITATION_EVENT,
      payload: { staffId, invitedAt: invitedAt.toISOString() },
    });

  return {
    /** `POST /staff`: the account exists at once (pending), and the invitation e-mail is queued. */
    async invite(
      actor: SignedInActor,
      input: { email: string; name: string; role: repository.StaffRow["role"] },
    ) {
      if (!canManageStaff(actor)) denyAsNotFound();
      return inWriteTransaction(db, async (tx) => {
        const row = await repository.insertStaffMember(tx, { ...input, invitedAt: now() });
        await recordInvitation(tx, row.id, row.invitedAt ?? now());
        await recordStaffEvent(tx, row.id, actor.id, "invited", {
          after: { name: row.name, email: row.email, role: row.role },
        });
        return presentStaffMember(row);
      });
    },

    /** `POST /staff/{id}/invitation`: a new e-mail, and the links of earlier ones stop working. */
    async resend(actor: SignedInActor, id: string) {
      if (!canManageStaff(actor)) denyAsNotFound();
      return inWriteTransaction(db, async (tx) => {
        const member = await repository.findStaffMember(tx, id);
        if (!member) denyAsNotFound();
        if (member.passwordHash !== null)
          throw new AppError("conflict", "This member has accepted the invitation already");
        if (member.deactivatedAt) throw new AppError("conflict", "Reactivate this member first");
        const invitedAt = now();
        const row = await repository.updateStaffMember(tx, id, { invitedAt });
        await revokeStaffLinks(tx, id);
        await recordInvitation(tx, id, invitedAt);
        await recordStaffEvent(tx, id, actor.id, "invitation_resent");
        return presentStaffMember(row);
      });
    },

    /** `POST /staff/invitation/accept`: a guest with the link sets the password, once. */
    async accept(token: string, password: string): Promise<void> {
      const passwordHash = await hashPassword(password);
      await inWriteTransaction(db, async (tx) => {
        const staffId = await claimInvitationToken(tx, token, now());
        if (!staffId || !(await repository.setFirstPasswordHash(tx, staffId, passwordHash)))
          throw linkNotValid();
        await revokeStaffLinks(tx, staffId);
        await recordStaffEvent(tx, staffId, staffId, "invitation_accepted");
      });
    },

    /**
     * The invitation e-mail of an outbox event: nothing when the member accepted, was deactivated or
     * was invited again since (only the newest invitation goes out), or when the link would have
     * expired already. A retried e-mail replaces the token of its earlier try.
     */
    async composeInvitationEmail(event: {
      id: string;
      occurredAt: Date;
      payload: unknown;
    }): Promise<OutgoingEmail | null> {
      const { staffId, invitedAt } = payloadSchema.parse(event.payload);
      const member = await repository.findStaffMember(db, staffId);
      if (!member || member.passwordHash !== null || member.deactivatedAt) return null;
      if (member.invitedAt?.toISOString() !== invitedAt) return null;
      const expiresAt = new Date(event.occurredAt.getTime() + INVITATION_VALID_DAYS * 24 * 3600 * 1000);
      if (expiresAt <= now()) return null;
      const token = await newInvitationToken(db, staffId, expiresAt, event.id);
      const email = await staffInvitationEmail({
        to: member.email,
        name: member.name,
        language: "nl",
        link: `${env.PUBLIC_URL.replace(/\/$/, "")}/staff-invitation#token=${token}`,
        validDays: INVITATION_VALID_DAYS,
        teamName: env.TEAM_NAME,
      });
      return { ...email, messageId: `<${event.id}@${env.MAIL_FROM_ADDRESS.split("@")[1] ?? "localhost"}>` };
    },
  };
}
export type StaffInvitations = ReturnType<typeof createStaffInvitations>;
