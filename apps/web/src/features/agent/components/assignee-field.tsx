import { SelectField } from "../../../components/fields.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import { useColleagueOptions } from "./use-colleague-options.ts";

interface AssigneeFieldProps {
  assignee: { id: string; name: string } | null;
  /** Saves the choice (null: nobody); `announcement` says what happened, for screen readers. */
  onAssign: (assigneeId: string | null, announcement: string) => void;
}

/** Who handles the ticket: nobody, me, or a colleague who works tickets. Saves on change. */
export function AssigneeField({ assignee, onAssign }: AssigneeFieldProps) {
  const t = useMessages(agentMessages);
  const auth = useAuth();
  const me = auth.status === "signedIn" ? auth.user : undefined;
  const options = [
    { value: "", label: t("ticket.unassigned") },
    ...(me ? [{ value: me.id, label: t("ticket.assigneeMe", { name: me.name }) }] : []),
    ...useColleagueOptions(),
  ];
  // Before the colleagues have loaded, or for someone who no longer works tickets: still show who it is.
  if (assignee && !options.some((option) => option.value === assignee.id)) {
    options.push({ value: assignee.id, label: assignee.name });
  }

  const assign = (value: string) => {
    const label = options.find((option) => option.value === value)?.label ?? "";
    if (!value) onAssign(null, t("ticket.unassignedNow"));
    else onAssign(value, value === me?.id ? t("ticket.tookOver") : t("ticket.assigned", { name: label }));
  };

  return (
    <SelectField
      id="agent-assignee"
      name="assignee"
      label={t("ticket.assignee")}
      value={assignee?.id ?? ""}
      onChange={(event) => assign(event.target.value)}
      options={options}
    />
  );
}
