import {
  createWebhook,
  createWebhookSchema,
  deleteWebhook,
  redeliverWebhookDelivery,
  updateWebhook,
  type Webhook,
  type WebhookEvent,
  webhookEvents,
  webhookRoles,
} from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { describedBy, SelectField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { webhookDeliveriesQuery, webhookKeys, webhooksQuery } from "../api/webhooks.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "../../../components/data-table.css";
import "./webhooks-page.css";

type Role = (typeof webhookRoles)[number];
const fields = ["url", "events", "role"] as const;
/** The key of each event's name in the texts (the event names themselves hold dots). */
const eventKeys = {
  "ticket.created": "created",
  "message.added": "messageAdded",
  "ticket.status_changed": "statusChanged",
  "ticket.assigned": "assigned",
  "ticket.rated": "rated",
} as const satisfies Record<WebhookEvent, string>;

/**
 * Admins register webhook endpoints (`/agent/admin/webhooks`): a URL, the ticket events wanted and the
 * role whose view the payload carries. The signing secret is shown once; each endpoint can be disabled,
 * enabled again or deleted, and its deliveries are listed with their attempts and can be sent again.
 */
export function WebhooksPage() {
  const t = useMessages(agentMessages);
  const webhooks = useQuery(webhooksQuery());
  const [secret, setSecret] = useState<string | undefined>();
  const [shown, setShown] = useState<string | undefined>();
  const open = webhooks.data?.items.find((webhook) => webhook.id === shown);
  return (
    <section className="page webhooks">
      <PageHeading title={t("webhooks.title")} />
      <p className="lead">{t("webhooks.intro")}</p>
      {secret ? (
        <Notice tone="success" label={t("webhooks.secretLabel")}>
          {t("webhooks.secretOnce")} <code className="webhooks__secret">{secret}</code>
        </Notice>
      ) : null}
      <CreateWebhookForm onCreated={setSecret} />
      <h2>{t("webhooks.listTitle")}</h2>
      {webhooks.isPending ? <p>{t("webhooks.loading")}</p> : null}
      {webhooks.isError ? <Notice>{t("webhooks.loadFailed")}</Notice> : null}
      {webhooks.data && webhooks.data.items.length === 0 ? <p>{t("webhooks.none")}</p> : null}
      {webhooks.data && webhooks.data.items.length > 0 ? (
        <WebhookTable webhooks={webhooks.data.items} shown={shown} onShow={setShown} />
      ) : null}
      {open ? <Deliveries webhook={open} /> : null}
    </section>
  );
}

function CreateWebhookForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [role, setRole] = useState<Role>("agent");
  const form = useContractForm({
    schema: createWebhookSchema,
    fields,
    describe: (issue) =>
      issue.path === "url"
        ? issue.code === "refused_address"
          ? t("webhooks.urlRefused")
          : t("webhooks.urlInvalid")
        : issue.path === "events"
          ? t("webhooks.eventsRequired")
          : t("webhooks.invalid"),
    describeFailure: () => t("webhooks.createFailed"),
  });
  const create = useMutation({
    mutationFn: (body: ReturnType<typeof createWebhookSchema.parse>) => request(createWebhook, { body }),
  });
  // A double click registers one endpoint: the second click comes before the render that disables.
  const sending = useRef(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const body = { url: url.trim(), events, role };
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    create.mutate(checked.data, {
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: (created) => {
        onCreated(created.secret);
        announce(t("webhooks.created", { url: created.webhook.url }));
        setUrl("");
        setEvents([]);
        void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
      },
      onError: (error) => form.fail(error, body),
    });
  };
  const toggle = (value: WebhookEvent) =>
    setEvents((current) =>
      current.includes(value) ? current.filter((e) => e !== value) : [...current, value],
    );
  const eventsError = form.fieldError("events");

  return (
    <form
      ref={form.formRef}
      className="webhooks__form"
      noValidate
      onSubmit={submit}
      aria-label={t("webhooks.createTitle")}
    >
      <h2>{t("webhooks.createTitle")}</h2>
      {form.errors?.form ? (
        <FormAlert
          id="webhook-error"
          ref={form.alertRef}
          title={t("webhooks.createFailed")}
          message={form.errors.form}
        />
      ) : null}
      <TextField
        id="webhook-url"
        name="url"
        type="url"
        autoComplete="off"
        label={t("webhooks.url")}
        hint={t("webhooks.urlHint")}
        value={url}
        error={form.fieldError("url")}
        onChange={(event) => setUrl(event.target.value)}
      />
      <fieldset
        className={eventsError ? "webhooks__events field--invalid" : "webhooks__events"}
        aria-describedby={describedBy("webhook-events", eventsError, undefined)}
      >
        <legend className="field__label">{t("webhooks.events")}</legend>
        {eventsError ? (
          <p className="field__error" id="webhook-events-error">
            {eventsError}
          </p>
        ) : null}
        {webhookEvents.map((value, index) => (
          <label key={value} className="webhooks__event">
            <input
              type="checkbox"
              name="events"
              value={value}
              checked={events.includes(value)}
              aria-invalid={eventsError && index === 0 ? true : undefined}
              onChange={() => toggle(value)}
            />{" "}
            {t(`webhooks.eventNames.${eventKeys[value]}`)}
          </label>
        ))}
      </fieldset>
      <SelectField
        id="webhook-role"
        name="role"
        label={t("webhooks.role")}
        hint={t("webhooks.roleHint")}
        value={role}
        options={webhookRoles.map((value) => ({ value, label: t(`apiTokens.roles.${value}`) }))}
        error={form.fieldError("role")}
        onChange={(event) => setRole(event.target.value as Role)}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {t("webhooks.create")}
      </button>
    </form>
  );
}

