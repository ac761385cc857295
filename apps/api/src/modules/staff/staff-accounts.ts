// What other modules may do with staff records: sign-in (auth), assignment and service-level
// warnings (tickets).
export {
  findStaffCredentialsByEmail,
  findStaffProfile,
  findTicketWorker,
  listTeamAddresses,
  setStaffPasswordHash,
} from "./staff.repository.ts";
