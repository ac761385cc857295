import { z } from "zod";
import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { customerIdParamsSchema } from "../customers/customers.schemas.ts";
import {
  customerErasureRequestSchema,
  customerErasureSchema,
  dataExportDownloadSchema,
  dataExportRequestedSchema,
  privateDataAccessPageSchema,
  privateDataAccessQuerySchema,
} from "./privacy.schemas.ts";

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

export const eraseCustomer = defineEndpoint({
  method: "POST",
  path: "/customers/:id/erasure",
  summary:
    "Erase a customer (right to be forgotten): personal fields cleared, tickets kept but scrubbed of them, files deleted, sessions ended (customer service and admins; 409 when erased already)",
  tag: "Privacy",
  params: customerIdParamsSchema,
  body: customerErasureRequestSchema,
  responses: {
    200: customerErasureSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const getCustomerErasure = defineEndpoint({
  method: "GET",
  path: "/customers/:id/erasure",
  summary: "The record of a customer's erasure: who, when, why, how much (customer service and admins)",
  tag: "Privacy",
  params: customerIdParamsSchema,
  responses: { 200: customerErasureSchema, 401: problemSchema, 404: problemSchema },
});

export const requestMyDataExport = defineEndpoint({
  method: "POST",
  path: "/me/data-export",
  summary:
    "A signed-in customer asks for everything we hold about them: one archive, prepared by a job and e-mailed as a single-use link (409 while one is being prepared)",
  tag: "Privacy",
  responses: { 202: dataExportRequestedSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const requestCustomerDataExport = defineEndpoint({
  method: "POST",
  path: "/customers/:id/data-export",
  summary:
    "Customer service starts the data export for a customer who asked by ticket; the link goes to the customer, never to staff",
  tag: "Privacy",
  params: customerIdParamsSchema,
  responses: { 202: dataExportRequestedSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const downloadMyDataExport = defineEndpoint({
  method: "POST",
  path: "/me/data-export/download",
  summary:
    "The archive of the e-mailed link, once, for the customer it was made for (404 for a used, expired or unknown link, or another account's)",
  tag: "Privacy",
  body: dataExportDownloadSchema,
  download: true,
  responses: { 200: null, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
