// What other modules may do with customer records: sign-in (auth), and finding or making the
// requester of a ticket and the service levels it bought (tickets). Everything else about customers goes through the service.
export {
  type CustomerContact,
  customerHasService,
  findCustomerContact,
  findCustomerCredentialsByEmail,
  findOrCreateCustomerByEmail,
  findServiceLevels,
  markCustomerEmailVerified,
  setCustomerPasswordHash,
} from "./customers.repository.ts";
