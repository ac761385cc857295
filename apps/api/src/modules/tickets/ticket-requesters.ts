// What other modules may ask of tickets about their requesters: auth vouches for a customer's
// tickets once the address is proven; the e-mail intake finds whose ticket a reply belongs to, and
// whether a redelivered e-mail was added already.
export { findEmailReply } from "./ticket-messages.repository.ts";
export { findRequester, findRequesterByNumber, markRequesterVerified } from "./tickets.repository.ts";
