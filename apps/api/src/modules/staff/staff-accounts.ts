// What other modules may do with staff records: sign-in (auth) and assignment (tickets).
export {
  findStaffCredentialsByEmail,
  findStaffProfile,
  findTicketWorker,
  setStaffPasswordHash,
} from "./staff.repository.ts";
