import { emailOnlySchema } from "@helpdesk/contracts";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { readFields, useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { useRequestEmailLink, useRequestPasswordReset } from "../api/auth.mutations.ts";
import { authFields, type FieldKind } from "../form-wording.ts";
import { authMessages } from "../i18n/auth.messages.ts";

const kinds = { email: "email" } satisfies Record<string, FieldKind>;

export interface EmailRequestFormProps {
  /** A sign-in link, or a link to choose a new password. */
  purpose: "signInLink" | "passwordReset";
  /** Unique on the page (ids of the field and messages). */
  id: string;
  /** Labels the form, e.g. the id of the heading above it. */
  labelledBy?: string;
}

/**
 * Asks the API to e-mail a link. The API answers 202 whether or not it knows the address (so nobody
 * can find out who is a customer), and so does this form: "if the address is known, it is on its way".
 */
export function EmailRequestForm({ purpose, id, labelledBy }: EmailRequestFormProps) {
  const t = useMessages(authMessages);
  const announce = useAnnounce();
  const form = useContractForm({ schema: emailOnlySchema, ...authFields(t, kinds) });
  const { formRef, alertRef, errors, fieldError } = form;
  const [sentTo, setSentTo] = useState<string | undefined>();
  const signInLink = useRequestEmailLink();
  const passwordReset = useRequestPasswordReset();
  const mutation = purpose === "signInLink" ? signInLink : passwordReset;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readFields(event.currentTarget, ["email"]);
    const checked = form.check(values);
    if (!checked.ok) return;
    setSentTo(undefined);
    mutation.mutate(checked.data.email, {
      onSuccess: () => {
        const email = checked.data.email;
        setSentTo(email);
        announce(
          purpose === "signInLink" ? t("login.linkSent", { email }) : t("passwordReset.sent", { email }),
        );
      },
      onError: (error) => form.fail(error, values),
    });
  };

  const pending = mutation.isPending;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      {errors?.form ? (
        <FormAlert id={`${id}-error`} ref={alertRef} title={t("formErrors.title")} message={errors.form} />
      ) : null}
      {sentTo ? (
        <Notice tone="success">
          {purpose === "signInLink"
            ? t("login.linkSent", { email: sentTo })
            : t("passwordReset.sent", { email: sentTo })}
        </Notice>
      ) : null}
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        label={t("fields.email")}
        error={fieldError("email")}
      />
      <p className="form__actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {purpose === "signInLink"
            ? pending
              ? t("login.linkSending")
              : t("login.linkSubmit")
            : pending
              ? t("passwordReset.sending")
              : t("passwordReset.submit")}
        </button>
      </p>
    </form>
  );
}
