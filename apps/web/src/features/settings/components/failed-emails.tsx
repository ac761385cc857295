import type { FailedEmail } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { failedEmailsQuery, useRetryFailedEmail } from "../api/settings.queries.ts";
import { settingsMessages } from "../i18n/settings.messages.ts";
import type { settingsNl } from "../i18n/settings.nl.ts";

import "../../../components/data-table.css";

type FailedKind = keyof typeof settingsNl.failedKinds;
type RetryState = "pending" | "scheduled" | "failed";

/** The e-mails that failed after their last try, each with a retry and its outcome. */
export function FailedEmails() {
  const t = useMessages(settingsMessages);
  // What the e-mail was, in words; a kind without a label (a newer one) shows as it is stored.
  const kindLabel = (type: string) => {
    const key = `failedKinds.${type.replace(/\W/g, "_")}` as `failedKinds.${FailedKind}`;
    const label = t(key);
    return label === key ? type : label;
  };
  const { language } = useLanguage();
  const failed = useQuery(failedEmailsQuery());
  const [states, setStates] = useState<Record<string, RetryState>>({});
  const retry = useRetryFailedEmail();
  const announce = useAnnounce();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

  const retryOne = (email: FailedEmail) => {
    // One request per e-mail: a second click while it is on its way does nothing.
    if (states[email.id] === "pending" || states[email.id] === "scheduled") return;
    setStates((current) => ({ ...current, [email.id]: "pending" }));
    retry.mutate(email.id, {
      onSuccess: () => {
        setStates((current) => ({ ...current, [email.id]: "scheduled" }));
        announce(t("retried"));
      },
      onError: () => {
        setStates((current) => ({ ...current, [email.id]: "failed" }));
        announce(t("retryFailed"));
      },
    });
  };

  return (
    <section className="settings-section" aria-labelledby="failed-emails-title">
      <h2 id="failed-emails-title">{t("failedTitle")}</h2>
      <p>{t("failedIntro")}</p>
      {!failed.data ? (
        <p role="status">{t("loading")}</p>
      ) : failed.data.items.length === 0 ? (
        <p>{t("failedNone")}</p>
      ) : (
        <div className="data-table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("failedKind")}</th>
                <th scope="col">{t("failedAt")}</th>
                <th scope="col" className="number">
                  {t("failedAttempts")}
                </th>
                <th scope="col">{t("failedError")}</th>
                <th scope="col">{t("failedAction")}</th>
              </tr>
            </thead>
            <tbody>
              {failed.data.items.map((email) => {
                const state = states[email.id];
                return (
                  <tr key={email.id}>
                    <td>{kindLabel(email.type)}</td>
                    <td>{when(email.failedAt)}</td>
                    <td className="number">{email.attempts}</td>
                    <td className="failed-emails__error">{email.lastError ?? ""}</td>
                    <td>
                      {state === "scheduled" ? (
                        <span className="failed-emails__status">{t("retried")}</span>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-disabled={state === "pending" || undefined}
                            onClick={() => retryOne(email)}
                          >
                            {state === "pending" ? t("retrying") : t("retry")}
                          </button>
                          {state === "failed" ? (
                            <span className="failed-emails__status" role="alert">
                              {" "}
                              {t("retryFailed")}
                            </span>
                          ) : null}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
