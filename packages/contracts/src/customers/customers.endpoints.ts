import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  customerIdParamsSchema,
  customerSearchPageSchema,
  customerSearchQuerySchema,
  customerViewSchema,
} from "./customers.schemas.ts";

export const getCustomer = defineEndpoint({
  method: "GET",
  path: "/customers/:id",
  summary: "A customer, with exactly the fields the caller's role may see (404 when it may see none)",
  tag: "Customers",
  params: customerIdParamsSchema,
  responses: { 200: customerViewSchema, 401: problemSchema, 404: problemSchema },
});

export const searchCustomers = defineEndpoint({
  method: "GET",
  path: "/customers",
  summary: "Search customers by name, e-mail, phone or domain (staff who may see customer data)",
  tag: "Customers",
  query: customerSearchQuerySchema,
  responses: { 200: customerSearchPageSchema, 401: problemSchema, 404: problemSchema },
});
