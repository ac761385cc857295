// The appointment as an iCalendar event (RFC 5545) for the confirmation e-mail, made with `ics`
// (docs/adr/0019-appointment-calendar-files.md). Times in UTC; the summary names the team, never a
// staff member.
import { createEvent } from "ics";

export interface IcsInput {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  /** The domain of the team's address: the event's UID is `<id>@<domain>`, stable per appointment. */
  domain: string;
  teamName: string;
  url: string;
}

export function appointmentIcs(input: IcsInput): string {
  const { error, value } = createEvent({
    productId: `-//${input.teamName}//Helpdesk//NL`,
    method: "PUBLISH",
    uid: `appointment-${input.appointmentId}@${input.domain}`,
    start: input.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: input.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    url: input.url,
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("could not make the calendar event");
  return value;
}
