import { loginRequestSchema, type User } from "@helpdesk/contracts";
import type { FormEvent } from "react";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { readFields, useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { useLogin } from "../api/auth.mutations.ts";
import { authFields, type FieldKind } from "../form-wording.ts";
import { authMessages } from "../i18n/auth.messages.ts";

const kinds = { email: "email", password: "password" } satisfies Record<string, FieldKind>;
const names = ["email", "password"] as const;

/** E-mail and password; checked with the contract's `loginRequestSchema` before anything is sent. */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const t = useMessages(authMessages);
  const form = useContractForm({ schema: loginRequestSchema, ...authFields(t, kinds) });
  const { formRef, alertRef, errors, fieldError } = form;
  const login = useLogin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readFields(event.currentTarget, names);
    const checked = form.check(values);
    if (!checked.ok) return;
    login.mutate(checked.data, {
      onSuccess: (session) => onSignedIn(session.user),
      onError: (error) => form.fail(error, values),
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="login-password-title">
      <h2 id="login-password-title">{t("login.passwordTitle")}</h2>
      {errors?.form ? (
        <FormAlert id="login-error" ref={alertRef} title={t("formErrors.title")} message={errors.form} />
      ) : null}
      <TextField
        id="login-email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        label={t("fields.email")}
        error={fieldError("email")}
      />
      <TextField
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("fields.password")}
        error={fieldError("password")}
      />
      <p className="form__actions">
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t("login.submitting") : t("login.submit")}
        </button>
      </p>
    </form>
  );
}
