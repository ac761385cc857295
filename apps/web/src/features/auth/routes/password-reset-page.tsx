import { PASSWORD_MIN_LENGTH, passwordResetConfirmSchema } from "@helpdesk/contracts";
import type { UseMutationResult } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { FormAlert } from "../../../components/form-alert.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { readFields, useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { useConfirmPasswordReset } from "../api/auth.mutations.ts";
import { EmailRequestForm } from "../components/email-request-form.tsx";
import { authFields, type FieldKind } from "../form-wording.ts";
import { authMessages } from "../i18n/auth.messages.ts";
import { useLinkToken } from "../link-token.ts";
import type { LoginNotice } from "./login-page.tsx";

/**
 * `/password-reset`: asks for a reset link; opened from that link (`#token=…`), sets the new password
 * and sends the visitor to the login page with a notice.
 */
export function PasswordResetPage() {
  const t = useMessages(authMessages);
  const token = useLinkToken();
  const [linkInvalid, setLinkInvalid] = useState(token === null);
  const save = useConfirmPasswordReset();

  if (token && !linkInvalid)
    return (
      <NewPasswordForm
        token={token}
        onLinkInvalid={() => setLinkInvalid(true)}
        save={save}
        notice="passwordChanged"
        texts={{
          title: t("passwordReset.newTitle"),
          purpose: t("passwordReset.newPurpose"),
          save: t("passwordReset.save"),
          saving: t("passwordReset.saving"),
        }}
      />
    );
  return (
    <div className="page page--narrow">
      <PageHeading title={t("passwordReset.title")} />
      <p className="lead">{linkInvalid ? t("passwordReset.linkInvalid") : t("passwordReset.purpose")}</p>
      <EmailRequestForm purpose="passwordReset" id="reset" />
    </div>
  );
}

const kinds = { password: "newPassword" } satisfies Record<string, FieldKind>;

interface NewPasswordFormProps {
  token: string;
  onLinkInvalid: () => void;
  /** Sends `{token, password}`: a password reset, or accepting a staff invitation. */
  save: UseMutationResult<unknown, Error, { token: string; password: string }>;
  /** What the login page says afterwards. */
  notice: LoginNotice;
  texts: { title: string; purpose: string; save: string; saving: string };
}

/** A new password for the account of an e-mailed link; then on to the login page with a notice. */
export function NewPasswordForm({ token, onLinkInvalid, save, notice, texts }: NewPasswordFormProps) {
  const t = useMessages(authMessages);
  const navigate = useNavigate();
  const form = useContractForm({ schema: passwordResetConfirmSchema, ...authFields(t, kinds) });
  const { formRef, alertRef, errors, fieldError } = form;
  const sending = useRef(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double click sets the password once (the second would be refused as a used link). A ref,
    // because the second click comes before the render that disables the button.
    if (sending.current) return;
    const body = { ...readFields(event.currentTarget, ["password"]), token };
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    save.mutate(checked.data, {
      onSuccess: () => {
        const state: { notice: LoginNotice } = { notice };
        void navigate("/login", { replace: true, state });
      },
      // Only a failure allows another try: after success the page moves on to the login page.
      onError: (error) => {
        sending.current = false;
        const problem = form.errorsFrom(error, body);
        if (problem.form && !problem.fields.password && errorIsInvalidLink(error)) onLinkInvalid();
        else form.show(problem);
      },
    });
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={texts.title} />
      <p className="lead">{texts.purpose}</p>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {errors?.form ? (
          <FormAlert
            id="new-password-error"
            ref={alertRef}
            title={t("formErrors.title")}
            message={errors.form}
          />
        ) : null}
        <TextField
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          label={t("fields.newPassword")}
          hint={t("fields.newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
          error={fieldError("password")}
        />
        <p className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? texts.saving : texts.save}
          </button>
        </p>
      </form>
    </div>
  );
}

const errorIsInvalidLink = (error: unknown) => isApiError(error) && error.status === 401;
