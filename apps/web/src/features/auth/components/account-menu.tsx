import { NavLink, useNavigate } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { useTranslation } from "../../../i18n/i18n.tsx";
import { isStaff, useAuth, useAuthSession } from "../session/auth-context.tsx";
import "./account-menu.css";

/** The account's entry in the main menu: "Sign in", or the signed-in person's own place. */
export function AccountNavItem() {
  const { t } = useTranslation();
  const auth = useAuth();
  // Until the silent sign-in answers, neither "sign in" nor a name: both could be wrong.
  if (auth.status === "pending") return null;
  if (auth.status === "signedOut")
    return (
      <li>
        <NavLink to="/login">{t("nav.login")}</NavLink>
      </li>
    );
  if (isStaff(auth.user))
    return (
      <li>
        <NavLink to="/agent">{t("account.workspace")}</NavLink>
      </li>
    );
  return (
    <>
      <li>
        <NavLink to="/tickets" end>
          {t("account.myTickets")}
        </NavLink>
      </li>
      <li>
        <NavLink to="/account" end>
          {t("account.myAccount")}
        </NavLink>
      </li>
    </>
  );
}

/** Who is signed in, and the way out. Signing out lands on the home page. */
export function AccountStatus() {
  const { t } = useTranslation();
  const auth = useAuth();
  const session = useAuthSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  if (auth.status !== "signedIn") return null;

  const signOut = async () => {
    // Leave the page first, committed at once rather than in a transition: a page for signed-in
    // people that is still on screen when the session ends would send them to the login page (a race
    // the browser test lost now and then once the home page fetched the FAQ).
    await navigate("/", { flushSync: true });
    await session.signOut();
    announce(t("account.signedOut"));
  };

  return (
    <section className="account" aria-label={t("account.label")}>
      <p className="account__who">
        <span className="account__label">{t("account.signedInAs")}</span>{" "}
        <strong className="account__name">{auth.user.name}</strong>
      </p>
      <button type="button" className="account__sign-out" onClick={signOut}>
        {t("account.signOut")}
      </button>
    </section>
  );
}
