import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region for the whole app, outside the pages, so it survives navigation: "you are
 * signed in", "a link is on its way". Screen readers read what appears in it; nothing is shown.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: "", key: 0 });
  const announce = useCallback(
    (text: string) => setMessage((previous) => ({ text, key: previous.key + 1 })),
    [],
  );
  return (
    <AnnounceContext value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {/* A new element for every message, so the same sentence twice is read twice. */}
        <p key={message.key}>{message.text}</p>
      </div>
    </AnnounceContext>
  );
}

/** Says something to screen-reader users without moving their focus. */
export const useAnnounce = () => useContext(AnnounceContext);
