import { useEffect, useState } from "react";

/** A start/stop timer: while running, the seconds since start; `stop` gives the started minutes. */
export function useTimer() {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, [startedAt]);
  const seconds = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  return {
    running: startedAt !== null,
    elapsed: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`,
    start: () => {
      setNow(Date.now());
      setStartedAt(Date.now());
    },
    /** Stops and returns the minutes worked, at least 1 (a started minute counts). */
    stop: (): number => {
      const minutes = startedAt === null ? 0 : Math.max(1, Math.ceil((Date.now() - startedAt) / 60_000));
      setStartedAt(null);
      return minutes;
    },
  };
}
