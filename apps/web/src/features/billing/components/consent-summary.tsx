import type { billingConsentSchema } from "@helpdesk/contracts";
import type { z } from "zod";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { billingMessages } from "../i18n/billing.messages.ts";
import { formatEuro } from "./billing-format.ts";

type Consent = z.infer<typeof billingConsentSchema>;

/** One consent as both the customer and staff read it: what, the rate, the cap, its answer. */
export function ConsentSummary({ consent }: { consent: Consent }) {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const status =
    consent.kind === "agreed_otherwise"
      ? t("consent.agreedOtherwise")
      : t(`consent.statuses.${consent.status}`);
  return (
    <div className="consent-summary" data-testid="consent">
      <p>
        <strong>{status}</strong> · {consent.description}
      </p>
      <p className="consent-summary__terms">
        {t("consent.rate", { rate: formatEuro(consent.centsPerBlock, language), vat: consent.vatPercent })}
        {consent.capBlocks !== null ? ` · ${t("consent.cap", { cap: consent.capBlocks })}` : ""}
        {consent.status === "accepted" ? ` · ${t("consent.used", { used: consent.blocksUsed })}` : ""}
      </p>
    </div>
  );
}
