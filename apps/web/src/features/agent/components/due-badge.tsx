import type { ticketSlaSchema } from "@helpdesk/contracts";
import type { z } from "zod";
import { useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./due-badge.css";

type TicketSla = z.infer<typeof ticketSlaSchema>;

/** The earliest due time of the running targets, or null. */
export function nextDue(sla: TicketSla): string | null {
  const dues = [sla.firstResponseDueAt, sla.nextResponseDueAt, sla.resolutionDueAt].filter(
    (due): due is string => due !== null,
  );
  return dues.sort()[0] ?? null;
}

/** How far the next due time is: overdue, or minutes, hours or days left (rounded down). */
export function timeLeft(
  due: string,
  now: number,
): { overdue: true } | { overdue: false; unit: "min" | "h" | "d"; count: number } {
  const minutes = Math.floor((new Date(due).getTime() - now) / 60_000);
  if (minutes < 0) return { overdue: true };
  if (minutes < 60) return { overdue: false, unit: "min", count: minutes };
  if (minutes < 48 * 60) return { overdue: false, unit: "h", count: Math.floor(minutes / 60) };
  return { overdue: false, unit: "d", count: Math.floor(minutes / (24 * 60)) };
}

/** "nog 2 u", "over tijd", "gepauzeerd"; with a flag when a target was missed earlier. */
export function DueBadge({ sla, now = Date.now() }: { sla: TicketSla; now?: number }) {
  const t = useMessages(agentMessages);
  const due = nextDue(sla);
  const left = due ? timeLeft(due, now) : null;
  return (
    <span className="due">
      {sla.paused ? (
        <span className="due-badge due-badge--paused">{t("sla.paused")}</span>
      ) : due && left ? (
        <time
          dateTime={due}
          className={`due-badge ${left.overdue ? "due-badge--overdue" : left.unit === "d" ? "" : "due-badge--soon"}`}
        >
          {left.overdue ? t("sla.overdue") : t(`sla.left.${left.unit}`, { count: left.count })}
        </time>
      ) : (
        <span className="due-badge due-badge--none">{t("sla.none")}</span>
      )}
      {/* A missed target the badge does not already show as overdue (answered late, or paused). */}
      {sla.breached.length > 0 && !left?.overdue ? (
        <span className="flag flag--danger">{t("sla.breached")}</span>
      ) : null}
    </span>
  );
}
