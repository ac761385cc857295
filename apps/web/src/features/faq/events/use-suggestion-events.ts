import { useEffect, useRef, useState } from "react";
import { sendSuggestionEvents } from "./send-suggestion-events.ts";
import { createSuggestionEventReporter, type SuggestionEventReporter } from "./suggestion-event-reporter.ts";

/**
 * The suggestion events of one ticket form, from its mount to its end: sent when the page is hidden
 * (the last moment a phone surely gives us), ended as abandoned when the page is left (`pagehide`)
 * or the form is unmounted without filing (another page of the app). A hidden page is not a left
 * one: a clicked suggestion opens in a new tab, which hides this one.
 */
export function useSuggestionEvents(send = sendSuggestionEvents): SuggestionEventReporter {
  const [reporter] = useState(() => createSuggestionEventReporter({ send }));
  const mounts = useRef(0);
  useEffect(() => {
    mounts.current += 1;
    const onVisibility = () => {
      if (document.visibilityState === "hidden") reporter.flushHidden();
    };
    const onPageHide = () => reporter.left();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      mounts.current -= 1;
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      // StrictMode unmounts and mounts again at once in development: only a lasting unmount leaves.
      setTimeout(() => {
        if (mounts.current === 0) reporter.left();
      }, 0);
    };
  }, [reporter]);
  return reporter;
}
