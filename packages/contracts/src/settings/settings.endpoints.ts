import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { publicSettingsSchema, settingsSchema, updateSettingsSchema } from "./settings.schemas.ts";

export const getSettings = defineEndpoint({
  method: "GET",
  path: "/settings",
  summary: "The team name, public address, e-mail sender, footer and support hours (admins)",
  tag: "Settings",
  responses: { 200: settingsSchema, 401: problemSchema, 404: problemSchema },
});

export const updateSettings = defineEndpoint({
  method: "PATCH",
  path: "/settings",
  summary: "Change settings; refused with 409 when another admin saved since `expectedUpdatedAt` (admins)",
  tag: "Settings",
  body: updateSettingsSchema,
  responses: {
    200: settingsSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const getPublicSettings = defineEndpoint({
  method: "GET",
  path: "/settings/public",
  summary: "The team name and support hours, for everybody (the contact page shows them)",
  tag: "Settings",
  responses: { 200: publicSettingsSchema },
});
