import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { appointmentDayQuery } from "../api/appointments.queries.ts";
import { formatDay, formatTime, officeDate } from "../components/appointment-format.ts";
import { appointmentsMessages } from "../i18n/appointments.messages.ts";
import "../components/appointments.css";

/** `/agent/appointments` (staff who work tickets): a day's remote-support calls, today by default. */
export function AppointmentsDayPage() {
  const t = useMessages(appointmentsMessages);
  const { language } = useLanguage();
  const today = officeDate(new Date());
  const [date, setDate] = useState(today);
  const day = useQuery(appointmentDayQuery(date === today ? "" : date));
  const title =
    date === today
      ? t("today.title")
      : t("today.titleOn", { date: formatDay(language, `${date}T12:00:00Z`) });
  return (
    <div className="page appointments-day">
      <PageHeading title={title} />
      <TextField
        id="appointments-date"
        name="date"
        type="date"
        label={t("today.date")}
        value={date}
        onChange={(event) => setDate(event.target.value || today)}
      />
      {!day.data ? (
        <LoadingPage />
      ) : day.data.items.length === 0 ? (
        <p>{t("today.empty")}</p>
      ) : (
        <table className="appointments-day__table">
          <thead>
            <tr>
              <th scope="col">{t("today.time")}</th>
              <th scope="col">{t("today.ticket")}</th>
              <th scope="col">{t("today.customer")}</th>
              <th scope="col">{t("today.phone")}</th>
            </tr>
          </thead>
          <tbody>
            {day.data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  {formatTime(language, item.startsAt)} – {formatTime(language, item.endsAt)}
                </td>
                <td>
                  <Link to={`/agent/tickets/${item.ticketId}`}>
                    {item.ticketNumber} {item.subject}
                  </Link>
                </td>
                <td>{item.customerName ?? t("today.unknown")}</td>
                <td>
                  <a href={`tel:${item.phone.replace(/[^+0-9]/g, "")}`}>{item.phone}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
