// What other modules may do with customer records: sign-in (auth), and finding or making the
// requester of a ticket (tickets). Everything else about customers goes through the service.
export {
  type CustomerContact,
  customerHasService,
  findCustomerContact,
  findCustomerCredentialsByEmail,
  findOrCreateCustomerByEmail,
  markCustomerEmailVerified,
  setCustomerPasswordHash,
} from "./customers.repository.ts";
