import {
  acceptStaffInvitation,
  confirmEmailLink,
  confirmPasswordReset,
  login,
  requestEmailLink,
  requestPasswordReset,
  type Session,
} from "@helpdesk/contracts";
import { useMutation } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { useAuthSession } from "../session/auth-context.tsx";

/** Password sign-in; on success the tab's session holds the new access token. */
export function useLogin() {
  const session = useAuthSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => request(login, { body }),
    onSuccess: (result: Session) => session.signIn(result),
  });
}

/** Signs in with the token from an e-mailed link. */
export function useConfirmEmailLink() {
  const session = useAuthSession();
  return useMutation({
    mutationFn: (token: string) => request(confirmEmailLink, { body: { token } }),
    onSuccess: (result: Session) => session.signIn(result),
  });
}

/** Always accepted (202), whether or not the address belongs to a customer. */
export const useRequestEmailLink = () =>
  useMutation({ mutationFn: (email: string) => request(requestEmailLink, { body: { email } }) });

export const useRequestPasswordReset = () =>
  useMutation({ mutationFn: (email: string) => request(requestPasswordReset, { body: { email } }) });

export const useConfirmPasswordReset = () =>
  useMutation({
    mutationFn: (body: { token: string; password: string }) => request(confirmPasswordReset, { body }),
  });

/** The invited staff member's first password, set with the token of the invitation e-mail. */
export const useAcceptStaffInvitation = () =>
  useMutation({
    mutationFn: (body: { token: string; password: string }) => request(acceptStaffInvitation, { body }),
  });
