import { useQuery } from "@tanstack/react-query";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { ticketAppointmentQuery } from "../api/appointments.queries.ts";
import { appointmentsMessages } from "../i18n/appointments.messages.ts";
import { formatDay, formatTime } from "./appointment-format.ts";
import "./appointments.css";

/** On a remote-support ticket: the booked slot and the number we call (nothing when there is none). */
export function TicketAppointmentCard({ ticketId }: { ticketId: string }) {
  const t = useMessages(appointmentsMessages);
  const { language } = useLanguage();
  const appointment = useQuery(ticketAppointmentQuery(ticketId));
  if (!appointment.isSuccess) return null;
  const { startsAt, endsAt, phone } = appointment.data;
  return (
    <section
      className="appointment-card"
      aria-labelledby="appointment-title"
      data-testid="ticket-appointment"
    >
      <h2 className="appointment-card__title" id="appointment-title">
        {t("ticket.title")}
      </h2>
      <p>
        <strong>
          {t("ticket.when", {
            day: formatDay(language, startsAt),
            from: formatTime(language, startsAt),
            to: formatTime(language, endsAt),
          })}
        </strong>
      </p>
      <p>{t("ticket.call", { phone })}</p>
    </section>
  );
}
