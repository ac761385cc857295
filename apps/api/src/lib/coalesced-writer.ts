/**
 * One write for many callers: items handed in while a write is running go together into the next
 * one. Each caller's promise settles when the write that carried its item has finished (and
 * rejects when that write failed), so a caller still knows its item is stored before going on.
 */
export function createCoalescedWriter<T>(write: (items: T[]) => Promise<void>) {
  let gathering: { items: T[]; written: Promise<void> } | undefined;
  let previous: Promise<void> = Promise.resolve();
  return function add(item: T): Promise<void> {
    if (!gathering) {
      const batch: { items: T[]; written: Promise<void> } = { items: [], written: Promise.resolve() };
      batch.written = previous
        .catch(() => undefined)
        .then(() => {
          // From here on, new items wait for the next write.
          if (gathering === batch) gathering = undefined;
          return write(batch.items);
        });
      previous = batch.written;
      gathering = batch;
    }
    gathering.items.push(item);
    return gathering.written;
  };
}
