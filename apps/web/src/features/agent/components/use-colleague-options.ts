import { useQuery } from "@tanstack/react-query";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { assignableStaffQuery } from "../api/queue.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/**
 * The colleagues a ticket can be assigned to, as select options ("Robin Support (support)"). The
 * signed-in person is left out: the pickers offer them as "Me".
 */
export function useColleagueOptions(): { value: string; label: string }[] {
  const t = useMessages(agentMessages);
  const auth = useAuth();
  const myId = auth.status === "signedIn" ? auth.user.id : undefined;
  const staff = useQuery(assignableStaffQuery());
  return (staff.data?.items ?? [])
    .filter((member) => member.id !== myId)
    .map((member) => ({
      value: member.id,
      label: t("colleague", { name: member.name, role: t(`roles.${member.role}`) }),
    }));
}
