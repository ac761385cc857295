-- Ticket numbers from a sequence (issue 20). The API turns each value 0..899,999,999 into a
-- nine-digit number through a keyed permutation (apps/api/src/modules/tickets/ticket-number.ts);
-- the six-digit numbers given before stay as they are. The sequence stops rather than wraps.
CREATE SEQUENCE "ticket_number_seq" AS integer MINVALUE 0 MAXVALUE 899999999 START WITH 0 NO CYCLE;

-- A ticket number is six digits (given before the sequence) or nine (from the sequence): the two
-- ranges cannot meet.
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_number_range"
  CHECK ("number" BETWEEN 100000 AND 999999 OR "number" BETWEEN 100000000 AND 999999999);
