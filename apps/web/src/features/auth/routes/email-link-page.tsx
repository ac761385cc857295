import { useEffect, useRef, useState } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useConfirmEmailLink } from "../api/auth.mutations.ts";
import { EmailRequestForm } from "../components/email-request-form.tsx";
import { authMessages } from "../i18n/auth.messages.ts";
import { useLinkToken } from "../link-token.ts";
import { safeReturnPath } from "../return-path.ts";
import { homeOf, useAuth } from "../session/auth-context.tsx";

/**
 * `/login/link#token=…&next=/tickets/<id>`: where the e-mailed sign-in link lands. Confirms the token
 * once, then opens `next` (a path inside this app only; see `safeReturnPath`), else the customer's
 * tickets; a used or expired link says so and offers a new one.
 */
export function EmailLinkPage() {
  const t = useMessages(authMessages);
  const announce = useAnnounce();
  const location = useLocation();
  // Read before `useLinkToken` takes the fragment out of the address bar.
  const [next] = useState(() =>
    safeReturnPath(new URLSearchParams(location.hash.replace(/^#/, "")).get("next")),
  );
  const token = useLinkToken();
  const auth = useAuth();
  const confirm = useConfirmEmailLink();
  const confirming = useRef<string | undefined>(undefined);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A link works once: never send its token twice (React runs effects twice in development).
    if (!token || confirming.current === token) return;
    confirming.current = token;
    confirm.mutate(token);
  }, [token, confirm.mutate]);

  const failed = token === undefined || token === null || confirm.isError;
  useEffect(() => {
    if (confirm.isSuccess) announce(t("login.signedInAs", { name: confirm.data.user.name }));
  }, [confirm.isSuccess, confirm.data, announce, t]);
  useEffect(() => {
    if (confirm.isError) pageRef.current?.querySelector("h1")?.focus();
  }, [confirm.isError]);

  if (confirm.isSuccess) return <Navigate to={next ?? homeOf(confirm.data.user)} replace />;
  if (!failed) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t("emailLink.title")} />
        <p className="loading" role="status">
          {t("emailLink.checking")}
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow" ref={pageRef}>
      <PageHeading title={token === undefined ? t("emailLink.title") : t("emailLink.failedTitle")} />
      <p className="lead">{token === undefined ? t("emailLink.missingText") : t("emailLink.failedText")}</p>
      {auth.status === "signedIn" ? (
        // An old link opened again, by someone who is signed in anyway: no new link needed.
        <p className="actions">
          <span>{t("login.alreadySignedIn", { name: auth.user.name })}</span>
          <Link to={homeOf(auth.user)} className="button">
            {t("login.continue")}
          </Link>
        </p>
      ) : (
        <EmailRequestForm purpose="signInLink" id="link-again" />
      )}
    </div>
  );
}
