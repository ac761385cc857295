// What erasure (privacy) asks of the e-mail intake: the originals of a customer's e-mails go.
export { deleteInboundEmailsOfTickets as forgetEmailOriginalsOf } from "./inbound-emails.repository.ts";
