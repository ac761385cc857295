// What other modules may do with staff records: sign-in (auth), assignment and service-level
// warnings (tickets), and naming who was shown private data (privacy).
export {
  findStaffCredentialsByEmail,
  findStaffNames,
  findStaffProfile,
  findTicketWorker,
  listTeamAddresses,
  setStaffPasswordHash,
} from "./staff.repository.ts";
