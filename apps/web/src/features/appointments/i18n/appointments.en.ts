import type { Messages } from "../../../i18n/messages.ts";
import type { appointmentsNl } from "./appointments.nl.ts";

export const appointmentsEn = {
  slot: {
    day: "Day",
    time: "Time",
    hint: "Choose a free time. A support engineer will call you then.",
    loading: "Loading free times…",
    none: "There are no free times in the coming week. Choose another request or call us.",
    failed: "The free times could not be loaded.",
    range: "{{from}} – {{to}}",
    places: "{{count}} place(s) left",
  },
  phone: "Phone number we call you on",
  phoneHint: "For example 06 12345678 or +31 20 1234567.",
  ticket: {
    title: "Your appointment",
    when: "{{day}}, {{from}} – {{to}}",
    call: "We will call you on {{phone}}.",
  },
  today: {
    title: "Today's appointments",
    titleOn: "Appointments on {{date}}",
    date: "Date",
    empty: "No appointments on this day.",
    time: "Time",
    ticket: "Ticket",
    customer: "Customer",
    phone: "Phone",
    unknown: "Unknown",
  },
  settings: {
    title: "Remote appointments",
    intro:
      "Free times follow the opening hours, holidays and closing days of the service calendar. Booked appointments keep their time.",
    slotMinutes: "Length of an appointment (minutes)",
    capacity: "Staff per time slot",
    save: "Save",
    saved: "Saved.",
  },
} satisfies Messages<typeof appointmentsNl>;