/** Dates and times in the workspace's language. */
function useWhen() {
  const { language } = useLanguage();
  return (iso: string) => formatDateTime(iso, language);
}

/** A table in the shared style, with a caption for screen readers and one header per column. */
function Table({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function WebhookTable({
  webhooks,
  shown,
  onShow,
}: {
  webhooks: Webhook[];
  shown: string | undefined;
  onShow: (id: string | undefined) => void;
}) {
  const t = useMessages(agentMessages);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
  const toggle = useMutation({
    mutationFn: (webhook: Webhook) =>
      request(updateWebhook, { params: { id: webhook.id }, body: { enabled: webhook.disabledAt !== null } }),
    onSuccess: (webhook) => {
      announce(t(webhook.disabledAt ? "webhooks.disabled" : "webhooks.enabled", { url: webhook.url }));
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (webhook: Webhook) => request(deleteWebhook, { params: { id: webhook.id } }),
    onSuccess: (_, webhook) => {
      announce(t("webhooks.deleted", { url: webhook.url }));
      if (shown === webhook.id) onShow(undefined);
      void refresh();
    },
  });
  return (
    <>
      {toggle.isError || remove.isError ? <Notice>{t("webhooks.actionFailed")}</Notice> : null}
      <Table
        caption={t("webhooks.listTitle")}
        columns={[
          t("webhooks.url"),
          t("webhooks.events"),
          t("webhooks.role"),
          t("webhooks.state"),
          t("webhooks.actions"),
        ]}
      >
        {webhooks.map((webhook) => (
          <tr key={webhook.id}>
            <th scope="row" className="webhooks__url">
              {webhook.url} <code>{webhook.secretStart}…</code>
            </th>
            <td>{webhook.events.map((value) => t(`webhooks.eventNames.${eventKeys[value]}`)).join(", ")}</td>
            <td>{t(`apiTokens.roles.${webhook.role}`)}</td>
            <td>
              <State webhook={webhook} />
            </td>
            <td className="webhooks__actions">
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={shown === webhook.id}
                onClick={() => onShow(shown === webhook.id ? undefined : webhook.id)}
              >
                {t("webhooks.showDeliveries")}
                <Whose url={webhook.url} />
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={toggle.isPending}
                onClick={() => toggle.mutate(webhook)}
              >
                {t(webhook.disabledAt ? "webhooks.enable" : "webhooks.disable")}
                <Whose url={webhook.url} />
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t("webhooks.deleteConfirm", { url: webhook.url })))
                    remove.mutate(webhook);
                }}
              >
                {t("webhooks.delete")}
                <Whose url={webhook.url} />
              </button>
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

/** Which endpoint a row's button is for, for screen readers (the row shows it). */
function Whose({ url }: { url: string }) {
  return <span className="visually-hidden">: {url}</span>;
}

/** Enabled or disabled (and why), and since when every attempt fails. */
function State({ webhook }: { webhook: Webhook }) {
  const t = useMessages(agentMessages);
  const when = useWhen();
  return (
    <>
      {webhook.disabledAt ? (
        <>
          <strong>{t("webhooks.stateDisabled")}</strong>{" "}
          {t(webhook.failingSince ? "webhooks.disabledByFailures" : "webhooks.disabledByAdmin", {
            date: when(webhook.disabledAt),
          })}
        </>
      ) : (
        t("webhooks.stateEnabled")
      )}
      {webhook.failingSince ? (
        <p className="webhooks__failing">
          {t("webhooks.failingSince", { date: when(webhook.failingSince) })}
        </p>
      ) : null}
    </>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const t = useMessages(agentMessages);
  const when = useWhen();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const deliveries = useQuery(webhookDeliveriesQuery(webhook.id));
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) =>
      request(redeliverWebhookDelivery, { params: { id: webhook.id, deliveryId } }),
    onSuccess: () => {
      announce(t("webhooks.redelivering"));
      void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhook.id) });
    },
  });
  const items = deliveries.data?.items ?? [];
  return (
    <section className="webhooks__deliveries" aria-labelledby="webhook-deliveries-title">
      <h2 id="webhook-deliveries-title">{t("webhooks.deliveriesTitle", { url: webhook.url })}</h2>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void deliveries.refetch()}
        disabled={deliveries.isFetching}
      >
        {t("webhooks.refresh")}
      </button>
      {deliveries.isPending ? <p>{t("webhooks.loading")}</p> : null}
      {deliveries.isError ? <Notice>{t("webhooks.loadFailed")}</Notice> : null}
      {redeliver.isError ? <Notice>{t("webhooks.actionFailed")}</Notice> : null}
      {deliveries.data && items.length === 0 ? <p>{t("webhooks.noDeliveries")}</p> : null}
      {items.length > 0 ? (
        <Table
          caption={t("webhooks.deliveriesCaption")}
          columns={[
            t("webhooks.event"),
            t("webhooks.deliveryState"),
            t("webhooks.attempts"),
            t("webhooks.actions"),
          ]}
        >
          {items.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">
                {t(`webhooks.eventNames.${eventKeys[delivery.event]}`)}
                <br />
                <small>{when(delivery.occurredAt)}</small>
              </th>
              <td>
                {t(`webhooks.deliveryStates.${delivery.status}`)}
                {delivery.status === "pending" && delivery.nextAttemptAt ? (
                  <p>{t("webhooks.nextAttempt", { date: when(delivery.nextAttemptAt) })}</p>
                ) : null}
              </td>
              <td>
                {delivery.attempts.length === 0 ? t("webhooks.noAttempts") : null}
                <ol className="webhooks__attempts">
                  {delivery.attempts.map((attempt) => (
                    <li key={attempt.attemptedAt}>
                      {when(attempt.attemptedAt)}:{" "}
                      <strong>{attempt.statusCode ?? t("webhooks.noAnswer")}</strong>,{" "}
                      {t("webhooks.duration", { ms: attempt.durationMs })}
                      {attempt.error ? <> ({attempt.error})</> : null}
                      {attempt.responseExcerpt ? (
                        <code className="webhooks__excerpt">{attempt.responseExcerpt}</code>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </td>
              <td>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={redeliver.isPending}
                  onClick={() => redeliver.mutate(delivery.id)}
                >
                  {t("webhooks.redeliver")}
                </button>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
    </section>
  );
}
