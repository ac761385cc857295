import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../../i18n/i18n.tsx";
import { healthQueryOptions } from "../api/system.queries.ts";
import "./api-status.css";

type ApiState = "checking" | "online" | "offline";

/** The API's health in words (with a coloured dot as a second cue, never the only one). */
export function ApiStatus() {
  const { t } = useTranslation();
  const health = useQuery(healthQueryOptions());
  const state: ApiState = health.isPending ? "checking" : health.isError ? "offline" : "online";
  return (
    <p className="api-status" data-state={state}>
      <span className="api-status__dot" aria-hidden="true" />
      {t("footer.apiStatus")}: <strong>{t(`footer.${state}`)}</strong>
    </p>
  );
}
