// What other modules may do with staff records: sign-in (auth), assignment (tickets), and naming
// who was shown private data (privacy).
export {
  findStaffCredentialsByEmail,
  findStaffNames,
  findStaffProfile,
  findTicketWorker,
  setStaffPasswordHash,
} from "./staff.repository.ts";
