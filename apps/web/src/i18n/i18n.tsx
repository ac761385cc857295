// Translations are a small typed dictionary per feature rather than i18next/react-i18next. We tried
// i18next first: it costs about 19 kB gzipped, and the Support Center's initial JavaScript must stay
// under 150 kB, of which React 19 (~65 kB), React Router (~31 kB) and zod (~23 kB, needed to check API
// responses) already take most. What we need today fits in the types below: typed keys, typed
// `{{placeholders}}`, one language per visitor, and texts that travel with lazily loaded code (each
// feature's dictionary is a module, so the agent workspace's texts are in the agent chunk). When we
// need plurals or formatted dates, `Intl.PluralRules` / `Intl.DateTimeFormat` with `language` do it.
import { type Language, languageSchema } from "@helpdesk/contracts";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from "react";
import { en } from "./locales/en.ts";
import { nl } from "./locales/nl.ts";
import { type Dictionary, type Translate, translate } from "./messages.ts";

export const languages = languageSchema.options;
export const defaultLanguage: Language = "nl";
/** Each language's name in that language: what the switch shows, whichever language is active. */
export const languageNames: Record<Language, string> = { nl: "Nederlands", en: "English" };
/** Where the visitor's choice is remembered (per browser). */
export const languageStorageKey = "helpdesk.language";

export const isLanguage = (value: unknown): value is Language => languageSchema.safeParse(value).success;

/** The texts shared by the whole app (shell, Support Center pages). */
export const commonMessages: Dictionary<typeof nl> = { nl, en };

// Storage can be unavailable (disabled, private mode, quota): then the choice lasts for the visit only.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, language);
  } catch {
    // see readStoredLanguage
  }
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export interface LanguageProviderProps {
  /** Overrides the stored choice (tests); otherwise: the visitor's earlier choice, else Dutch. */
  language?: Language;
  children: ReactNode;
}

/**
 * Holds the visitor's language. It is not guessed from the browser: this Dutch provider's customers
 * expect Dutch unless they ask otherwise. A change is remembered and sets `<html lang>`, so screen
 * readers pronounce the page in the right language.
 */
export function LanguageProvider({ language: initial, children }: LanguageProviderProps) {
  const [language, setLanguageState] = useState<Language>(
    () => initial ?? readStoredLanguage() ?? defaultLanguage,
  );

  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage needs a <LanguageProvider> above it");
  return state;
}

/** `t` for a feature's own dictionary, in the visitor's language. */
export function useMessages<T>(dictionary: Dictionary<T>): Translate<T> {
  const { language } = useLanguage();
  const messages = dictionary[language];
  return useCallback(
    ((key: string, values?: Record<string, string | number>) =>
      translate(messages, key, values)) as Translate<T>,
    [messages],
  );
}

/** `t` for the shared texts, plus the language and a way to change it. */
export function useTranslation(): LanguageState & { t: Translate<typeof nl> } {
  const state = useLanguage();
  const t = useMessages(commonMessages);
  return { ...state, t };
}
