import { createStaffMemberSchema, type StaffRole, staffRoles } from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { readFields, useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { staffActions, staffKeys } from "../api/staff.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

const fields = ["name", "email", "role"] as const;

/** `POST /staff`: name, address and role; the member chooses their own password from the e-mail. */
export function StaffInviteForm() {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | undefined>();
  const form = useContractForm({
    schema: createStaffMemberSchema,
    fields,
    describe: () => t("staff.invalid"),
    describeFailure: () => t("staff.failed"),
  });
  const invite = useMutation({ mutationFn: staffActions.invite });
  const sending = useRef(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double click sends one invitation. A ref, because the second click comes before the render
    // that disables the button.
    if (sending.current) return;
    const target = event.currentTarget;
    const body = readFields(target, fields);
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    invite.mutate(checked.data, {
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: (member) => {
        target.reset();
        setSentTo(member.email);
        announce(t("staff.invited", { email: member.email }));
        void queryClient.invalidateQueries({ queryKey: staffKeys.list });
      },
      onError: (error) => form.fail(error, body),
    });
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={submit}
      aria-labelledby="staff-invite-title"
      className="panel"
    >
      <h2 id="staff-invite-title">{t("staff.inviteTitle")}</h2>
      {form.errors?.form ? (
        <FormAlert
          id="staff-invite-error"
          ref={form.alertRef}
          title={t("staff.failed")}
          message={form.errors.form}
        />
      ) : null}
      <TextField
        id="staff-name"
        name="name"
        autoComplete="off"
        label={t("staff.name")}
        error={form.fieldError("name")}
      />
      <TextField
        id="staff-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t("staff.email")}
        error={form.fieldError("email")}
      />
      <SelectField
        id="staff-role"
        name="role"
        label={t("staff.role")}
        defaultValue="agent"
        options={staffRoles.map((role: StaffRole) => ({ value: role, label: t(`roles.${role}`) }))}
        error={form.fieldError("role")}
      />
      {sentTo ? <Notice tone="success">{t("staff.invited", { email: sentTo })}</Notice> : null}
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t("staff.inviting") : t("staff.invite")}
      </button>
    </form>
  );
}
