// What other modules may do with customer records: sign-in (auth), finding or making the requester
// of a ticket and the service levels it bought (tickets), erasure and retention (privacy). Everything else
// about customers goes through the service.
export {
  type CustomerContact,
  customerHasService,
  eraseCustomerRecord,
  findCustomerContact,
  findCustomerCredentialsByEmail,
  findFormerCustomers,
  findOrCreateCustomerByEmail,
  findServiceLevels,
  markCustomerEmailVerified,
  setCustomerPasswordHash,
} from "./customers.repository.ts";
