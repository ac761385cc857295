// What other modules use of the e-mail intake: moving the originals of messages that moved to
// another ticket (the tickets module merges and splits tickets).
export { moveInboundEmails } from "./inbound-emails.repository.ts";
