import type { Messages } from "../../../i18n/messages.ts";
import type { ticketRelationsNl } from "./ticket-relations.nl.ts";

export const ticketRelationsEn = {
  merge: {
    title: "Merge",
    purpose: "Is this ticket about the same thing as another ticket of this customer? Merge them.",
    target: "Merge into",
    choose: "Choose a ticket",
    none: "This customer has no other open ticket.",
    noCustomer: "This ticket has no customer: it cannot be merged.",
    review: "Review",
    confirmTitle: "What will happen",
    confirm1: "Ticket {{source}} is closed and points to {{target}} from now on.",
    confirm2: "All messages, attachments, logged time and the history are then with {{target}}.",
    confirm3: "The customer gets one e-mail saying the questions were merged, without staff names.",
    submit: "Merge",
    cancel: "Cancel",
    done: "Ticket merged into {{target}}.",
    failed: "Merging failed: {{detail}}",
  },
  merged: {
    staff: "This ticket was merged into ticket {{number}}.",
    open: "Open ticket {{number}}",
  },
  split: {
    button: "Split",
    label: "Split this message into a new ticket",
    confirm:
      "This message and its attachments become a new ticket for the same customer. The customer gets an e-mail about it.",
    submit: "Create new ticket",
    cancel: "Cancel",
    done: "New ticket {{number}} created.",
    failed: "Splitting failed: {{detail}}",
  },
  links: {
    title: "Linked tickets",
    none: "No linked tickets yet.",
    search: "Ticket number",
    searchHint: "For example 385017264",
    find: "Search",
    noMatch: "No ticket found for “{{q}}”.",
    link: "Link",
    linkLabel: "Link ticket {{number}}",
    unlink: "Unlink",
    unlinkLabel: "Unlink ticket {{number}}",
    linked: "Ticket {{number}} linked.",
    unlinked: "Ticket {{number}} unlinked.",
    failed: "Linking failed: {{detail}}",
  },
  conflict: {
    message: "Someone else changed this ticket after you opened it. Your change was not saved.",
    reload: "Reload ticket",
  },
} as const satisfies Messages<typeof ticketRelationsNl>;
