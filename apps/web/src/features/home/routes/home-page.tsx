import { Link } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useTranslation } from "../../../i18n/i18n.tsx";
import { FaqOverview } from "../../faq/components/faq-overview.tsx";
import { FaqSearchForm } from "../../faq/components/faq-search-form.tsx";
import { PopularArticles } from "../../faq/components/popular-articles.tsx";
import "./home-page.css";

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <section className="hero">
        <div className="hero__inner">
          <PageHeading title={t("home.title")} documentTitle={t("home.documentTitle")} />
          <p className="lead">{t("home.intro")}</p>
          <FaqSearchForm />
        </div>
      </section>
      <PopularArticles />
      <section className="page" aria-labelledby="home-faq">
        <h2 id="home-faq">{t("home.faqTitle")}</h2>
        <FaqOverview />
      </section>
      <section className="page" aria-labelledby="home-options">
        <h2 id="home-options">{t("home.optionsTitle")}</h2>
        <ul className="cards">
          <li className="card">
            <h3>
              <Link to="/tickets/new" className="card__link">
                {t("home.askTitle")}
              </Link>
            </h3>
            <p>{t("home.askText")}</p>
          </li>
          <li className="card">
            <h3>{t("home.trackTitle")}</h3>
            <p>{t("home.trackText")}</p>
          </li>
          <li className="card">
            <h3>
              <Link to="/login" className="card__link">
                {t("home.loginTitle")}
              </Link>
            </h3>
            <p>{t("home.loginText")}</p>
          </li>
        </ul>
      </section>
    </>
  );
}
