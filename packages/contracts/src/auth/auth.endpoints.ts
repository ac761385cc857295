import { z } from "zod";
import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { userSchema } from "../identity/identity.schemas.ts";
import {
  acceptedSchema,
  emailLinkConfirmSchema,
  emailOnlySchema,
  loginRequestSchema,
  passwordResetConfirmSchema,
  sessionSchema,
} from "./auth.schemas.ts";

export const login = defineEndpoint({
  method: "POST",
  path: "/auth/login",
  summary: "Sign in with e-mail and password (staff and customers)",
  tag: "Auth",
  body: loginRequestSchema,
  responses: { 200: sessionSchema, 401: problemSchema, 429: problemSchema },
});

export const refreshSession = defineEndpoint({
  method: "POST",
  path: "/auth/refresh",
  summary: "Exchange the refresh-token cookie for a new access token (the cookie rotates)",
  tag: "Auth",
  responses: { 200: sessionSchema, 401: problemSchema },
});

export const logout = defineEndpoint({
  method: "POST",
  path: "/auth/logout",
  summary: "End the session of the refresh-token cookie",
  tag: "Auth",
  responses: { 204: null },
});

export const requestEmailLink = defineEndpoint({
  method: "POST",
  path: "/auth/email-link",
  summary: "E-mail a single-use sign-in link to a customer (always 202: no account enumeration)",
  tag: "Auth",
  body: emailOnlySchema,
  responses: { 202: acceptedSchema, 429: problemSchema },
});

export const confirmEmailLink = defineEndpoint({
  method: "POST",
  path: "/auth/email-link/confirm",
  summary: "Sign in with the token from an e-mailed link",
  tag: "Auth",
  body: emailLinkConfirmSchema,
  responses: { 200: sessionSchema, 401: problemSchema },
});

export const requestPasswordReset = defineEndpoint({
  method: "POST",
  path: "/auth/password-reset",
  summary: "E-mail a password-reset link (always 202: no account enumeration)",
  tag: "Auth",
  body: emailOnlySchema,
  responses: { 202: acceptedSchema, 429: problemSchema },
});

export const confirmPasswordReset = defineEndpoint({
  method: "POST",
  path: "/auth/password-reset/confirm",
  summary: "Set a new password with the token from the e-mailed link; ends every other session",
  tag: "Auth",
  body: passwordResetConfirmSchema,
  responses: { 204: null, 401: problemSchema },
});

export const getMe = defineEndpoint({
  method: "GET",
  path: "/me",
  summary: "The signed-in user",
  tag: "Auth",
  responses: { 200: z.object({ user: userSchema }).meta({ id: "Me" }), 401: problemSchema },
});
