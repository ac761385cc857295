import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  policyParamsSchema,
  recomputeRequestSchema,
  recomputeResultSchema,
  serviceCalendarSchema,
  serviceLevelPolicyInputSchema,
  serviceLevelPolicyListSchema,
  serviceLevelPolicySchema,
  serviceLevelReportQuerySchema,
  serviceLevelReportSchema,
} from "./service-levels.schemas.ts";

export const listServiceLevelPolicies = defineEndpoint({
  method: "GET",
  path: "/service-levels/policies",
  summary: "Admins: the targets of every service level and priority",
  tag: "Service levels",
  responses: { 200: serviceLevelPolicyListSchema, 401: problemSchema, 404: problemSchema },
});

export const updateServiceLevelPolicy = defineEndpoint({
  method: "PUT",
  path: "/service-levels/policies/:level/:priority",
  summary:
    "Admins: set the targets of a level and priority. Tickets keep the targets they were given; ask POST /service-levels/recompute to apply new ones",
  tag: "Service levels",
  params: policyParamsSchema,
  body: serviceLevelPolicyInputSchema,
  responses: { 200: serviceLevelPolicySchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getServiceCalendar = defineEndpoint({
  method: "GET",
  path: "/service-levels/calendar",
  summary: "Admins: the business calendar (working hours, time zone, holidays, closing days)",
  tag: "Service levels",
  responses: { 200: serviceCalendarSchema, 401: problemSchema, 404: problemSchema },
});

export const updateServiceCalendar = defineEndpoint({
  method: "PUT",
  path: "/service-levels/calendar",
  summary: "Admins: set the business calendar; running due times are not rewritten unless recomputed",
  tag: "Service levels",
  body: serviceCalendarSchema,
  responses: { 200: serviceCalendarSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const recomputeServiceLevels = defineEndpoint({
  method: "POST",
  path: "/service-levels/recompute",
  summary:
    "Admins: give tickets the level and targets that apply now (after a policy, calendar or customer level change); on each ticket's audit trail",
  tag: "Service levels",
  body: recomputeRequestSchema,
  responses: { 200: recomputeResultSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getServiceLevelReport = defineEndpoint({
  method: "GET",
  path: "/service-levels/report",
  summary:
    "Admins and customer service: per level and week, the share of first responses within target and the median first-response time in working hours",
  tag: "Service levels",
  query: serviceLevelReportQuerySchema,
  responses: { 200: serviceLevelReportSchema, 401: problemSchema, 404: problemSchema },
});
