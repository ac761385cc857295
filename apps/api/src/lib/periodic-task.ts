/**
 * Runs a task now and then again after each pause, until stopped; a failed run is reported and the
 * next one comes as usual. The pause starts when a run ends, so runs never overlap in one process.
 */
export function createPeriodicTask(
  task: () => Promise<unknown>,
  options: { intervalMs: number; onError: (error: unknown) => void },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function tick() {
    if (stopped) return;
    try {
      running = task();
      await running;
    } catch (error) {
      options.onError(error);
    } finally {
      running = undefined;
      if (!stopped) timer = setTimeout(tick, options.intervalMs);
    }
  }

  return {
    start() {
      stopped = false;
      timer = setTimeout(tick, 0);
    },
    /** Stops the timer and waits for a run in progress (for a graceful shutdown). */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
