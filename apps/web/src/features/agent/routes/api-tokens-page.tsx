import {
  type ApiScope,
  type ApiToken,
  apiScopes,
  type CreateApiTokenInput,
  createApiToken,
  revokeApiToken,
  type StaffRole,
  staffRoles,
} from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { apiTokenKeys, apiTokensQuery } from "../api/api-tokens.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "../../../components/data-table.css";
import "./api-tokens-page.css";

/**
 * Admins make API tokens for integrations (`/agent/admin/api-tokens`): a name, a role, optionally scopes
 * and an expiry. The secret is shown once, right after creation; the list shows last use, and a
 * token can be revoked at once.
 */
export function ApiTokensPage() {
  const t = useMessages(agentMessages);
  const tokens = useQuery(apiTokensQuery());
  const [secret, setSecret] = useState<string | undefined>();
  return (
    <section className="page api-tokens">
      <PageHeading title={t("apiTokens.title")} />
      <p className="lead">{t("apiTokens.intro")}</p>
      {secret ? (
        <Notice tone="success" label={t("apiTokens.secretLabel")}>
          {t("apiTokens.secretOnce")} <code className="api-tokens__secret">{secret}</code>
        </Notice>
      ) : null}
      <CreateTokenForm onCreated={setSecret} />
      <h2>{t("apiTokens.listTitle")}</h2>
      {tokens.isPending ? <p>{t("apiTokens.loading")}</p> : null}
      {tokens.isError ? <Notice>{t("apiTokens.loadFailed")}</Notice> : null}
      {tokens.data && tokens.data.items.length === 0 ? <p>{t("apiTokens.none")}</p> : null}
      {tokens.data && tokens.data.items.length > 0 ? <TokenTable tokens={tokens.data.items} /> : null}
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [role, setRole] = useState<StaffRole>("agent");
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [expiresOn, setExpiresOn] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: (body: CreateApiTokenInput) => request(createApiToken, { body }),
    onSuccess: (created) => {
      onCreated(created.secret);
      announce(t("apiTokens.created", { name: created.token.name }));
      setName("");
      setScopes([]);
      setExpiresOn("");
      void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (name.trim() === "") {
      setNameError(t("apiTokens.nameRequired"));
      return;
    }
    setNameError(undefined);
    create.mutate({
      name: name.trim(),
      role,
      ...(scopes.length > 0 ? { scopes } : {}),
      // The end of the chosen day, in the admin's own time zone.
      ...(expiresOn ? { expiresAt: new Date(`${expiresOn}T23:59:59`).toISOString() } : {}),
    });
  };
  const toggle = (scope: ApiScope) =>
    setScopes((current) =>
      current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope],
    );

  return (
    <form className="api-tokens__form" noValidate onSubmit={submit} aria-label={t("apiTokens.createTitle")}>
      <h2>{t("apiTokens.createTitle")}</h2>
      {create.isError ? <Notice>{t("apiTokens.createFailed")}</Notice> : null}
      <TextField
        id="api-token-name"
        name="name"
        label={t("apiTokens.name")}
        hint={t("apiTokens.nameHint")}
        required
        value={name}
        error={nameError}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        id="api-token-role"
        name="role"
        label={t("apiTokens.role")}
        hint={t("apiTokens.roleHint")}
        value={role}
        options={staffRoles.map((value) => ({ value, label: t(`apiTokens.roles.${value}`) }))}
        onChange={(event) => setRole(event.target.value as StaffRole)}
      />
      <fieldset className="api-tokens__scopes">
        <legend className="field__label">{t("apiTokens.scopes")}</legend>
        <p className="field__hint">{t("apiTokens.scopesHint")}</p>
        {apiScopes.map((scope) => (
          <label key={scope} className="api-tokens__scope">
            <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />{" "}
            <code>{scope}</code> {t(`apiTokens.scopeNames.${scope}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id="api-token-expiry"
        name="expiresOn"
        type="date"
        label={t("apiTokens.expiry")}
        hint={t("apiTokens.expiryHint")}
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {t("apiTokens.create")}
      </button>
    </form>
  );
}

function TokenTable({ tokens }: { tokens: ApiToken[] }) {
  const t = useMessages(agentMessages);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => request(revokeApiToken, { params: { id: token.id } }),
    onSuccess: (_, token) => {
      announce(t("apiTokens.revoked", { name: token.name }));
      void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
    },
  });
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : t("apiTokens.never"));
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t("apiTokens.listTitle")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("apiTokens.name")}</th>
          <th scope="col">{t("apiTokens.role")}</th>
          <th scope="col">{t("apiTokens.scopes")}</th>
          <th scope="col">{t("apiTokens.lastUsed")}</th>
          <th scope="col">{t("apiTokens.expiry")}</th>
          <th scope="col">{t("apiTokens.state")}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">
              {token.name} <code>{token.secretStart}…</code>
            </th>
            <td>{t(`apiTokens.roles.${token.role}`)}</td>
            <td>{token.scopes ? token.scopes.join(", ") : t("apiTokens.allOfRole")}</td>
            <td>{when(token.lastUsedAt)}</td>
            <td>
              {token.expiresAt ? new Date(token.expiresAt).toLocaleDateString() : t("apiTokens.noExpiry")}
            </td>
            <td>
              {token.revokedAt ? (
                t("apiTokens.revokedOn", { date: new Date(token.revokedAt).toLocaleDateString() })
              ) : (
                <button
                  type="button"
                  className="button button--danger"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(token)}
                >
                  {t("apiTokens.revoke", { name: token.name })}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
