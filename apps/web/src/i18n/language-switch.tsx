import { languageNames, languages, useTranslation } from "./i18n.tsx";
import "./language-switch.css";

/** Two toggle buttons, each naming its language in that language, so anyone can find their own. */
export function LanguageSwitch() {
  const { t, language: active, setLanguage } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => setLanguage(language)}
        >
          {languageNames[language]}
        </button>
      ))}
    </fieldset>
  );
}
