import { useAuth } from "../../auth/session/auth-context.tsx";
import { useLiveUpdates } from "../use-live-updates.ts";

/** Keeps the signed-in tab's screens current (see `useLiveUpdates`); renders nothing. */
export function LiveUpdates() {
  const auth = useAuth();
  useLiveUpdates(auth.status === "signedIn" ? auth.user.id : undefined);
  return null;
}
