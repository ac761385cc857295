import { z } from "zod";
import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { customerIdParamsSchema } from "../customers/customers.schemas.ts";
import { privateDataAccessPageSchema, privateDataAccessQuerySchema } from "./privacy.schemas.ts";

export const listCustomerPrivateDataAccess = defineEndpoint({
  method: "GET",
  path: "/customers/:id/private-data-access",
  summary:
    "Who was shown this customer's address, bank account or date of birth, newest first (admins and customer service)",
  tag: "Privacy",
  params: customerIdParamsSchema,
  query: privateDataAccessQuerySchema,
  responses: { 200: privateDataAccessPageSchema, 401: problemSchema, 404: problemSchema },
});

export const listStaffPrivateDataAccess = defineEndpoint({
  method: "GET",
  path: "/staff/:id/private-data-access",
  summary: "Which customers' private fields this staff member was shown, newest first (admins only)",
  tag: "Privacy",
  params: z.object({ id: z.uuid() }),
  query: privateDataAccessQuerySchema,
  responses: { 200: privateDataAccessPageSchema, 401: problemSchema, 404: problemSchema },
});
