// What other modules may ask of tickets about their requesters: auth vouches for a ticket when its
// own confirmation link is followed; the e-mail intake finds whose ticket a reply belongs to, and
// whether a redelivered e-mail was added already.
export { findEmailReply } from "./ticket-messages.repository.ts";
export { findRequester, findRequesterByNumber, markTicketRequesterVerified } from "./tickets.repository.ts";
