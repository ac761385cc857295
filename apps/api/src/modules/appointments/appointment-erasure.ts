// Erasure of a customer: their tickets' appointments go (with the phone number to call), in the
// erasure's own transaction; their places become free again.
import type { DbClient } from "../../db/prisma.ts";
import { deleteAppointmentsOf } from "./appointments.repository.ts";

export function eraseCustomerFromAppointments(tx: DbClient, ticketIds: string[]): Promise<number> {
  return deleteAppointmentsOf(tx, ticketIds);
}
