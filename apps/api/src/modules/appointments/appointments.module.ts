// What other modules use of appointments: booking a slot while a remote-support ticket is filed,
// and the appointment's line and calendar file in the ticket's confirmation e-mail.
export { bookReservedSlot, reserveSlot } from "./appointment-booking.ts";
export { appointmentConfirmation } from "./appointment-emails.ts";
export { eraseCustomerFromAppointments } from "./appointment-erasure.ts";
export { moveAppointment } from "./appointments.repository.ts";
