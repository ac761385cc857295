import { useState } from "react";

const KEY = "helpdesk.queueDensity";

/** Whether this agent reads the queue compact; kept in this browser, so it stays after a reload. */
export function useQueueDensity(): [boolean, (compact: boolean) => void] {
  const [compact, setCompact] = useState(() => readDensity() === "compact");
  const choose = (next: boolean) => {
    setCompact(next);
    try {
      localStorage.setItem(KEY, next ? "compact" : "comfortable");
    } catch {
      // Storage refused (private mode, full): the choice lasts for this page only.
    }
  };
  return [compact, choose];
}

function readDensity(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
