import type { User } from "@helpdesk/contracts";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { EmailRequestForm } from "../components/email-request-form.tsx";
import { LoginForm } from "../components/login-form.tsx";
import { authMessages } from "../i18n/auth.messages.ts";
import { safeReturnPath } from "../return-path.ts";
import { homeOf } from "../session/auth-context.tsx";

/** What another page can ask the login page to say, through navigation state. */
export type LoginNotice = "passwordChanged" | "passwordChosen" | "sessionExpired";

/**
 * `/login`: password sign-in for customers and staff, and a sign-in link by e-mail for customers.
 * Afterwards: back to where the visitor was going (`?returnTo=`), else staff to the workspace and
 * customers to their tickets.
 */
export function LoginPage() {
  const t = useMessages(authMessages);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const notice = (useLocation().state as { notice?: LoginNotice } | null)?.notice;
  const returnTo = safeReturnPath(searchParams.get("returnTo"));

  const onSignedIn = (user: User) => {
    void navigate(returnTo ?? homeOf(user), { replace: true });
    announce(t("login.signedInAs", { name: user.name }));
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t("login.title")} />
      <p className="lead">{t("login.purpose")}</p>
      {notice ? (
        <Notice tone={notice === "sessionExpired" ? "attention" : "success"}>{t(`login.${notice}`)}</Notice>
      ) : null}
      <LoginForm onSignedIn={onSignedIn} />
      <p>
        <Link to="/password-reset">{t("login.forgotPassword")}</Link>
      </p>
      <section className="form-section" aria-labelledby="login-link-title">
        <h2 id="login-link-title">{t("login.linkTitle")}</h2>
        <p id="login-link-text">{t("login.linkText")}</p>
        <EmailRequestForm purpose="signInLink" id="login-link" labelledBy="login-link-title" />
      </section>
    </div>
  );
}
