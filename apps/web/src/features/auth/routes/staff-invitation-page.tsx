import { useState } from "react";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useAcceptStaffInvitation } from "../api/auth.mutations.ts";
import { authMessages } from "../i18n/auth.messages.ts";
import { useLinkToken } from "../link-token.ts";
import { NewPasswordForm } from "./password-reset-page.tsx";

/**
 * `/staff-invitation`, opened from the invitation e-mail (`#token=…`): the new staff member chooses
 * their password, then signs in on the login page. A used, replaced or expired link says so.
 */
export function StaffInvitationPage() {
  const t = useMessages(authMessages);
  const token = useLinkToken();
  const [linkInvalid, setLinkInvalid] = useState(!token);
  const save = useAcceptStaffInvitation();

  if (token && !linkInvalid)
    return (
      <NewPasswordForm
        token={token}
        onLinkInvalid={() => setLinkInvalid(true)}
        save={save}
        notice="passwordChosen"
        texts={{
          title: t("staffInvitation.title"),
          purpose: t("staffInvitation.purpose"),
          save: t("staffInvitation.save"),
          saving: t("staffInvitation.saving"),
        }}
      />
    );
  return (
    <div className="page page--narrow">
      <PageHeading title={t("staffInvitation.title")} />
      <p className="lead">{t("staffInvitation.linkInvalid")}</p>
    </div>
  );
}
