import { type RefObject, useEffect } from "react";

/** Someone typing (or choosing in a list) keeps every key: shortcuts never fire there. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

const forward = new Set(["j", "ArrowDown"]);
const backward = new Set(["k", "ArrowUp"]);

/**
 * The queue by keyboard: `j`/`k` move focus to the next or previous ticket's link (↓/↑ too, once a
 * ticket has focus: elsewhere the arrows keep scrolling the page), Enter opens it (what a link does
 * anyway) and `/` jumps to the search box. Real focus rather than a painted selection, so Tab order,
 * screen readers and the focus ring behave as everywhere else, and nothing extra is announced.
 * Rows are the links marked `data-queue-row` inside `rows`.
 */
export function useQueueKeyboard(
  rows: RefObject<HTMLElement | null>,
  search: RefObject<HTMLInputElement | null>,
) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        search.current?.focus();
        return;
      }
      const step = forward.has(event.key) ? 1 : backward.has(event.key) ? -1 : 0;
      if (step === 0) return;
      const links = [...(rows.current?.querySelectorAll<HTMLElement>("[data-queue-row]") ?? [])];
      const current = links.indexOf(document.activeElement as HTMLElement);
      if (links.length === 0 || (current === -1 && event.key.startsWith("Arrow"))) return;
      event.preventDefault();
      const next = current === -1 ? (step > 0 ? 0 : links.length - 1) : current + step;
      links[Math.min(Math.max(next, 0), links.length - 1)]?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [rows, search]);
}
