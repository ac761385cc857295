import { type StaffMember, type StaffRole, staffRoles } from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import "../../../components/data-table.css";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { staffActions, staffKeys } from "../api/staff.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

type Action =
  | { kind: "role"; member: StaffMember; role: StaffRole }
  | { kind: "deactivate" | "reactivate" | "resend"; member: StaffMember };

/**
 * The team with what an admin may do to each member. The API says no to what would leave the team
 * without an active admin (409): its reason is shown as it comes.
 */
export function StaffTable({ members, selfId }: { members: StaffMember[]; selfId: string | undefined }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | undefined>();
  const act = useMutation({
    mutationFn: (action: Action) => {
      const { id } = action.member;
      if (action.kind === "role") return staffActions.changeRole(id, action.role);
      return staffActions[action.kind](id);
    },
    onSuccess: (member, action) => {
      setProblem(undefined);
      const done = {
        role: () => t("staff.roleChanged", { name: member.name, role: t(`roles.${member.role}`) }),
        deactivate: () => t("staff.deactivated", { name: member.name }),
        reactivate: () => t("staff.reactivated", { name: member.name }),
        resend: () => t("staff.resent", { email: member.email }),
      }[action.kind];
      announce(done());
      void queryClient.invalidateQueries({ queryKey: staffKeys.list });
    },
    onError: (error) =>
      setProblem(
        isApiError(error) && error.status === 409 && error.detail ? error.detail : t("staff.failed"),
      ),
  });

  const statusOf = (member: StaffMember) => {
    if (!member.active) return t("staff.inactive");
    return member.invitationPending ? t("staff.pending") : t("staff.active");
  };

  return (
    <>
      {problem ? (
        <p role="alert" className="staff-problem">
          {problem}
        </p>
      ) : null}
      <table className="data-table staff-table">
        <caption className="visually-hidden">{t("staff.listTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("staff.name")}</th>
            <th scope="col">{t("staff.role")}</th>
            <th scope="col">{t("staff.status")}</th>
            <th scope="col">{t("staff.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} className={member.active ? undefined : "staff-table__inactive"}>
              <th scope="row">
                {member.name} {member.id === selfId ? t("staff.you") : null}
                <span className="staff-table__email">{member.email}</span>
              </th>
              <td>
                <select
                  aria-label={t("staff.roleOf", { name: member.name })}
                  value={member.role}
                  disabled={act.isPending}
                  onChange={(event) =>
                    act.mutate({ kind: "role", member, role: event.target.value as StaffRole })
                  }
                >
                  {staffRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`roles.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{statusOf(member)}</td>
              <td>
                <div className="staff-table__actions">
                  {member.active && member.invitationPending ? (
                    <ActionButton
                      label={t("staff.resend")}
                      busy={act.isPending}
                      onClick={() => act.mutate({ kind: "resend", member })}
                    />
                  ) : null}
                  {member.id === selfId ? null : member.active ? (
                    <ActionButton
                      label={t("staff.deactivate")}
                      danger
                      busy={act.isPending}
                      onClick={() => {
                        if (window.confirm(t("staff.deactivateConfirm", { name: member.name })))
                          act.mutate({ kind: "deactivate", member });
                      }}
                    />
                  ) : (
                    <ActionButton
                      label={t("staff.reactivate")}
                      busy={act.isPending}
                      onClick={() => act.mutate({ kind: "reactivate", member })}
                    />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ActionButton(props: { label: string; onClick: () => void; busy: boolean; danger?: boolean }) {
  return (
    <button
      type="button"
      className={props.danger ? "button button--small button--danger" : "button button--small"}
      disabled={props.busy}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
