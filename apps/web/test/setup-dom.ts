import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Lazily loaded pages are transformed on first use, which can take more than the default second;
// the agent workspace's chunk took over 3 s on a busy 2-core machine. A passing wait ends at once,
// so a long limit costs only a failing test its time.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = "nl";
  document.title = "";
});

// jsdom has no layout, so it cannot scroll; React Router's <ScrollRestoration> calls this on navigation.
window.scrollTo = () => undefined;
