import { NavLink } from "react-router";
import { AccountNavItem, AccountStatus } from "../../features/auth/components/account-menu.tsx";
import { useTranslation } from "../../i18n/i18n.tsx";
import { LanguageSwitch } from "../../i18n/language-switch.tsx";
import { Brand } from "./brand.tsx";
import "./site-header.css";

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Brand />
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/tickets/new">{t("nav.newTicket")}</NavLink>
            </li>
            <AccountNavItem />
          </ul>
        </nav>
        <div className="site-header__tools">
          <AccountStatus />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
