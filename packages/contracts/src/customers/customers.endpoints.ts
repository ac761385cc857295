import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  customerEventListSchema,
  customerIdParamsSchema,
  customerSearchPageSchema,
  customerSearchQuerySchema,
  customerViewSchema,
  updateCustomerBillingSchema,
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

export const updateCustomerBilling = defineEndpoint({
  method: "PATCH",
  path: "/customers/:id/billing",
  summary:
    "Change a customer's billing periods and IBAN, with a reason that the audit trail keeps (billing only)",
  tag: "Customers",
  params: customerIdParamsSchema,
  body: updateCustomerBillingSchema,
  responses: {
    200: customerViewSchema,
    400: problemSchema,
    401: problemSchema,
    403: problemSchema,
    404: problemSchema,
  },
});

export const listCustomerEvents = defineEndpoint({
  method: "GET",
  path: "/customers/:id/events",
  summary: "The audit trail of a customer's record (customer service, billing and admins)",
  tag: "Customers",
  params: customerIdParamsSchema,
  responses: { 200: customerEventListSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
