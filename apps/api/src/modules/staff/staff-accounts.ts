// What other modules may do with staff records: sign-in (auth), assignment and service-level
// warnings (tickets), naming who was shown private data (privacy), and the accounts API tokens act
// as (api-tokens), who is notified and mentioned (notifications).
export {
  findStaffCredentialsByEmail,
  findStaffNames,
  findStaffProfile,
  findTicketWorker,
  insertApiTokenAccount,
  listAdminAddresses,
  listNotifiableStaff,
  listTeamAddresses,
  setStaffPasswordHash,
} from "./staff.repository.ts";
