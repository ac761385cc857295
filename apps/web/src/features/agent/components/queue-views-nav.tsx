import { type QueueView, queueViewNames } from "@helpdesk/contracts";
import { Link } from "react-router";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import { formatQueueCount } from "./queue-count.ts";
import "./queue-views-nav.css";

interface QueueViewsNavProps {
  current: QueueView;
  /** Tickets per view with the current filters; absent until the counts have loaded. */
  counts: Record<QueueView, number> | undefined;
  /** Per view: the count stopped at the cap ("meer dan 10.000"). */
  capped?: Record<QueueView, boolean> | undefined;
  hrefOf: (view: QueueView) => string;
}

/** The queue's views as tabs-like links, each with how many tickets it holds ("Unassigned 12"). */
export function QueueViewsNav({ current, counts, capped, hrefOf }: QueueViewsNavProps) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const moreThan = (count: string) => t("queue.moreThan", { count });
  return (
    <nav aria-label={t("queue.viewsLabel")}>
      <ul className="agent-views">
        {queueViewNames.map((name) => (
          <li key={name}>
            <Link to={hrefOf(name)} aria-current={name === current ? "page" : undefined}>
              {t(`queue.views.${name}`)}
              {counts ? (
                <>
                  {" "}
                  <span className="agent-views__count" data-testid={`view-count-${name}`}>
                    {formatQueueCount(language, counts[name], capped?.[name], moreThan)}
                  </span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
