import { linkTokenSchema } from "@helpdesk/contracts";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * The token of an e-mailed link (`…#token=…`). The fragment never reaches a server or a Referer
 * header; once read, it is also taken out of the address bar and the history, so it does not linger
 * on screen or in a bookmark. Returns `undefined` when there is none, `null` when it is malformed.
 */
export function useLinkToken(): string | null | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => {
    const raw = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
    if (raw === null) return undefined;
    return linkTokenSchema.safeParse(raw).success ? raw : null;
  });
  const hasHash = location.hash !== "";
  useEffect(() => {
    if (hasHash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [hasHash, navigate, location.pathname, location.search]);
  return token;
}
