// The Support Center as a visitor's browser gets it: the production build, served with SPA fallback,
// in headless Chromium, with `/api` proxied to the real API on its own PostgreSQL database (with the
// demo accounts) and a real SMTP server in this process, whose e-mails the sign-in-link journey reads.
// Screenshots land in <repo>/artifacts/screenshots/ (git-ignored): look at them after a change.
import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebServer } from "../../server/web-server.ts";
import { launchChromium } from "./launch-chromium.ts";
import { findFreePort, prepareDemoDatabase, querySql, runSql, startApi } from "./real-api.ts";
import { type SmtpInbox, startSmtpInbox } from "./smtp-inbox.ts";

const webRoot = fileURLToPath(new URL("../..", import.meta.url));
const repoRoot = path.resolve(webRoot, "../..");
const screenshotDir = path.join(repoRoot, "artifacts", "screenshots");
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

const DEMO_PASSWORD = "demo-password";

/** `vite build` as a separate process: vitest sets NODE_ENV=test, which would give a development build. */
async function buildApp() {
  const viteBin = path.join(webRoot, "node_modules", "vite", "bin", "vite.js");
  await promisify(execFile)(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
    cwd: webRoot,
    env: { ...process.env, NODE_ENV: "production" },
  });
}

let server: Server | undefined;
let browser: Browser | undefined;
let inbox: SmtpInbox | undefined;
const stops: (() => Promise<void>)[] = [];
let baseUrl = "";
let databaseUrl = "";

beforeAll(async () => {
  // The slow parts side by side: the production build, and a migrated, seeded database.
  const [database] = await Promise.all([prepareDemoDatabase(), buildApp()]);
  stops.push(database.stop);
  databaseUrl = database.url;
  const smtp = await startSmtpInbox();
  inbox = smtp;
  stops.push(smtp.close);

  const apiPort = await findFreePort();
  // Served as `pnpm start` serves it: the built files only, with the product's security headers
  // (a Content-Security-Policy violation shows up as a console error, which the journeys check).
  server = createWebServer({ distDir: path.join(webRoot, "dist"), apiUrl: `http://127.0.0.1:${apiPort}` });
  const web = server;
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  const address = web.address();
  if (address === null || typeof address === "string") throw new Error("the web server has no port");
  baseUrl = `http://127.0.0.1:${address.port}`;

  const api = await startApi({
    databaseUrl: database.url,
    smtpUrl: smtp.url,
    port: apiPort,
    publicUrl: baseUrl,
  });
  stops.push(api.stop);

  await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  for (const stop of stops.reverse()) await stop();
});

/** A fresh browser profile: its own cookies (refresh token) and storage, as a different visitor. */
async function newVisitor(): Promise<BrowserContext> {
  if (!browser) throw new Error("browser did not start");
  return browser.newContext({ viewport: desktop });
}

interface Visit {
  page: Page;
  /** URLs the page requested, in order. */
  requests: string[];
  /** Uncaught exceptions and console errors, except failed calls to the (absent) API. */
  errors: string[];
}

async function visit(
  pathname: string,
  options: { viewport?: typeof desktop; context?: BrowserContext; offline?: boolean } = {},
): Promise<Visit> {
  const context = options.context ?? (await newVisitor());
  const page = await context.newPage();
  const viewport = options.viewport ?? desktop;
  // The API "down": every call to it fails as if the server could not be reached.
  if (options.offline) await page.route("**/api/**", (route) => route.abort("connectionrefused"));
  await page.setViewportSize(viewport);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Chromium reports every failed API response (the 401 of the silent sign-in for a visitor who is
    // not signed in, an unreachable API) as a console error; those are answers, not faults.
    const fromApi = (message.location().url ?? "").includes("/api/");
    if (message.type() === "error" && !fromApi) errors.push(`console: ${message.text()}`);
  });
  const response = await page.goto(`${baseUrl}${pathname}`);
  expect(response?.status()).toBe(200);
  return { page, requests, errors };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/** `<name>.png` at 1280 px, then `<name>-phone.png` at 390 px, which must not scroll sideways. */
async function screenshotAtBothWidths(page: Page, name: string) {
  await screenshot(page, name);
  await page.setViewportSize(phone);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

const isAgentChunk = (url: string) => /\/assets\/agent-workspace-[^/]+\.js$/.test(url);
/** The workspace's own stylesheet: it loads with the workspace, never with the Support Center. */
const isAgentStylesheet = (url: string) => /\/assets\/agent-workspace-[^/]+\.css$/.test(url);

describe("Support Center in Chromium", () => {
  it("renders the shell on / in Dutch, reports an unreachable API as offline, and loads no agent code", async () => {
    const { page, requests, errors } = await visit("/", { offline: true });

    await page.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }).waitFor();
    const header = page.getByRole("banner");
    expect(await header.getByRole("link", { name: "Support Center" }).isVisible()).toBe(true);
    expect(await header.getByRole("navigation", { name: "Hoofdmenu" }).isVisible()).toBe(true);
    expect(await header.getByRole("button", { name: "Nederlands" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByRole("search").getByRole("searchbox").isVisible()).toBe(true);
    await page.getByRole("contentinfo").getByText("offline", { exact: true }).waitFor();
    expect(await page.getByRole("contentinfo").textContent()).toContain("Status van de dienst: offline");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.title()).toBe("Hulp en contact · Support Center");

    await screenshot(page, "home-desktop");
    expect(requests.some((url) => url.endsWith("/api/v1/health"))).toBe(true);
    expect(requests.filter(isAgentChunk)).toEqual([]);
    expect(requests.filter(isAgentStylesheet)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("serves a deep link (/tickets/new) through the SPA fallback", async () => {
    const { page, errors } = await visit("/tickets/new");

    await page.getByRole("heading", { level: 1, name: "Vraag stellen" }).waitFor();
    const current = page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Vraag stellen" });
    expect(await current.getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("group", { name: "Waar gaat je vraag over?" }).isVisible()).toBe(true);

    await screenshot(page, "tickets-new-desktop");
    await page.setViewportSize(phone);
    await page.getByRole("radio", { name: "Opzeggen" }).check();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await screenshot(page, "tickets-new-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fits a 390 px wide phone screen without sideways scrolling", async () => {
    const { page, errors } = await visit("/", { viewport: phone, offline: true });

    await page.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }).waitFor();
    await page.getByRole("contentinfo").getByText("offline", { exact: true }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);

    await screenshot(page, "home-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a not-found page for an unknown address", async () => {
    const { page, errors } = await visit("/dit/bestaat/niet");

    await page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("/dit/bestaat/niet");

    await screenshot(page, "not-found-desktop");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets a keyboard user skip to the content, with a visible focus indicator", async () => {
    const { page } = await visit("/");
    await page.getByRole("heading", { level: 1 }).waitFor();

    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skipLink.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, "skip-link-focus.png") });

    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = document.activeElement ? getComputedStyle(document.activeElement) : undefined;
      return {
        text: document.activeElement?.textContent,
        outline: style?.outlineStyle,
        width: style?.outlineWidth,
      };
    });
    expect(outline).toEqual({ text: "Home", outline: "solid", width: "3px" });
    await page.screenshot({ path: path.join(screenshotDir, "nav-focus.png") });
    await page.context().close();
  });

  it("switches to English, sets <html lang> and remembers the choice after a reload", async () => {
    const { page, errors } = await visit("/", { offline: true });
    await page.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }).waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "How can we help you?" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "How can we help you?" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Main menu" }).isVisible()).toBe(true);
    await page.getByRole("contentinfo").getByText("offline", { exact: true }).waitFor();
    expect(await page.getByRole("contentinfo").textContent()).toContain("Service status: offline");
    await screenshot(page, "home-desktop-en");

    await page.evaluate(() => localStorage.clear());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("The FAQ, against the real API", () => {
  it("a visitor searches the FAQ from the home page, opens an article by keyboard at its stable address, and can still ask a question", async () => {
    const { page, errors } = await visit("/");
    // Categories and every article, from the API.
    const topics = page.getByRole("navigation", { name: "Onderwerpen" });
    await topics.getByRole("link").first().waitFor();
    expect(await topics.getByRole("link").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".faq-group a").count()).toBeGreaterThanOrEqual(5);
    // Above them, the popular articles: by use, or while there is none (as here) every topic's
    // first question.
    const popular = page.getByRole("region", { name: "Populaire artikelen" });
    await popular.getByRole("link").first().waitFor();
    expect(await popular.getByRole("link").count()).toBe(5);
    for (const href of await popular
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).toMatch(/^\/faq\/[a-z0-9-]+$/);
    }
    await screenshot(page, "home-faq-overview");
    await page.setViewportSize(phone);
    await screenshot(page, "home-popular-articles-phone");
    await page.setViewportSize(desktop);

    // Instant results while typing (debounced), announced, in the address.
    const box = page.getByRole("search").getByRole("searchbox", { name: "Zoek in de veelgestelde vragen" });
    await box.pressSequentially("iban wijzigen", { delay: 30 });
    const results = page.getByRole("region", { name: "Resultaten voor „iban wijzigen”" });
    const first = results.getByRole("link").first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute("href")).toMatch(/^\/faq\/[a-z0-9-]+$/);
    await page
      .getByTestId("announcer")
      .getByText(/gevonden voor „iban wijzigen”/)
      .waitFor({ state: "attached" });
    expect(new URL(page.url()).search).toBe("?q=iban+wijzigen");
    await screenshot(page, "home-faq-search-results");

    // Keyboard only: down arrow to the first result, Enter opens it.
    const title = (await first.textContent()) ?? "";
    const href = (await first.getAttribute("href")) ?? "";
    await page.keyboard.press("ArrowDown");
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
    const main = page.getByRole("main");
    expect(await main.textContent()).toMatch(/Onderwerp: .+/);
    expect(await main.textContent()).toMatch(/Bijgewerkt op \d{1,2} \w+ \d{4}/);
    expect(await page.locator(".faq-article__body p").count()).toBeGreaterThan(0);
    await screenshot(page, "faq-article");

    // The same address works on its own (a bookmark, an agent's link), also on a phone.
    const direct = await visit(href, { viewport: phone });
    await direct.page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(
      await direct.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await screenshot(direct.page, "faq-article-phone");
    expect(direct.errors).toEqual([]);
    await direct.page.context().close();

    await page
      .getByRole("complementary", { name: "Niet geholpen?" })
      .getByRole("link", { name: "Stel een vraag" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Vraag stellen" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Signs in on /login with the password form and waits until the app has left the login page. */
async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD) {
  const form = page.getByRole("form", { name: "Met je wachtwoord" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(password);
  await form.getByRole("button", { name: "Inloggen" }).click();
}

const accountOf = (page: Page) => page.getByRole("banner").getByRole("region", { name: "Je account" });

describe("Signing in, against the real API", () => {
  it("a customer signs in with their password, sees their name in the header, and stays signed in after a reload", async () => {
    const { page, errors } = await visit("/login");
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "Inloggen" }).waitFor();

    await signInWithPassword(page, "customer@demo.test", "niet-het-wachtwoord");
    await page.getByText("E-mailadres of wachtwoord is niet juist.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("form-alert");
    await screenshot(page, "login-wrong-password");

    await signInWithPassword(page, "customer@demo.test");
    await page.getByRole("heading", { level: 1, name: "Mijn tickets" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/tickets");
    expect(await accountOf(page).textContent()).toContain("Ingelogd als Jan de Vries");
    await screenshotAtBothWidths(page, "customer-signed-in");

    // The access token lived in memory only; the refresh cookie brings the session back.
    expect(
      await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)),
    ).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Mijn tickets" }).waitFor();
    expect(await accountOf(page).textContent()).toContain("Jan de Vries");

    await accountOf(page).getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }).waitFor();
    // Signed out once the header offers to sign in again (the API has ended the session by then; a
    // reload before that would cut the request off and keep the session).
    await page.getByRole("banner").getByRole("link", { name: "Inloggen" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Hoe kunnen we je helpen?" }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "Inloggen" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a customer asks for a sign-in link, opens it from the e-mail and is signed in", async () => {
    const { page, errors } = await visit("/login");
    const form = page.getByRole("form", { name: "Liever zonder wachtwoord?" });
    await form.getByLabel("E-mailadres").fill("customer2@demo.test");
    await form.getByRole("button", { name: "Stuur me een inloglink" }).click();
    await form.getByText(/Als customer2@demo.test bij ons bekend is, is er nu een inloglink/).waitFor();
    await screenshot(page, "login-link-sent");

    const email = await (inbox as SmtpInbox).waitFor("customer2@demo.test");
    const link = email.text.match(/https?:\/\/\S+\/login\/link#token=\S+/)?.[0];
    expect(link?.startsWith(`${baseUrl}/login/link#token=`)).toBe(true);

    await page.goto(link as string);
    await page.getByRole("heading", { level: 1, name: "Mijn tickets" }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/tickets`);
    expect(await accountOf(page).textContent()).toContain("Ingelogd als Fatima El Amrani");
    await screenshot(page, "customer-signed-in-by-link");

    // The link works once.
    await page.goto(link as string);
    await page.getByRole("heading", { level: 1, name: "Deze inloglink werkt niet" }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/login/link`);
    await page.getByText("Je bent al ingelogd als Fatima El Amrani.").waitFor();
    await screenshot(page, "login-link-used");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("staff sign in and reach the workspace, loaded as a separate chunk; a customer at /agent is told it is for staff", async () => {
    const staff = await visit("/agent");
    await staff.page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    expect(new URL(staff.page.url()).search).toBe("?returnTo=%2Fagent");
    expect(staff.requests.filter(isAgentChunk)).toEqual([]);

    await signInWithPassword(staff.page, "agent@demo.test");
    await staff.page.getByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }).waitFor();
    expect(new URL(staff.page.url()).pathname).toBe("/agent");
    expect(await accountOf(staff.page).textContent()).toContain("Ingelogd als Sam Support");
    expect(staff.requests.filter(isAgentChunk)).toHaveLength(1);
    expect(staff.requests.filter(isAgentStylesheet)).toHaveLength(1);
    await screenshot(staff.page, "agent-signed-in");
    expect(staff.errors).toEqual([]);
    await staff.page.context().close();

    const customer = await visit("/login?returnTo=%2Fagent");
    await signInWithPassword(customer.page, "customer@demo.test");
    await customer.page.getByRole("heading", { level: 1, name: "Alleen voor medewerkers" }).waitFor();
    expect(await customer.page.getByRole("main").textContent()).toContain(
      "ingelogd als klant (customer@demo.test)",
    );
    expect(customer.requests.filter(isAgentChunk)).toEqual([]);
    await screenshot(customer.page, "agent-customer-staff-only");
    expect(customer.errors).toEqual([]);
    await customer.page.context().close();
  });

  it("the login page fits a phone", async () => {
    const { page, errors } = await visit("/login", { viewport: phone });
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, "login-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The link in an e-mail's text, e.g. the confirmation's `/login/link#token=…&next=/tickets/<id>`. */
const linkIn = (text: string, pattern: RegExp) => text.match(pattern)?.[0];
/** For `expect.poll`: as patient as a locator (its default second is short on a busy CI machine). */
const patiently = { timeout: 30_000 };

describe("Tickets, from a guest's question to the team's answer", () => {
  const guestEmail = "guest.journey@example.test";
  const subject = "Mijn e-mail komt niet meer aan";
  let ticketUrl = "";
  let guestPage: Page | undefined;

  it("a visitor who clicks a suggestion and leaves the form is counted as deflected, anonymously", async () => {
    // The demo data has weeks of earlier suggestion events (for the reports): only this visit's count.
    const startedAt = new Date().toISOString();
    const { page, errors } = await visit("/tickets/new");
    await page.getByRole("radio", { name: "Technisch probleem of storing" }).check();
    await page.getByLabel("Onderwerp").pressSequentially("IBAN wijzigen voor de incasso", { delay: 20 });
    const suggestion = page
      .getByRole("complementary", { name: "Misschien helpt dit" })
      .getByRole("link")
      .first();
    await suggestion.waitFor({ timeout: 10_000 });
    const slug = decodeURIComponent((await suggestion.getAttribute("href"))?.replace("/faq/", "") ?? "");
    // The article opens in a new tab, which hides this one: that sends the click, not an end.
    const [article] = await Promise.all([page.context().waitForEvent("page"), suggestion.click()]);
    await article.getByRole("heading", { level: 1 }).waitFor();
    await article.close();
    expect(errors).toEqual([]);
    // Leaving the form (the tab is closed) ends the session as abandoned, sent as a beacon.
    await page.close({ runBeforeUnload: true });

    type Stored = { form_session_id: string; type: string; slug: string | null };
    const sessionEvents = () =>
      querySql<Stored>(
        databaseUrl,
        `SELECT e.form_session_id, e.type, a.slug FROM faq_suggestion_events e
         LEFT JOIN faq_articles a ON a.id = e.article_id
         WHERE e.form_session_id IN (SELECT form_session_id FROM faq_suggestion_events
                                     WHERE type = 'clicked' AND created_at >= '${startedAt}')
         ORDER BY e.created_at, e.type`,
      );
    let stored: Stored[] = [];
    for (let tries = 0; tries < 50 && !stored.some((row) => row.type === "abandoned"); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      stored = await sessionEvents();
    }
    expect(stored.filter((row) => row.type === "clicked").map((row) => row.slug)).toEqual([slug]);
    expect(stored.filter((row) => row.type === "abandoned")).toHaveLength(1);
    expect(stored.some((row) => row.type === "shown" && row.slug === slug)).toBe(true);
    expect(stored.some((row) => row.type === "submitted")).toBe(false);
    expect(new Set(stored.map((row) => row.form_session_id)).size).toBe(1);
  });

  it("a customer rates a solved ticket from the e-mail with one click, is offered the review link, and adds a comment", async () => {
    const api = async (method: string, pathname: string, token?: string, body?: unknown) => {
      const response = await fetch(`${baseUrl}/api/v1${pathname}`, {
        method,
        headers: {
          "Content-Type": "application/json",
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(response.status, `${method} ${pathname}`).toBeLessThan(400);
      return (await response.json()) as Record<string, unknown>;
    };
    const tokenOf = async (email: string) =>
      String((await api("POST", "/auth/login", undefined, { email, password: DEMO_PASSWORD })).accessToken);
    const customer = await tokenOf("customer@demo.test");
    const ticket = await api("POST", "/tickets", customer, {
      category: "other",
      subject: "Factuur staat dubbel in mijn account",
      message: "Ik zie de factuur van november twee keer staan.",
      details: {},
    });
    await api("PATCH", `/tickets/${String(ticket.id)}`, await tokenOf("agent@demo.test"), {
      status: "solved",
    });
    const solved = await (inbox as SmtpInbox).waitFor("customer@demo.test", 15_000, (mail) =>
      mail.text.includes(`/tickets/${String(ticket.id)}/beoordelen#token=`),
    );
    expect(solved.text).toContain("Hoe tevreden ben je over onze hulp?");
    const good = linkIn(solved.text, /https?:\/\/\S+\/beoordelen#token=\S+(?=\s|$)/);
    expect(solved.text.indexOf("Goed geholpen")).toBeLessThan(solved.text.indexOf(good ?? "-"));

    const { page, errors } = await visit(new URL(good ?? "").pathname + new URL(good ?? "").hash);
    await page.getByRole("heading", { level: 1, name: "Bedankt voor je beoordeling" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain(`ticket #`);
    const review = page.getByRole("link", { name: /Schrijf een review/ });
    await review.waitFor();
    await screenshotAtBothWidths(page, "rating-good");
    const serious = (await axeFindings(page, [])).filter(
      (finding) => finding.impact === "serious" || finding.impact === "critical",
    );
    expect(serious).toEqual([]);

    await page.getByLabel("Wil je er iets over vertellen? (optioneel)").fill("Snel opgelost, dank!");
    await page.getByRole("button", { name: "Toelichting versturen" }).click();
    await page.getByText("Bedankt, je toelichting is opgeslagen.").waitFor();

    // The review link is our redirect: it counts the click and sends the customer on (Google by default).
    const redirect = await fetch(new URL((await review.getAttribute("href")) ?? "", baseUrl), {
      redirect: "manual",
    });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toMatch(/^https:\/\/www\.google\.com\//);
    expect(errors).toEqual([]);

    // The same link again: a page that says so, with nothing of the ticket.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Deze link is al gebruikt" }).waitFor();
    expect(await page.getByRole("main").textContent()).not.toContain("Factuur staat dubbel");
    await screenshot(page, "rating-link-used");
    await page.context().close();
  });

  it("a guest files a ticket, opens the link in the confirmation e-mail and sees the ticket with its thread", async () => {
    const { page, errors } = await visit("/tickets/new");
    guestPage = page;
    await page.getByRole("group", { name: "Waar gaat je vraag over?" }).waitFor();
    await screenshot(page, "ticket-new-empty");

    await page.getByRole("radio", { name: "Opzeggen" }).check();
    await page.getByText(/Vooruitbetaalde kosten worden niet terugbetaald/).waitFor();
    await screenshot(page, "ticket-new-cancellation");

    await page.getByRole("radio", { name: "Technisch probleem of storing" }).check();
    await page.getByRole("radio", { name: "Iets werkt niet goed" }).check();
    await page.getByLabel("Om welke dienst gaat het? (optioneel)").fill("voorbeeld.nl");
    // While typing, FAQ articles that may answer the question appear beside the form, as links
    // that open in a new tab (the draft stays).
    await page.getByLabel("Onderwerp").pressSequentially("IBAN wijzigen voor de incasso", { delay: 20 });
    const suggestions = page.getByRole("complementary", { name: "Misschien helpt dit" });
    const suggestion = suggestions.getByRole("link").first();
    await suggestion.waitFor({ timeout: 10_000 });
    expect(await suggestion.getAttribute("href")).toMatch(/^\/faq\/[a-z0-9-]+$/);
    expect(await suggestion.getAttribute("target")).toBe("_blank");
    await screenshot(page, "ticket-new-faq-suggestions");
    await page.getByLabel("Onderwerp").fill(subject);
    await page
      .getByLabel("Je bericht")
      .fill("Sinds gisteren komt er geen e-mail meer binnen op info@voorbeeld.nl. Versturen lukt wel.");
    // A file goes with the question, uploaded as soon as it is chosen. The API's answer is held back
    // a moment, so the progress bar can be seen (on loopback the upload is over at once).
    let releaseUpload = () => {};
    const uploadHeld = new Promise<void>((resolve) => {
      releaseUpload = resolve;
    });
    await page.route("**/api/v1/uploads", async (route) => {
      await uploadHeld;
      await route.continue();
    });
    await page.getByLabel("Bestanden meesturen (optioneel)").setInputFiles({
      name: "foutmelding.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
      ),
    });
    const chosen = page.getByRole("list", { name: "Gekozen bestanden" });
    await chosen.getByRole("progressbar", { name: "foutmelding.pdf uploaden" }).waitFor();
    await screenshot(page, "ticket-new-file-uploading");
    releaseUpload();
    await chosen.getByText("foutmelding.pdf is toegevoegd.").waitFor();
    await page.unroute("**/api/v1/uploads");
    expect(await chosen.getByRole("button", { name: "foutmelding.pdf verwijderen" }).isVisible()).toBe(true);
    await screenshot(page, "ticket-new-file-added");
    // Submitting without an address: the form says so at the field, and nothing is filed.
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    const email = page.getByLabel("E-mailadres");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, "ticket-new-field-errors");

    await email.fill(guestEmail);
    await page.getByLabel("Je naam").fill("Gerda Gast");
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    const sent = page.getByRole("heading", { level: 2, name: "Je vraag is verstuurd" });
    await sent.waitFor();
    const number = (
      await page
        .getByRole("main")
        .getByText(/Je ticketnummer is #\d{9}\./)
        .textContent()
    )?.match(/#\d{9}/)?.[0];
    expect(number).toMatch(/^#\d{9}$/);
    expect(await page.getByRole("main").textContent()).toContain(`onderweg naar ${guestEmail}`);
    await screenshot(page, "ticket-new-sent");

    const confirmation = await (inbox as SmtpInbox).waitFor(guestEmail);
    expect(confirmation.subject).toContain(number);
    const link = linkIn(confirmation.text, /https?:\/\/\S+\/login\/link#token=\S+/);
    expect(link).toMatch(new RegExp(`^${baseUrl}/login/link#token=[^&]+&next=%2Ftickets%2F[0-9a-f-]{36}$`));

    await page.goto(link as string);
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    ticketUrl = page.url();
    expect(new URL(ticketUrl).pathname).toMatch(/^\/tickets\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("main").textContent()).toContain(`Ticket ${number}`);
    const thread = page.getByTestId("thread-message");
    expect(await thread.count()).toBe(1);
    expect(await thread.first().textContent()).toContain("Sinds gisteren komt er geen e-mail meer binnen");
    expect(await thread.first().textContent()).toContain("Jij");
    // The file came with the question: on its first message, downloadable.
    await thread
      .first()
      .getByRole("button", { name: /^foutmelding\.pdf downloaden/ })
      .waitFor();
    await screenshot(page, "ticket-guest-via-link");
    expect(errors).toEqual([]);
  });

  it("an agent finds the ticket in the queue and answers; the customer sees the answer from the team, never the agent's name", async () => {
    expect(ticketUrl).not.toBe("");
    const agent = await visit("/login?returnTo=%2Fagent");
    await signInWithPassword(agent.page, "agent@demo.test");
    await agent.page.getByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }).waitFor();
    const row = agent.page.getByRole("row").filter({ hasText: subject });
    await row.waitFor();
    expect(await row.textContent()).toContain("Gerda Gast");
    // Each view's count beside its name, and the list's total.
    const viewCount = async (view: string) =>
      Number(await agent.page.getByTestId(`view-count-${view}`).textContent());
    await agent.page.getByTestId("view-count-unassigned").waitFor();
    const unassignedBefore = await viewCount("unassigned");
    expect(unassignedBefore).toBeGreaterThanOrEqual(1);
    expect(await agent.page.locator(".queue-count").textContent()).toMatch(/^\d+ tickets?$|van \d+ tickets/);
    await screenshot(agent.page, "agent-queue");

    // By keyboard: / to the search box, search, then j to the first ticket and Enter to open it.
    await agent.page.keyboard.press("/");
    await agent.page.keyboard.type(subject);
    await agent.page.keyboard.press("Enter");
    await agent.page.locator(".queue-count").getByText("1 ticket", { exact: true }).waitFor();
    // The count and the list are separate requests: wait for the list itself to be the search's.
    await expect
      .poll(() => agent.page.locator("[data-queue-row]").allTextContents(), patiently)
      .toEqual([expect.stringContaining(subject)]);
    await agent.page.keyboard.press("Tab"); // out of the search box: letters there are typing
    await agent.page.keyboard.press("j");
    const focused = agent.page.locator("[data-queue-row]:focus");
    await focused.waitFor();
    expect(await focused.textContent()).toContain(subject);
    await screenshot(agent.page, "agent-queue-keyboard");
    await agent.page.keyboard.press("Enter");
    await agent.page.getByRole("heading", { level: 1, name: subject }).waitFor();

    const assignee = agent.page.getByRole("combobox", { name: "Behandelaar" });
    const assignedTo = () => assignee.locator("option:checked").textContent();
    await agent.page.getByRole("button", { name: "Neem over" }).click();
    await expect.poll(assignedTo, patiently).toBe("Ik (Sam Support)");
    // Hand it to a colleague: the select lists ticket-working staff by name and role.
    await assignee.selectOption({ label: "Robin Support (support)" });
    await agent.page
      .getByTestId("announcer")
      .getByText("De ticket is toegewezen aan Robin Support (support).")
      .waitFor({ state: "attached" });
    expect(await assignedTo()).toBe("Robin Support (support)");
    await screenshot(agent.page, "agent-assigned-to-colleague");
    // The queue's counts follow: one fewer unassigned, and Robin's filter finds it.
    await agent.page.getByRole("link", { name: "Terug naar de wachtrij" }).click();
    await expect.poll(() => viewCount("unassigned"), patiently).toBe(unassignedBefore - 1);
    await agent.page
      .getByRole("combobox", { name: "Behandelaar" })
      .selectOption({ label: "Robin Support (support)" });
    await agent.page.getByRole("row").filter({ hasText: subject }).getByText("Robin Support").waitFor();
    await agent.page.getByRole("link", { name: new RegExp(subject) }).click();
    await agent.page.getByRole("heading", { level: 1, name: subject }).waitFor();

    await agent.page
      .getByLabel("Je antwoord")
      .fill("Je mailbox is vol. Maak wat ruimte vrij, dan komt de e-mail weer binnen. Meer hierover:");
    // From the reply box: search the FAQ and insert the article's exact link.
    const picker = agent.page.getByRole("group", { name: "FAQ-link invoegen" });
    await picker.getByRole("searchbox").pressSequentially("wachtwoord wijzigen", { delay: 20 });
    const insert = picker.getByRole("button", { name: /^Link naar „.+” invoegen$/ }).first();
    await insert.waitFor({ timeout: 10_000 });
    await screenshot(agent.page, "agent-reply-faq-search");
    await insert.click();
    const replyText = await agent.page.getByLabel("Je antwoord").inputValue();
    // A Markdown link: the customer gets the title as a link, in the thread and in the e-mail.
    const faqLink = replyText.match(/\n\[(.+)\]\((https?:\/\/\S+\/faq\/[a-z0-9-]+)\)$/);
    expect(faqLink?.[2]?.startsWith(`${baseUrl}/faq/`)).toBe(true);
    const [, faqTitle = "", faqUrl = ""] = faqLink ?? [];
    await screenshot(agent.page, "agent-reply-faq-inserted");
    await agent.page.getByRole("button", { name: "Versturen" }).click();
    await agent.page.getByText("Je mailbox is vol.", { exact: false }).first().waitFor();
    // The form is ready for the next message once it has said the last one was sent.
    await agent.page
      .getByTestId("announcer")
      .getByText("Je bericht is verstuurd.")
      .waitFor({ state: "attached" });

    await agent.page.getByRole("radio", { name: "Interne notitie (alleen voor medewerkers)" }).check();
    await agent.page.getByLabel("Je notitie").fill("Mailbox stond op 100%. Morgen nog even controleren.");
    await agent.page.getByRole("button", { name: "Versturen" }).click();
    const note = agent.page.locator(".message--internal");
    await note.waitFor();
    expect(await note.textContent()).toContain("Interne notitie");
    await agent.page.locator(".history li").first().waitFor();
    await screenshot(agent.page, "agent-ticket-replied");
    expect(agent.errors).toEqual([]);
    await agent.page.context().close();

    const page = guestPage as Page;
    await page.reload();
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    const thread = page.getByTestId("thread-message");
    await thread.nth(1).waitFor();
    expect(await thread.count()).toBe(2);
    const answer = thread.nth(1);
    expect(await answer.textContent()).toContain("Team Support");
    expect(await answer.textContent()).toContain("Je mailbox is vol.");
    // The FAQ link the agent inserted is a real link with the article's title, never Markdown syntax.
    const articleLink = answer.getByRole("link", { name: faqTitle, exact: true });
    expect(await articleLink.getAttribute("href")).toBe(faqUrl);
    expect(await answer.textContent()).not.toContain("](");
    // The e-mail too: a link in the HTML part, "title (url)" in the plain text.
    const answerMail = await (inbox as SmtpInbox).waitFor(guestEmail, 15_000, (mail) =>
      mail.text.includes("Je mailbox is vol."),
    );
    expect(answerMail.html).toMatch(
      new RegExp(`<a href="${faqUrl.replace(/[.?*+^$()[\]\\/]/g, "\\$&")}" rel="noopener noreferrer"[^>]*>`),
    );
    expect(answerMail.text).toContain(`${faqTitle} (${faqUrl})`);
    expect(`${answerMail.text}${answerMail.html}`).not.toContain("](");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).not.toContain("Sam Support");
    expect(main).not.toContain("Robin Support");
    expect(main).not.toContain("Mailbox stond op 100%");
    await screenshot(page, "ticket-customer-sees-team-reply");

    // The customer answers with a file: it is uploaded to the reply, then downloadable from the thread.
    await page.getByLabel("Je reactie").fill("Dank je! Hierbij het logbestand van mijn mailprogramma.");
    await page.getByLabel("Bestanden toevoegen (optioneel)").setInputFiles({
      name: "mail-log.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("12:01 IMAP: mailbox quota exceeded\n12:02 IMAP: retrying\n"),
    });
    // Uploaded as soon as it is chosen; the reply then carries it.
    await page
      .getByRole("list", { name: "Gekozen bestanden" })
      .getByText("mail-log.txt is toegevoegd.")
      .waitFor();
    await page.getByRole("button", { name: "Reactie versturen" }).click();
    const download = page.getByRole("button", { name: /mail-log.txt downloaden/ });
    await download.waitFor();
    await screenshot(page, "ticket-customer-replied-with-file");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toBe("mail-log.txt");

    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Mijn tickets" })
      .click();
    const mine = page.getByRole("list", { name: "Mijn tickets" }).getByRole("listitem");
    await mine.first().waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.first().textContent()).toContain(subject);
    expect(await mine.first().textContent()).toContain("In behandeling");
    await screenshot(page, "my-tickets");
    await page.setViewportSize(phone);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await screenshot(page, "ticket-customer-phone");
    await page.context().close();
  });

  it("customer service sees the guest's private data with who saw it, and erases the guest on request", async () => {
    const ticketId = ticketUrl.split("/tickets/")[1]?.split(/[?#]/)[0] ?? "";
    const { page, errors } = await visit(
      `/login?returnTo=${encodeURIComponent(`/agent/tickets/${ticketId}`)}`,
    );
    await signInWithPassword(page, "service@demo.test");
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    const panel = page.getByRole("region", { name: "Klantgegevens" });
    await panel.getByText("Postadres").waitFor();
    await panel.getByText("Inzage in privégegevens").click();
    // This very view is in the log, with the screen it came from.
    await panel
      .getByTestId("private-data-access-log")
      .getByText("Chris Klantenservice (klantenservice)")
      .first()
      .waitFor();
    await screenshot(page, "agent-customer-access-log");

    await panel.getByText("Klant wissen (AVG)").click();
    await panel.getByLabel("Reden").fill("Verzoek van de klant per ticket");
    await screenshot(page, "agent-customer-erasure");
    await panel.getByRole("button", { name: "Definitief wissen" }).click();
    await panel.getByText(/Klant gewist: \d+ tickets opgeschoond/).waitFor();
    // The ticket stays, without the person: the requester is no longer named.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    await page.getByText("Verwijderde klant").first().waitFor();
    // Erasing twice is not offered: the panel says when and why it was done.
    await panel.getByText(/Deze klant is gewist op .*Verzoek van de klant per ticket/).waitFor();
    expect(await panel.getByText("Klant wissen (AVG)").count()).toBe(0);
    expect(await page.content()).not.toContain("Gerda Gast");
    await screenshot(page, "agent-customer-erased");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Privacy, against the real API", () => {
  it("an admin previews retention: the demo guest's ticket from 2023 would be anonymised, and nothing changes yet", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fretention");
    await signInWithPassword(page, "admin@demo.test");
    await page.getByRole("heading", { level: 1, name: "Bewaartermijnen" }).waitFor();
    expect(await page.getByLabel("Afgesloten tickets van gasten en oud-klanten (maanden)").inputValue()).toBe(
      "24",
    );
    await page.getByRole("button", { name: "Voorbeeld berekenen" }).click();
    const summary = page.getByRole("region", { name: "Voorbeeld: dit zou nu weggaan" });
    await summary.getByText(/Tickets geanonimiseerd: [1-9]/).waitFor();
    // The preview is on the record, and the runs table says so.
    await page.getByRole("cell", { name: "Voorbeeld" }).first().waitFor();
    await screenshot(page, "agent-retention-preview");
    await page.setViewportSize(phone);
    await screenshot(page, "agent-retention-preview-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a customer asks for their data, gets the link by e-mail and downloads the archive once", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Ftickets");
    await signInWithPassword(page, "customer@demo.test");
    await page.getByRole("heading", { level: 1, name: "Mijn tickets" }).waitFor();
    await page.getByRole("button", { name: "Mijn gegevens downloaden" }).click();
    await page.getByText(/sturen je een e-mail met een downloadlink/).waitFor();
    await screenshot(page, "data-export-requested");
    await page.setViewportSize(phone);
    await screenshot(page, "data-export-requested-phone");
    await page.setViewportSize(desktop);

    const email = await (inbox as SmtpInbox).waitFor("customer@demo.test", 30_000, (mail) =>
      mail.subject.includes("Je gegevens staan klaar"),
    );
    const link = linkIn(email.text, /http:\/\/[^\s]+\/account\/export#token=[A-Za-z0-9_-]+/);
    expect(link).toBeDefined();
    await page.goto(link ?? "");
    await page.getByRole("heading", { level: 1, name: "Je gegevens downloaden" }).waitFor();
    // The token left the address bar as soon as the page read it.
    expect(new URL(page.url()).hash).toBe("");
    await screenshot(page, "data-export-link");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Bestand downloaden" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("mijn-gegevens.zip");
    const bytes = await readFile((await file.path()) ?? "");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await page.getByText("Het bestand is gedownload. Deze link werkt nu niet meer.").waitFor();
    await screenshot(page, "data-export-downloaded");
    await page.setViewportSize(phone);
    await screenshot(page, "data-export-downloaded-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Integrations, against the real API", () => {
  it("an admin makes an API token in the workspace, sees its secret once, and the token reads the queue", async () => {
    const admin = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fapi-tokens");
    await signInWithPassword(admin.page, "admin@demo.test");
    await admin.page.getByRole("heading", { level: 1, name: "API-tokens" }).waitFor();
    const form = admin.page.getByRole("form", { name: "Nieuw token" });
    await form.getByLabel("Naam").fill("CRM-koppeling");
    await form.getByLabel("Rol").selectOption("agent");
    await form.getByRole("checkbox", { name: /tickets:read/ }).check();
    await form.getByRole("button", { name: "Token aanmaken" }).click();
    const secret = (await admin.page.locator(".api-tokens__secret").textContent()) ?? "";
    expect(secret).toMatch(/^hdk_[A-Za-z0-9_-]{43}$/);
    await admin.page.getByRole("rowheader", { name: /CRM-koppeling/ }).waitFor();
    await screenshot(admin.page, "agent-api-tokens");

    const queue = await fetch(`${baseUrl}/api/v1/tickets`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(queue.status).toBe(200);
    expect(queue.headers.get("RateLimit-Limit")).toBe("600");
    const reply = await fetch(`${baseUrl}/api/v1/tickets`, {
      method: "POST",
      headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
      body: JSON.stringify({ category: "other", subject: "Vraag", message: "Hallo" }),
    });
    expect(reply.status).toBe(403);

    // A reload shows the list again, never the secret.
    await admin.page.reload();
    await admin.page.getByRole("rowheader", { name: /CRM-koppeling/ }).waitFor();
    expect(await admin.page.content()).not.toContain(secret);
    expect(admin.errors).toEqual([]);
    await admin.page.context().close();
  });
});

describe("The queue in bulk, against the real API", () => {
  it("an agent ticks two tickets, sets their priority at once, and reads the queue compact", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Fagent");
    await signInWithPassword(page, "agent@demo.test");
    await page.getByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }).waitFor();
    const ticks = page.getByRole("checkbox", { name: /^Selecteer #/ });
    await ticks.nth(1).waitFor();
    const labels = [
      await ticks.nth(0).getAttribute("aria-label"),
      await ticks.nth(1).getAttribute("aria-label"),
    ];
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    const bar = page.getByRole("form", { name: "Geselecteerde tickets wijzigen" });
    await bar.getByText("2 geselecteerd").waitFor();
    await bar.getByRole("combobox", { name: "Prioriteit" }).selectOption({ label: "Hoog" });
    await screenshot(page, "agent-queue-bulk");
    await bar.getByRole("button", { name: "Toepassen op 2" }).click();
    await page.locator(".bulk-outcome").getByText("2 bijgewerkt, 0 niet.").waitFor();
    for (const label of labels) {
      const number = label?.split(" ")[1] ?? "";
      const row = page.getByRole("row").filter({ hasText: number });
      await expect.poll(() => row.textContent(), patiently).toContain("Hoog");
    }

    await page.getByRole("checkbox", { name: "Compact" }).check();
    await page.locator(".queue-table--compact").waitFor();
    await screenshotAtBothWidths(page, "agent-queue-compact");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Merging tickets, against the real API", () => {
  it("an agent merges a customer's second ticket into the first after reading what will happen; the customer's old page points there", async () => {
    const first = await fileTicketAs(
      "customer@demo.test",
      "Samenvoegen: website traag",
      "Mijn website is traag.",
    );
    const second = await fileTicketAs(
      "customer@demo.test",
      "Samenvoegen: site laadt niet",
      "Nu laadt hij niet meer.",
    );
    const { page, errors } = await visit(
      `/login?returnTo=${encodeURIComponent(`/agent/tickets/${second.id}`)}`,
    );
    await signInWithPassword(page, "agent@demo.test");
    await page.getByRole("heading", { level: 1, name: "Samenvoegen: site laadt niet" }).waitFor();
    const panel = page.getByRole("region", { name: "Samenvoegen" });
    await panel.getByRole("combobox", { name: "Samenvoegen met" }).selectOption({ value: first.id });
    await panel.getByRole("button", { name: "Controleren" }).click();
    await panel.getByText(`Ticket ${second.number} wordt gesloten`).waitFor();
    expect(await axeFindings(page, [])).toEqual([]);
    await screenshotAtBothWidths(page, "agent-ticket-merge-confirm");
    await panel.getByRole("button", { name: "Samenvoegen", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Samenvoegen: website traag" }).waitFor();
    await page.getByText("Nu laadt hij niet meer.").waitFor();
    await screenshot(page, "agent-ticket-merged-target");
    expect(errors).toEqual([]);
    await page.context().close();

    const customer = await visit(`/login?returnTo=${encodeURIComponent(`/tickets/${second.id}`)}`);
    await signInWithPassword(customer.page, "customer@demo.test");
    await customer.page.getByText(`Deze vraag is samengevoegd met ticket ${first.number}.`).waitFor();
    // The messages moved along: no empty "Gesprek" under the pointer.
    expect(await customer.page.getByRole("heading", { name: "Gesprek" }).count()).toBe(0);
    await screenshotAtBothWidths(customer.page, "customer-ticket-merged");
    expect(customer.errors).toEqual([]);
    await customer.page.context().close();
  }, 150_000);
});

describe("The phone desk, against the real API", () => {
  /** Fills the callback-request form and waits for its confirmation. */
  async function fileCallback(page: Page, caller: { name: string; phone: string; email?: string }) {
    const form = page.getByRole("form", { name: "Terugbelverzoek" });
    await form.getByLabel("Naam beller").fill(caller.name);
    await form.getByLabel("Telefoonnummer").fill(caller.phone);
    if (caller.email) await form.getByLabel("E-mailadres (optioneel)").fill(caller.email);
    await form
      .getByLabel("Reden van het gesprek")
      .fill("Wil weten waarom de factuur hoger is dan vorige maand.");
    await form.getByLabel("Wanneer terugbellen").fill("Vandaag na 14:00");
    await form.getByRole("button", { name: "Terugbelverzoek opslaan" }).click();
    await form.getByText(new RegExp(`Terugbelverzoek #\\d{9} voor ${caller.name} is opgeslagen.`)).waitFor();
  }

  it("the phone desk files a callback request and sees only the callbacks it filed itself", async () => {
    // Another member of staff files a callback first: the phone desk must not see it.
    const agent = await visit("/login?returnTo=%2Fagent%2Fcallbacks");
    await signInWithPassword(agent.page, "agent@demo.test");
    await agent.page.getByRole("heading", { level: 1, name: "Terugbelverzoek" }).waitFor();
    await fileCallback(agent.page, { name: "Agnes Andermans", phone: "010 765 4321" });
    expect(agent.errors).toEqual([]);
    await agent.page.context().close();

    const { page, errors, requests } = await visit("/login?returnTo=%2Fagent");
    await signInWithPassword(page, "phone@demo.test");
    await page.getByRole("heading", { level: 1, name: "Terugbelverzoek" }).waitFor();
    expect(
      await page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Wachtrij" })
        .count(),
    ).toBe(0);
    await page.getByText("Nog geen terugbelverzoeken.").waitFor();
    await screenshot(page, "phone-desk-callback-empty");

    // The form checks its fields before anything is sent.
    await page.getByRole("button", { name: "Terugbelverzoek opslaan" }).click();
    expect(await page.getByLabel("Naam beller").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "phone-desk-callback-errors");

    await fileCallback(page, {
      name: "Henk Bellers",
      phone: "+31 20 555 0101",
      email: "henk.bellers@example.test",
    });
    const mine = page.getByRole("list", { name: "Jouw terugbelverzoeken" }).getByRole("listitem");
    await mine.first().waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.first().textContent()).toContain("Terugbelverzoek: Henk Bellers");
    expect(await page.getByRole("main").textContent()).not.toContain("Agnes Andermans");
    expect(requests.some((url) => /\/api\/v1\/tickets\?.*category=callback/.test(url))).toBe(true);
    await screenshot(page, "phone-desk-callback-filed");

    // The phone desk opens its own callback as a ticket.
    await mine.first().getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: "Terugbelverzoek: Henk Bellers" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("+31 20 555 0101");
    // Reading, not working the queue: no status, assignee or take-over controls.
    expect(await page.getByRole("button", { name: "Neem over" }).count()).toBe(0);
    await screenshot(page, "phone-desk-callback-ticket");
    await page.setViewportSize(phone);
    await page.goto(`${baseUrl}/agent`);
    await page.getByRole("form", { name: "Terugbelverzoek" }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await screenshot(page, "phone-desk-callback-phone");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** What axe-core found on one page: each violated rule with its impact and how many elements. */
interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) in the page as it is now. axe's own script is
 * evaluated in the page through the browser's debugging protocol: the app's Content-Security-Policy
 * rightly refuses it as a script tag. The findings come back as plain data.
 */
async function axeFindings(page: Page, checked: number[]): Promise<AxeFinding[]> {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page
    .evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{
              passes: unknown[];
              violations: { id: string; impact: string | null; nodes: unknown[]; help: string }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      });
      return {
        passed: result.passes.length,
        violations: result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.length,
          help: violation.help,
        })),
      };
    })
    .then(({ passed, violations }) => {
      checked.push(passed);
      return violations;
    });
}

describe("Accessibility (axe-core) on the main pages", () => {
  it("finds no serious or critical violations on home, an FAQ article, new ticket, login and the agent queue", async () => {
    const report: Record<string, AxeFinding[]> = {};
    // How many rules passed on each page: proof that axe really looked.
    const passed: number[] = [];

    const home = await visit("/");
    await home.page.getByRole("navigation", { name: "Onderwerpen" }).getByRole("link").first().waitFor();
    report["/"] = await axeFindings(home.page, passed);
    await home.page.getByRole("searchbox").pressSequentially("iban wijzigen", { delay: 20 });
    await home.page.getByTestId("faq-search-results").getByRole("link").first().waitFor({ timeout: 10_000 });
    report["/?q=iban+wijzigen"] = await axeFindings(home.page, passed);
    const articlePath = (await home.page.locator(".faq-group a").first().getAttribute("href")) ?? "";
    await home.page.context().close();

    const article = await visit(articlePath);
    await article.page.getByRole("complementary", { name: "Niet geholpen?" }).waitFor();
    report[articlePath] = await axeFindings(article.page, passed);
    await article.page.context().close();

    const newTicket = await visit("/tickets/new");
    await newTicket.page.getByRole("group", { name: "Waar gaat je vraag over?" }).waitFor();
    await newTicket.page.getByRole("radio", { name: "Technisch probleem of storing" }).check();
    report["/tickets/new"] = await axeFindings(newTicket.page, passed);
    await newTicket.page.context().close();

    const login = await visit("/login");
    await login.page.getByRole("form", { name: "Met je wachtwoord" }).waitFor();
    report["/login"] = await axeFindings(login.page, passed);

    await login.page.goto(`${baseUrl}/login?returnTo=%2Fagent`);
    await signInWithPassword(login.page, "agent@demo.test");
    await login.page.getByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }).waitFor();
    // The queue has answered: its table, or (when this test runs alone) the empty state.
    await login.page.locator("table, main p[role=status]").first().waitFor();
    report["/agent"] = await axeFindings(login.page, passed);
    await login.page.context().close();

    const serious = Object.entries(report).flatMap(([page, findings]) =>
      findings
        .filter((finding) => finding.impact === "serious" || finding.impact === "critical")
        .map((finding) => `${page}: ${finding.impact} ${finding.id} (${finding.nodes}×) ${finding.help}`),
    );
    const total = Object.values(report).reduce((sum, findings) => sum + findings.length, 0);
    expect(passed.every((count) => count > 10)).toBe(true);
    console.log(
      `axe-core: ${total} violation(s) in all, ${serious.length} serious or critical; rules passed per page: ${passed.join(", ")}\n` +
        Object.entries(report)
          .map(
            ([page, findings]) =>
              `  ${page}: ${findings.length}${findings.map((f) => ` [${f.impact} ${f.id} ×${f.nodes}]`).join("")}`,
          )
          .join("\n"),
    );
    expect(serious).toEqual([]);
  });
});

/** Signs in through the API (as the web app does) and files a ticket. */
async function fileTicketAs(email: string, subject: string, message: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const filed = await fetch(`${baseUrl}/api/v1/tickets`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ category: "other", subject, message }),
  });
  expect(filed.status).toBe(201);
  return (await filed.json()) as { id: string; number: string };
}

describe("Service levels, against the real API", () => {
  /** Files a ticket as this customer; returns its number. */
  const fileAs = async (email: string, subject: string) =>
    (await fileTicketAs(email, subject, "Graag snel antwoord.")).number;

  it("an agent sees the due badge on every queue row and filters the overdue ones; the customer sees the promise", async () => {
    const lateNumber = await fileAs("customer@demo.test", "SLA: website ligt eruit");
    await fileAs("customer@demo.test", "SLA: vraag over mijn factuur");
    // The first one has waited too long already: its first response was due five minutes ago.
    await runSql(
      databaseUrl,
      `UPDATE tickets SET first_response_due_at = now() - interval '5 minutes',
         sla_next_due_at = now() - interval '5 minutes' WHERE number = ${Number(lateNumber.slice(1))}`,
    );

    const agent = await visit("/agent");
    await signInWithPassword(agent.page, "agent@demo.test");
    const queue = agent.page.getByRole("table");
    const lateRow = queue.getByRole("row").filter({ hasText: "SLA: website ligt eruit" });
    const otherRow = queue.getByRole("row").filter({ hasText: "SLA: vraag over mijn factuur" });
    await expect.poll(() => lateRow.textContent()).toContain("over tijd");
    expect(await otherRow.textContent()).toMatch(/nog \d+ (min|u|d)/);
    // Sorted by due time: the overdue one comes first.
    const subjects = await queue.getByRole("row").allTextContents();
    expect(subjects.findIndex((text) => text.includes("website ligt eruit"))).toBeLessThan(
      subjects.findIndex((text) => text.includes("vraag over mijn factuur")),
    );
    await screenshot(agent.page, "agent-queue-due-badges");

    await agent.page.getByRole("checkbox", { name: /Alleen over tijd \(\d+\)/ }).check();
    await expect.poll(() => otherRow.count()).toBe(0);
    await expect.poll(() => lateRow.count()).toBe(1);
    await screenshot(agent.page, "agent-queue-overdue");
    expect(agent.errors).toEqual([]);

    const customer = await visit("/login");
    await signInWithPassword(customer.page, "customer@demo.test");
    await accountOf(customer.page).waitFor();
    await customer.page.goto(`${baseUrl}/tickets`);
    await customer.page.getByRole("link", { name: /SLA: vraag over mijn factuur/ }).click();
    const promise = customer.page.getByText(
      /We reageren doorgaans binnen 1 werkdag, uiterlijk \w+dag \d+ \w+ om \d\d:\d\d\./,
    );
    await promise.waitFor();
    expect(await customer.page.getByText("Serviceniveau: Best Effort").count()).toBe(1);
    await screenshot(customer.page, "customer-ticket-promise");
    expect(customer.errors).toEqual([]);
  });
});

describe("Billable time, against the real API", () => {
  it("an agent asks consent, the customer accepts from the e-mail, the agent logs 20 minutes, the customer sees 2 blocks, billing exports the month", async () => {
    const subject = `Mijn WordPress-formulier ${Date.now()}`;
    // Fatima files the question (as a guest under her address: it is her ticket), from a browser.
    const customer = await visit("/");
    const filing = await customer.page.evaluate(async (ticketSubject) => {
      const response = await fetch("/api/v1/tickets", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          category: "other",
          subject: ticketSubject,
          message: "Het contactformulier op mijn eigen website verstuurt niets. Kunnen jullie helpen?",
          email: "customer2@demo.test",
          name: "Fatima El Amrani",
        }),
      });
      return { status: response.status, body: (await response.json()) as { id: string } };
    }, subject);
    expect(filing.status).toBe(201);
    const ticketId = filing.body.id;

    // The agent asks consent from the ticket's time panel.
    const agent = await visit(`/login?returnTo=${encodeURIComponent(`/agent/tickets/${ticketId}`)}`);
    await signInWithPassword(agent.page, "agent@demo.test");
    await agent.page.getByRole("heading", { level: 1, name: subject }).waitFor();
    const panel = agent.page.getByTestId("time-panel");
    await panel.getByText("Tarief: € 25,00 per begonnen 15 minuten, excl. 21% btw").waitFor();
    await panel.getByLabel("Wat gaan we doen?").fill("Het contactformulier van je eigen website repareren");
    await panel.getByLabel("Maximaal aantal blokken (optioneel)").fill("4");
    await panel.getByRole("button", { name: "Toestemming vragen" }).click();
    await panel.getByText("Wacht op antwoord").waitFor();
    await screenshot(agent.page, "billing-consent-asked");

    // The customer accepts with the e-mailed link, without signing in.
    const email = await (inbox as SmtpInbox).waitFor("customer2@demo.test", 30_000, (mail) =>
      mail.subject.includes("Toestemming gevraagd"),
    );
    expect(email.text).not.toContain("Sam Support");
    const link = linkIn(email.text, /http:\/\/[^\s]+\/consent#token=[A-Za-z0-9_-]+/);
    expect(link).toBeDefined();
    await customer.page.goto(link ?? "");
    await customer.page
      .getByRole("heading", { level: 1, name: "Toestemming voor betaalde ondersteuning" })
      .waitFor();
    expect(new URL(customer.page.url()).hash).toBe("");
    await customer.page.getByText("Het contactformulier van je eigen website repareren").waitFor();
    await screenshot(customer.page, "billing-consent-link");
    await customer.page.getByRole("button", { name: "Akkoord" }).click();
    await customer.page.getByText("Bedankt, je akkoord is vastgelegd.").waitFor();
    await screenshot(customer.page, "billing-consent-accepted");

    // The agent logs 20 billable minutes: 2 blocks of 15 minutes.
    await agent.page.reload();
    await panel.getByText("Factureerbare tijd mag worden geschreven.").waitFor();
    await panel.getByLabel("Minuten").fill("20");
    await panel.getByLabel(/Factureerbaar \(eigen website/).check();
    await panel.getByLabel("Notitie (alleen voor het team)").fill("Formulierplugin opnieuw ingesteld");
    await panel.getByRole("button", { name: "Tijd opslaan" }).click();
    await panel.getByTestId("billing-totals").getByText("Factureerbaar: 20 min = 2 blokken").waitFor();
    await screenshot(agent.page, "billing-time-logged");
    expect(agent.errors).toEqual([]);

    // The customer's ticket page: the consent given and 2 blocks billed, no agent's name or note.
    const signedIn = await visit(`/login?returnTo=${encodeURIComponent(`/tickets/${ticketId}`)}`, {
      context: customer.page.context(),
    });
    await signInWithPassword(signedIn.page, "customer2@demo.test");
    const card = signedIn.page.getByTestId("ticket-billing");
    await card.getByText("Totaal: 2 blokken van 15 minuten").waitFor();
    await card.getByText("Akkoord", { exact: true }).waitFor();
    const pageText = (await signedIn.page.textContent("body")) ?? "";
    expect(pageText).not.toContain("Sam Support");
    expect(pageText).not.toContain("Formulierplugin opnieuw ingesteld");
    await screenshot(signedIn.page, "billing-customer-ticket");
    // Her account page: the month's billed support, with VAT shown apart.
    await signedIn.page.getByRole("link", { name: "Mijn account" }).click();
    await signedIn.page
      .getByTestId("my-billing")
      .getByText("2 blokken: € 50,00 + € 10,50 btw = € 60,50")
      .waitFor();
    await screenshot(signedIn.page, "billing-customer-overview");
    expect(customer.errors).toEqual([]);
    expect(signedIn.errors).toEqual([]);

    // Billing reads the month and downloads its CSV.
    const billing = await visit("/login?returnTo=%2Fagent%2Fbilling");
    await signInWithPassword(billing.page, "billing@demo.test");
    await billing.page.getByRole("heading", { level: 1, name: "Afrekening" }).waitFor();
    const row = billing.page
      .getByTestId("statement")
      .getByRole("row")
      .filter({ hasText: "Fatima El Amrani" });
    await row.waitFor();
    expect(await row.textContent()).toContain("€ 50,00");
    await screenshot(billing.page, "billing-statement");
    const [file] = await Promise.all([
      billing.page.waitForEvent("download"),
      billing.page.getByRole("button", { name: "CSV downloaden" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^afrekening-\d{4}-\d{2}\.csv$/);
    const csv = (await readFile((await file.path()) ?? "")).toString("utf8");
    expect(csv.split("\r\n")[0]).toContain("blocks_15_min");
    expect(csv).toMatch(/Fatima El Amrani,#\d{9},20,2,2500,21,5000,1050,6050,50\.00,10\.50,60\.50/);
    expect(billing.errors).toEqual([]);
    await Promise.all([
      agent.page.context().close(),
      customer.page.context().close(),
      billing.page.context().close(),
    ]);
    // Five sign-ins and three visitors on a shared two-core machine: more than one journey's time.
  }, 150_000);
});

describe("Staff management, against the real API", () => {
  it("an admin invites a member, who chooses a password from the e-mail and signs in; deactivated, their tab is signed out", async () => {
    const admin = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fstaff");
    await signInWithPassword(admin.page, "admin@demo.test");
    await admin.page.getByRole("heading", { level: 1, name: "Medewerkers" }).waitFor();
    // The admin screens share one header item: the header keeps one row at 1280 px.
    const banner = admin.page.getByRole("banner");
    const beheer = await banner.getByRole("link", { name: "Beheer" }).boundingBox();
    const account = await accountOf(admin.page).boundingBox();
    expect(Math.abs((beheer?.y ?? 0) - (account?.y ?? 100))).toBeLessThan(24);

    const invite = admin.page.getByRole("form", { name: "Medewerker uitnodigen" });
    await invite.getByLabel("Naam").fill("Fleur Freelance");
    await invite.getByLabel("E-mailadres").fill("fleur@demo.test");
    await invite.getByLabel("Rol").selectOption("agent");
    await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await invite.getByText("Uitnodiging verstuurd naar fleur@demo.test.").waitFor();
    const row = admin.page.getByRole("row").filter({ hasText: "fleur@demo.test" });
    await row.getByText("Uitnodiging open").waitFor();
    await screenshot(admin.page, "agent-staff-invited");
    const axeChecked: number[] = [];
    const findings = await axeFindings(admin.page, axeChecked);
    await admin.page.setViewportSize(phone);
    await screenshot(admin.page, "agent-staff-invited-phone");
    await admin.page.setViewportSize(desktop);

    const email = await (inbox as SmtpInbox).waitFor("fleur@demo.test", 30_000, (mail) =>
      mail.subject.startsWith("Je account bij"),
    );
    const link = linkIn(email.text, /http:\/\/[^\s]+\/staff-invitation#token=[A-Za-z0-9_-]+/);
    expect(link).toBeDefined();
    const member = await visit(new URL(link ?? "").pathname + new URL(link ?? "").hash);
    await member.page.getByRole("heading", { level: 1, name: "Kies je wachtwoord" }).waitFor();
    expect(new URL(member.page.url()).hash).toBe("");
    await screenshot(member.page, "staff-invitation");
    findings.push(...(await axeFindings(member.page, axeChecked)));
    expect(findings.filter((finding) => ["serious", "critical"].includes(finding.impact ?? ""))).toEqual([]);
    expect(axeChecked.every((count) => count > 10)).toBe(true);
    await member.page.getByLabel("Nieuw wachtwoord").fill("fleur-haar-eigen-wachtwoord");
    await member.page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await member.page.getByText("Je wachtwoord is opgeslagen.").waitFor();
    await member.page.goto(`${baseUrl}/login?returnTo=%2Fagent`);
    await signInWithPassword(member.page, "fleur@demo.test", "fleur-haar-eigen-wachtwoord");
    await member.page.getByRole("heading", { level: 1, name: /^Wachtrij/ }).waitFor();
    expect(await accountOf(member.page).textContent()).toContain("Fleur Freelance");

    await admin.page.reload();
    await row.getByText("Actief", { exact: true }).waitFor();
    admin.page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "Deactiveren" }).click();
    await row.getByText("Gedeactiveerd").waitFor();
    await screenshot(admin.page, "agent-staff-deactivated");

    // Fleur's next request, with the access token her tab holds, fails: the tab is signed out.
    await member.page.getByRole("link", { name: /^Niet toegewezen/ }).click();
    await member.page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await member.page.getByText("Je sessie is verlopen. Log opnieuw in.").waitFor();
    await signInWithPassword(member.page, "fleur@demo.test", "fleur-haar-eigen-wachtwoord");
    await member.page.getByText("E-mailadres of wachtwoord is niet juist.").first().waitFor();
    await screenshot(member.page, "staff-deactivated-sign-in");

    expect(admin.errors).toEqual([]);
    expect(member.errors).toEqual([]);
    await admin.page.context().close();
    await member.page.context().close();
  });
});

describe("Two agents on one ticket, live", () => {
  /** What "live" means here: the other screen shows it within 2 s, without a reload. */
  const live = { timeout: 2_000 };

  async function openAs(email: string, pathname: string, subject: string) {
    const visitor = await visit(`/login?returnTo=${encodeURIComponent(pathname)}`);
    await signInWithPassword(visitor.page, email);
    await visitor.page.getByRole("heading", { level: 1, name: subject }).waitFor();
    // The tab's live stream is open: from here on, a change elsewhere reaches it.
    await visitor.page.locator("html[data-live=open]").waitFor({ state: "attached" });
    return visitor;
  }

  it("B sees A arrive and type, A's reply appears on B's page and the customer's, and B's crossing reply is held back", async () => {
    const subject = "Live: mail komt niet aan";
    const { id } = await fileTicketAs("customer@demo.test", subject, "Mijn mail komt niet aan.");
    const customer = await openAs("customer@demo.test", `/tickets/${id}`, subject);
    const robin = await openAs("agent2@demo.test", `/agent/tickets/${id}`, subject);
    const robinPresence = robin.page.getByTestId("ticket-presence");
    expect(await robinPresence.textContent()).toBe("");

    const sam = await openAs("agent@demo.test", `/agent/tickets/${id}`, subject);
    await robinPresence.getByText("Sam Support bekijkt deze ticket").waitFor(live);
    await sam.page.getByTestId("ticket-presence").getByText("Robin Support bekijkt deze ticket").waitFor();
    // Sam's queue, in another tab: the ticket's row says who else has it open (Sam's own tabs not).
    const queue = await sam.page.context().newPage();
    await queue.setViewportSize(desktop);
    await queue.goto(`${baseUrl}/agent?q=${encodeURIComponent(subject)}`);
    const queueRow = queue.getByRole("row").filter({ hasText: subject });
    await queueRow.getByText("Robin Support bekijkt").waitFor(patiently);
    expect(await queueRow.textContent()).not.toContain("Sam Support bekijkt");

    // Robin starts a draft while the ticket has only the customer's message.
    await robin.page.getByLabel("Je antwoord").fill("Heb je de spammap al bekeken?");
    await queueRow.getByText("Robin Support typt…").waitFor(live);
    await screenshot(queue, "agent-queue-presence");
    await queue.close();
    await sam.page.getByLabel("Je antwoord").pressSequentially("Ik kijk ");
    await robinPresence.getByText("Sam Support typt een antwoord…").waitFor(live);
    await screenshot(robin.page, "agent-ticket-presence-typing");

    const samsReply = "We hebben je mailbox hersteld; probeer het nog eens.";
    await sam.page.getByLabel("Je antwoord").fill(samsReply);
    await sam.page.getByRole("button", { name: "Versturen" }).click();
    const robinThread = robin.page.getByRole("region", { name: "Gesprek" });
    await robinThread.getByText(samsReply).waitFor(live);
    await customer.page.getByText(samsReply).waitFor(live);
    expect(await customer.page.getByText("Sam Support").count()).toBe(0);

    // Robin's draft crossed Sam's reply: a notice before sending, and the send is held back.
    await robin.page
      .getByText(
        "Er is een nieuw bericht binnengekomen sinds je begon te schrijven. Lees het voor je verstuurt.",
        { exact: true },
      )
      .waitFor();
    await robin.page.getByRole("button", { name: "Versturen" }).click();
    await robin.page.getByText(/Lees het eerst; je antwoord staat nog klaar/).waitFor();
    expect(await robin.page.getByLabel("Je antwoord").inputValue()).toBe("Heb je de spammap al bekeken?");
    await screenshot(robin.page, "agent-ticket-reply-crossed");
    // Having read it, Robin sends again, and it goes.
    await robin.page.getByRole("button", { name: "Versturen" }).click();
    await robinThread.getByText("Heb je de spammap al bekeken?").waitFor(patiently);
    await sam.page
      .getByRole("region", { name: "Gesprek" })
      .getByText("Heb je de spammap al bekeken?")
      .waitFor(live);
    expect([...sam.errors, ...robin.errors, ...customer.errors]).toEqual([]);
  });
});

describe("Customer records and Mijn account", () => {
  const auditOf = (page: Page) => page.getByTestId("customer-audit");

  it("customer records: billing changes a billing period with a reason and the audit shows it", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Fagent%2Fcustomers%3Fq%3DFatima");
    await signInWithPassword(page, "billing@demo.test");
    await page.getByRole("heading", { level: 1, name: "Klanten" }).waitFor();
    await page.getByRole("link", { name: "Fatima El Amrani" }).click();
    await page.getByRole("heading", { level: 1, name: "Klant Fatima El Amrani" }).waitFor();
    const form = page.getByRole("form", { name: "Betaalgegevens wijzigen" });
    await auditOf(page).or(page.getByText("Nog geen wijzigingen vastgelegd.")).waitFor();

    // Without a reason: the field says so, and nothing is sent.
    await form.getByLabel("Betaalperiode van Webhosting Business").selectOption("monthly");
    await form.getByRole("button", { name: "Wijziging opslaan" }).click();
    await form.getByText("Geef een reden van 3 tot 500 tekens.").waitFor();
    // A wrong IBAN: the contract's check digits, next to the field.
    await form.getByLabel("IBAN").fill("NL00 ABNA 0417 1643 00");
    await form.getByLabel("Reden van de wijziging").fill("Klant vraagt per ticket om per maand te betalen");
    await form.getByRole("button", { name: "Wijziging opslaan" }).click();
    await form.getByText(/Vul een geldige IBAN in/).waitFor();
    await form.getByLabel("IBAN").fill("NL02RABO0123456789");

    // A double click saves once: one line in the trail.
    await form.getByRole("button", { name: "Wijziging opslaan" }).dblclick();
    await form.getByText("Betaalgegevens opgeslagen.").waitFor();
    await auditOf(page).getByText("Webhosting Business: per jaar → per maand").waitFor();
    await auditOf(page).getByText("Reden: Klant vraagt per ticket om per maand te betalen").waitFor();
    expect(await auditOf(page).locator(":scope > li").count()).toBe(1);
    const services = page.getByTestId("customer-services");
    await services
      .getByRole("row", { name: /Webhosting Business/ })
      .getByText("per maand")
      .waitFor();

    // The double click also selected the form's text: unselected, so the screenshot shows the page.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await screenshotAtBothWidths(page, "agent-customer-billing");
    const passed: number[] = [];
    const serious = (await axeFindings(page, passed)).filter((f) =>
      ["serious", "critical"].includes(f.impact ?? ""),
    );
    expect(serious).toEqual([]);
    expect(passed[0]).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it("customer records: an agent's customer page lacks the private fields", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Fagent%2Fcustomers%3Fq%3Ddevries");
    await signInWithPassword(page, "agent@demo.test");
    await page.getByRole("link", { name: "Jan de Vries" }).click();
    await page.getByRole("heading", { level: 1, name: "Klant Jan de Vries" }).waitFor();
    await page.getByTestId("customer-services").getByText("Webhosting Plus").waitFor();
    await page.getByRole("heading", { name: "Tickets" }).waitFor();
    const text = await page.locator("main").textContent();
    for (const hidden of ["Keizersgracht", "NL91ABNA0417164300", "Privégegevens", "Betaalgegevens wijzigen"])
      expect(text).not.toContain(hidden);
    expect(await page.getByTestId("customer-private").count()).toBe(0);
    await screenshotAtBothWidths(page, "agent-customer-support-view");
    const passed: number[] = [];
    const serious = (await axeFindings(page, passed)).filter((f) =>
      ["serious", "critical"].includes(f.impact ?? ""),
    );
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("customer records: a customer's Mijn account shows services and asks for a change with a filled-in ticket", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Faccount");
    await signInWithPassword(page, "customer@demo.test");
    await page.getByRole("heading", { level: 1, name: "Mijn account" }).waitFor();
    const services = page.getByTestId("my-services");
    const hosting = services.getByRole("listitem").filter({ hasText: "Webhosting Plus" });
    await hosting.getByText("Best Effort").waitFor();
    await hosting.getByText("Per maand").waitFor();
    await page
      .getByTestId("my-contact")
      .getByText("jan de vries", { exact: false })
      .or(page.getByText("Jan de Vries"))
      .first()
      .waitFor();
    // Customers never see staff names.
    const text = await page.locator("main").textContent();
    for (const staffName of ["Sam Support", "Robin Support", "Dana Debiteuren", "Ada Admin"])
      expect(text).not.toContain(staffName);
    await screenshotAtBothWidths(page, "my-account");
    const passed: number[] = [];
    const serious = (await axeFindings(page, passed)).filter((f) =>
      ["serious", "critical"].includes(f.impact ?? ""),
    );
    expect(serious).toEqual([]);

    await hosting.getByRole("link", { name: "Betaalperiode van Webhosting Plus wijzigen" }).click();
    await page.waitForURL(/\/tickets\/new\?/);
    const request = page.locator('select[name="request"]');
    await request.waitFor();
    expect(await request.inputValue()).toBe("yearly_billing");
    expect(await page.locator('input[name="category"]:checked').getAttribute("value")).toBe("billing");
    await expect.poll(() => page.locator('select[name="serviceId"]').inputValue()).not.toBe("");
    await screenshot(page, "my-account-change-request");
    expect(errors).toEqual([]);
  });
});

describe("Remote-support appointments, against the real API", () => {
  it("a customer books a free slot, sees it on the ticket and gets the .ics; staff see it in the day's appointments", async () => {
    const { page, errors } = await visit("/login");
    await signInWithPassword(page, "customer@demo.test");
    await accountOf(page).waitFor();
    await page.goto(`${baseUrl}/tickets/new`);
    await page.getByRole("radio", { name: "Hulp op afstand" }).check();
    const firstTime = page.getByRole("group", { name: "Tijdstip" }).getByRole("radio").first();
    await firstTime.waitFor();
    const day = await page.getByLabel("Dag").locator("option:checked").textContent();
    const time = await page.getByRole("group", { name: "Tijdstip" }).locator("label").first().textContent();
    await firstTime.check();
    await page.getByLabel("Telefoonnummer waarop we je bellen").fill("06 12345678");
    await page.getByLabel("Onderwerp").fill("Outlook op afstand instellen");
    await page.getByLabel("Je bericht").fill("Kunnen jullie meekijken bij het instellen van mijn mail?");
    await screenshotAtBothWidths(page, "appointment-slot-picker");
    await page.getByRole("button", { name: "Vraag versturen" }).click();

    const confirmation = await (inbox as SmtpInbox).waitFor("customer@demo.test", 15_000, (email) =>
      email.subject.includes("Outlook op afstand instellen"),
    );
    expect(confirmation.text).toContain("06 12345678");
    const ics = confirmation.attachments.find((file) => file.filename === "afspraak.ics");
    expect(ics?.contentType).toBe("text/calendar");
    expect(ics?.content).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z/);

    const link = linkIn(confirmation.text, /https?:\/\/\S+\/tickets\/[0-9a-f-]{36}/);
    await page.goto(link as string);
    const card = page.getByTestId("ticket-appointment");
    await card.getByRole("heading", { name: "Je afspraak" }).waitFor();
    const [from] = (time ?? "").split(" – ");
    expect(await card.textContent()).toContain(from);
    expect(await card.textContent()).toContain("06 12345678");
    await screenshotAtBothWidths(page, "appointment-on-ticket");
    expect(errors).toEqual([]);

    const staff = await visit("/agent");
    await signInWithPassword(staff.page, "agent@demo.test");
    await staff.page.getByRole("link", { name: "Afspraken", exact: true }).click();
    await staff.page.getByRole("heading", { level: 1, name: "Afspraken vandaag" }).waitFor();
    // The demo data has appointments today, with the numbers to call.
    await staff.page.getByRole("table").getByRole("link").first().waitFor();
    await screenshotAtBothWidths(staff.page, "appointments-today");
    // The booked one, on its day.
    const booked = await querySql<{ day: string }>(
      databaseUrl,
      "SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day FROM appointments a JOIN tickets t ON t.id = a.ticket_id WHERE t.subject = 'Outlook op afstand instellen'",
    );
    await staff.page.getByLabel("Datum").fill(String(booked[0]?.day));
    await staff.page.getByRole("link", { name: /Outlook op afstand instellen/ }).waitFor();
    expect(await staff.page.getByRole("table").textContent()).toContain("06 12345678");
    expect(day).toBeTruthy();
    await screenshot(staff.page, "appointments-booked-day");
    expect(staff.errors).toEqual([]);
  });
});

describe("Reports dashboard, against the real API", () => {
  it("customer service opens Rapportages: charts of the demo weeks, the previous period, a CSV, axe-clean", async () => {
    const { page, errors, requests } = await visit("/login?returnTo=%2Fagent");
    await signInWithPassword(page, "service@demo.test");
    await page.getByRole("banner").getByRole("link", { name: "Rapportages" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapportages" }).waitFor();
    // The charts: SVG drawn by Recharts, in a chunk of their own loaded only now.
    await page.locator("[data-testid=chart] svg.recharts-surface").first().waitFor();
    expect(await page.locator("[data-testid=chart] svg.recharts-surface").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(10);
    // The backlog: unsolved now and a period ago, and now's split by who it waits on (demo history).
    const backlogChart = page
      .locator(".reports__card", { hasText: "Openstaande tickets" })
      .getByTestId("chart");
    await backlogChart.locator(".recharts-line-curve").nth(3).waitFor();
    expect(await backlogChart.getByText("Wacht op klant").count()).toBeGreaterThan(0);
    // Every chart is drawn at its card's size before the screenshot (the legend's icons are SVG too).
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-testid=chart] .recharts-wrapper > svg.recharts-surface")].every(
        (svg) => svg.getBoundingClientRect().width > 200 && svg.getBoundingClientRect().height > 100,
      ),
    );
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
    expect(requests.some((url) => /\/assets\/reports-page-[^/]+\.js$/.test(url))).toBe(true);
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toContain("Vorige periode:");
    expect(main).toContain("Tickets aangemaakt");
    expect(main).toContain("Toch een ticket");
    await screenshotAtBothWidths(page, "reports-dashboard");
    expect(await axeFindings(page, [])).toEqual([]);

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV downloaden: Tevredenheid" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^rapportage-satisfaction-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = (await readFile((await file.path()) ?? "")).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("period,from,to,ratings,good,bad,good_share,comments,review_clicks");

    // A year by month: the same screen, other buckets.
    await page.getByRole("button", { name: "Laatste jaar" }).click();
    expect(await page.getByLabel("Per", { exact: true }).inputValue()).toBe("month");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe("Webhooks, against the real API", () => {
  it("an admin registers a webhook to a local receiver, a new ticket arrives signed, the deliveries list shows it and it is sent again", async () => {
    // The receiver: answers every POST with 200 and keeps what it got.
    const received: { signature: string; body: string }[] = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        received.push({ signature: String(request.headers["helpdesk-signature"] ?? ""), body });
        response.writeHead(200, { "content-type": "text/plain" }).end("ontvangen");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const address = receiver.address();
    if (address === null || typeof address === "string") throw new Error("the receiver has no port");
    const hookUrl = `http://127.0.0.1:${address.port}/hooks/helpdesk`;
    const arrivals = async (count: number) => {
      const deadline = Date.now() + 20_000;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(received).toHaveLength(count);
    };

    try {
      const { page, errors } = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fwebhooks");
      await signInWithPassword(page, "admin@demo.test");
      await page.getByRole("heading", { level: 1, name: "Webhooks" }).waitFor();
      const form = page.getByRole("form", { name: "Nieuwe webhook" });
      await form.getByLabel("Adres (URL)").fill(hookUrl);
      await form.getByRole("checkbox", { name: "Ticket aangemaakt" }).check();
      await form.getByLabel("Rol").selectOption("agent");
      await form.getByRole("button", { name: "Webhook registreren" }).click();
      const secret = (await page.locator(".webhooks__secret").textContent()) ?? "";
      expect(secret).toMatch(/^whsec_/);
      const table = page.getByRole("table", { name: "Webhooks" });
      await table.getByRole("row", { name: new RegExp(address.port.toString()) }).waitFor();

      const filed = await fileTicketAs("customer@demo.test", "Webhook: printer doet het niet", "Hij piept.");
      await arrivals(1);
      const [first] = received;
      const payload = JSON.parse(first?.body ?? "{}") as {
        id: string;
        event: string;
        data: { ticket: { number: string } };
      };
      expect(payload.event).toBe("ticket.created");
      expect(payload.data.ticket.number).toBe(filed.number);
      // Checked the way a receiver would, from the header and the raw body.
      const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(first?.signature ?? "") ?? [];
      expect(signature).toBe(
        createHmac("sha256", secret).update(`${timestamp}.${first?.body}`).digest("hex"),
      );

      await table
        .getByRole("button", { name: new RegExp(`^Bezorgingen ?: ${hookUrl.replace(/[.]/g, "\\.")}$`) })
        .click();
      const deliveries = page.getByRole("table", { name: "Bezorgingen" });
      const delivery = deliveries.getByRole("row", { name: /Ticket aangemaakt/ });
      // The list may have been read just before the attempt was recorded.
      for (let tries = 0; tries < 20 && !(await delivery.getByText("Bezorgd").isVisible()); tries += 1) {
        await page.getByRole("button", { name: "Vernieuwen" }).click();
        await page.waitForTimeout(250);
      }
      await delivery.getByText("Bezorgd").waitFor();
      await delivery.getByText("ontvangen").waitFor();
      expect(await delivery.locator(".webhooks__attempts li").count()).toBe(1);
      await screenshotAtBothWidths(page, "agent-webhooks");
      const axeChecked: number[] = [];
      expect(await axeFindings(page, axeChecked)).toEqual([]);
      expect(axeChecked[0]).toBeGreaterThan(0);

      await delivery.getByRole("button", { name: "Opnieuw versturen" }).click();
      await arrivals(2);
      expect(JSON.parse(received[1]?.body ?? "{}")).toMatchObject({
        id: payload.id,
        event: "ticket.created",
      });
      for (
        let tries = 0;
        tries < 20 && (await delivery.locator(".webhooks__attempts li").count()) < 2;
        tries += 1
      ) {
        await page.getByRole("button", { name: "Vernieuwen" }).click();
        await page.waitForTimeout(250);
      }
      expect(await delivery.locator(".webhooks__attempts li").count()).toBe(2);
      await screenshot(page, "agent-webhooks-redelivered");
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 90_000);
});

describe("Canned replies, against the real API", () => {
  it("an admin writes a canned reply with an FAQ placeholder; an agent inserts it by keyboard and the customer's e-mail has a real link", async () => {
    const faqs = (await (await fetch(`${baseUrl}/api/v1/faqs?limit=1`)).json()) as {
      items: { slug: string; title: string; url: string }[];
    };
    const article = faqs.items[0];
    if (!article) throw new Error("the demo FAQ has no published article");

    const admin = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fcanned-replies");
    await signInWithPassword(admin.page, "admin@demo.test");
    await admin.page.getByRole("heading", { level: 1, name: "Standaardantwoorden" }).waitFor();
    const form = admin.page.getByRole("form", { name: "Nieuw standaardantwoord" });
    // A broken placeholder is refused at its field, in Dutch.
    await form.getByLabel("Titel").fill("Uitleg uit de FAQ");
    await form.getByLabel("Tekst").fill("Zie {{faq:bestaat-niet}}");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    await form.getByText("Er is geen gepubliceerd artikel met dit adres.").waitFor();
    await form
      .getByLabel("Tekst")
      .fill(
        `Beste {{customer.name}},\n\nOver ticket {{ticket.number}}: in {{faq:${article.slug}}} staat hoe het werkt.\n\nMet vriendelijke groet`,
      );
    await form.getByLabel("Prioriteit").selectOption("high");
    await form.getByRole("button", { name: "Toevoegen" }).dblclick();
    await admin.page.getByRole("cell", { name: "Uitleg uit de FAQ", exact: true }).waitFor();
    expect(await admin.page.getByRole("cell", { name: "Uitleg uit de FAQ", exact: true }).count()).toBe(1);
    const checked: number[] = [];
    expect(await axeFindings(admin.page, checked)).toEqual([]);
    await screenshotAtBothWidths(admin.page, "agent-canned-replies");
    expect(admin.errors).toEqual([]);
    await admin.page.context().close();

    const guestEmail = `canned-${Date.now()}@example.test`;
    const created = await fetch(`${baseUrl}/api/v1/tickets`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        category: "other",
        subject: "Hoe werkt dit?",
        message: "Ik kom er niet uit.",
        email: guestEmail,
        name: "Carla Canned",
      }),
    });
    expect(created.status).toBe(201);
    const ticket = (await created.json()) as { id: string; number: string };

    const agent = await visit(`/login?returnTo=${encodeURIComponent(`/agent/tickets/${ticket.id}`)}`);
    await signInWithPassword(agent.page, "agent@demo.test");
    await agent.page.getByRole("heading", { level: 1, name: "Hoe werkt dit?" }).waitFor();
    await agent.page.getByLabel("Je antwoord").focus();
    await agent.page.keyboard.press("Alt+KeyJ");
    const search = agent.page.getByRole("combobox", { name: "Zoek een standaardantwoord" });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await agent.page.keyboard.type("Uitleg uit");
    await agent.page.getByRole("option", { name: "Uitleg uit de FAQ", selected: true }).waitFor();
    await screenshot(agent.page, "agent-canned-picker");
    await agent.page.keyboard.press("Enter");
    const box = agent.page.getByLabel("Je antwoord");
    await expect.poll(() => box.inputValue(), patiently).toContain(`[${article.title}](${article.url})`);
    const inserted = await box.inputValue();
    expect(inserted).toContain("Beste Carla Canned,");
    expect(inserted).toContain(`Over ticket ${ticket.number}:`);
    expect(inserted).not.toContain("{{");
    // Its suggested change waits for the agent.
    await agent.page.getByRole("group", { name: "Uitleg uit de FAQ stelt voor:" }).waitFor();
    await agent.page.getByRole("button", { name: "Toepassen" }).click();
    await screenshotAtBothWidths(agent.page, "agent-canned-inserted");
    await agent.page.getByRole("button", { name: "Versturen" }).click();
    await agent.page.getByText("Beste Carla Canned,").first().waitFor();

    const mail = await (inbox as SmtpInbox).waitFor(guestEmail, 15_000, (email) =>
      email.text.includes("Beste Carla Canned"),
    );
    expect(mail.html).toMatch(
      new RegExp(
        `<a href="${article.url.replace(/[.?*+^$()[\]\\/]/g, "\\$&")}" rel="noopener noreferrer"[^>]*>`,
      ),
    );
    expect(mail.text).toContain(`${article.title} (${article.url})`);
    expect(`${mail.text}${mail.html}`).not.toContain("{{");
    expect(`${mail.text}${mail.html}`).not.toContain("](");
    expect(agent.errors).toEqual([]);
    await agent.page.context().close();
  });
});

describe("Snoozing a ticket, against the real API", () => {
  it("an agent snoozes a ticket until tomorrow: it leaves Alle open tickets for Uitgesteld, and comes back at once when brought back", async () => {
    const filed = await fileTicketAs("customer@demo.test", "Uitstel: later naar kijken", "Geen haast.");
    const agent = await visit(`/login?returnTo=${encodeURIComponent(`/agent/tickets/${filed.id}`)}`);
    await signInWithPassword(agent.page, "agent@demo.test");
    const panel = agent.page.getByRole("region", { name: "Uitstellen" });
    await panel.getByLabel("Uitstellen tot").waitFor();
    // A moment in the past is refused in the form, in words.
    await panel.getByLabel("Uitstellen tot").fill("2020-01-01T09:00");
    await panel.getByRole("button", { name: "Uitstellen", exact: true }).click();
    await panel.getByText("Kies een moment in de toekomst.").waitFor();
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T09:30`;
    await panel.getByLabel("Uitstellen tot").fill(local);
    await panel.getByRole("button", { name: "Uitstellen", exact: true }).click();
    await panel.getByTestId("snoozed-until").waitFor();
    expect(await panel.getByTestId("snoozed-until").textContent()).toMatch(/^Uitgesteld tot .*09:30\.$/);
    await agent.page.getByRole("listitem").filter({ hasText: "Uitgesteld tot" }).first().waitFor();
    const serious = (await axeFindings(agent.page, [])).filter(
      (finding) => finding.impact === "serious" || finding.impact === "critical",
    );
    expect(serious).toEqual([]);
    await screenshotAtBothWidths(agent.page, "agent-ticket-snoozed");

    await agent.page.goto(`${baseUrl}/agent?view=open`);
    const row = agent.page
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: "Uitstel: later naar kijken" });
    await agent.page.getByRole("heading", { level: 1, name: "Wachtrij: Alle open tickets" }).waitFor();
    await expect.poll(() => row.count(), patiently).toBe(0);
    await agent.page.getByRole("link", { name: /^Uitgesteld/ }).click();
    await expect.poll(() => row.count(), patiently).toBe(1);
    expect(await row.textContent()).toContain("uitgesteld tot");
    await screenshotAtBothWidths(agent.page, "agent-queue-snoozed");

    await row.getByRole("link", { name: /Uitstel: later naar kijken/ }).click();
    await agent.page.getByRole("button", { name: "Nu terughalen" }).click();
    await agent.page
      .getByRole("region", { name: "Uitstellen" })
      .getByText(/Haal het ticket uit de wachtrij/)
      .waitFor();
    await agent.page.goto(`${baseUrl}/agent?view=open`);
    await expect.poll(() => row.count(), patiently).toBe(1);
    expect(agent.errors).toEqual([]);
    await agent.page.context().close();
  });
});

describe("Knowledge base editor, against the real API", () => {
  const title = "Kwartelbox koppelen aan je webmail";
  const slug = "kwartelbox-koppelen-aan-je-webmail";

  it("an admin writes and publishes an article with a live preview; a customer typing a matching sentence gets it within a second", async () => {
    const { page, errors } = await visit("/login?returnTo=%2Fagent%2Ffaqs");
    await signInWithPassword(page, "admin@demo.test");
    await page.getByRole("heading", { level: 1, name: "Kennisbank" }).waitFor();
    await page.getByRole("table", { name: "Artikelen" }).waitFor();
    await screenshotAtBothWidths(page, "kb-list");
    expect(await axeFindings(page, [])).toEqual([]);

    await page.getByRole("link", { name: "Nieuw artikel" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuw artikel" }).waitFor();
    await page.getByLabel("Titel").fill(title);
    await page
      .getByLabel("Tekst (Markdown)")
      .fill("Open **Instellingen** en kies *Kwartelbox*.\n\n- Log in op de webmail\n- Kies Koppelen");
    await page.getByLabel("Trefwoorden").fill("kwartelbox, koppelen");
    await page.getByLabel("Status", { exact: true }).selectOption("published");
    const preview = page.getByRole("region", { name: "Voorbeeld zoals de klant het ziet" });
    expect(await preview.locator("strong").textContent()).toBe("Instellingen");
    expect(await preview.locator("li").count()).toBe(2);
    await screenshotAtBothWidths(page, "kb-editor");
    expect(await axeFindings(page, [])).toEqual([]);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForURL(`**/agent/faqs/edit/${slug}`);
    await page.locator(".notice__text", { hasText: "Artikel aangemaakt." }).waitFor();

    // The tester on the list shows what a customer would get, and why.
    await page.getByRole("link", { name: "Terug naar de kennisbank" }).click();
    await page.getByLabel("Wat typt de klant?").fill("mijn kwartelbox koppelen lukt niet");
    const tester = page.getByRole("region", { name: "Test de suggesties" });
    await tester.getByRole("link", { name: title }).waitFor();
    expect(await tester.locator("mark").count()).toBeGreaterThan(0);
    expect(await tester.textContent()).toMatch(/Score \d+ van 100/);
    await screenshotAtBothWidths(page, "kb-tester");
    expect(errors).toEqual([]);
    await page.context().close();

    const customer = await visit("/tickets/new");
    await customer.page.getByRole("radio", { name: "Technisch probleem of storing" }).check();
    await customer.page
      .getByLabel("Onderwerp")
      .pressSequentially("Mijn kwartelbox koppelen lukt niet", { delay: 20 });
    const typed = Date.now();
    await customer.page
      .getByRole("complementary", { name: "Misschien helpt dit" })
      .getByRole("link", { name: title })
      .waitFor({ timeout: 5_000 });
    const waited = Date.now() - typed;
    console.info(`suggestion shown ${waited} ms after the last key`);
    expect(waited).toBeLessThan(1_000);
    expect(customer.errors).toEqual([]);
    await customer.page.context().close();
  }, 180_000);

  it("two editors save the same article: the second sees both versions and overwrites deliberately; categories are reordered by keyboard", async () => {
    const first = await visit(`/login?returnTo=${encodeURIComponent(`/agent/faqs/edit/${slug}`)}`);
    await signInWithPassword(first.page, "admin@demo.test");
    const second = await visit(`/login?returnTo=${encodeURIComponent(`/agent/faqs/edit/${slug}`)}`);
    await signInWithPassword(second.page, "service@demo.test");
    for (const { page } of [first, second])
      await page.getByRole("heading", { level: 1, name: "Artikel bewerken" }).waitFor();

    await first.page.getByLabel("Titel").fill("Kwartelbox koppelen aan je webmail of telefoon");
    await first.page.getByRole("button", { name: "Opslaan" }).click();
    await first.page.locator(".notice__text", { hasText: "Opgeslagen." }).waitFor();

    await second.page.getByLabel("Tekst (Markdown)").fill("Kies in de webmail **Kwartelbox koppelen**.");
    await second.page.getByRole("button", { name: "Opslaan" }).click();
    const conflict = second.page.getByRole("region", {
      name: "Iemand anders heeft dit artikel intussen gewijzigd",
    });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Kwartelbox koppelen aan je webmail of telefoon");
    expect(await conflict.textContent()).toContain("Kies in de webmail **Kwartelbox koppelen**.");
    await screenshotAtBothWidths(second.page, "kb-conflict");
    expect(await axeFindings(second.page, [])).toEqual([]);
    await conflict.getByRole("button", { name: "Mijn versie opslaan over die van hen heen" }).click();
    await second.page.locator(".notice__text", { hasText: "Opgeslagen." }).waitFor();
    const [stored] = await querySql<{ title: string; body: string }>(
      databaseUrl,
      `SELECT title, body FROM faq_articles WHERE slug = '${slug}'`,
    );
    expect(stored).toEqual({ title, body: "Kies in de webmail **Kwartelbox koppelen**." });

    await second.page.goto(`${baseUrl}/agent/faqs/categories`);
    await second.page.getByRole("heading", { level: 1, name: "Categorieën" }).waitFor();
    const rows = second.page.getByRole("table", { name: "Categorieën, in volgorde" }).getByRole("row");
    const secondName = await rows.nth(2).getByRole("textbox").inputValue();
    await rows
      .nth(2)
      .getByRole("button", { name: new RegExp(`^Omhoog\\W+${secondName}$`) })
      .focus();
    await second.page.keyboard.press("Enter");
    await second.page
      .getByTestId("announcer")
      .filter({ hasText: `${secondName} staat nu op plaats 1.` })
      .waitFor({ state: "attached" });
    expect(await rows.nth(1).getByRole("textbox").inputValue()).toBe(secondName);
    await screenshotAtBothWidths(second.page, "kb-categories");
    expect(await axeFindings(second.page, [])).toEqual([]);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  }, 180_000);
});

describe("Notifications, against the real API", () => {
  /** Every element of the agent header's row starts on the same line: it does not wrap. */
  const headerRows = (page: Page) =>
    page.evaluate(() => {
      const inner = document.querySelector(".site-header__inner");
      const items = [
        ...document.querySelectorAll(".site-header__inner > *"),
        ...document.querySelectorAll(".site-nav li"),
      ];
      // One row: every item overlaps every other vertically (the lowest top is above the highest bottom).
      const boxes = items.map((item) => item.getBoundingClientRect());
      const lowestTop = Math.max(...boxes.map((box) => box.top));
      const highestBottom = Math.min(...boxes.map((box) => box.bottom));
      return { rows: lowestTop < highestBottom ? 1 : 2, height: inner?.getBoundingClientRect().height ?? 0 };
    });

  it("agent A assigns a ticket to agent B, whose bell shows it without a reload; B opens it from the panel", async () => {
    const subject = "Melding: domein verhuizen";
    const { id } = await fileTicketAs("customer@demo.test", subject, "Ik wil mijn domein verhuizen.");
    const robin = await visit(`/login?returnTo=${encodeURIComponent("/agent")}`);
    await signInWithPassword(robin.page, "agent2@demo.test");
    const bell = robin.page.getByRole("banner").getByRole("button", { name: /^Meldingen/ });
    await bell.waitFor();
    await robin.page.locator("html[data-live=open]").waitFor({ state: "attached" });
    // Start from an empty bell (earlier journeys filed tickets: those notified everyone).
    await bell.click();
    const panel = robin.page.getByRole("region", { name: "Meldingen" });
    await panel.getByRole("list").or(panel.getByText("Geen meldingen.")).waitFor();
    const readAll = panel.getByRole("button", { name: "Alles gelezen" });
    if (await readAll.isEnabled()) await readAll.click();
    await robin.page.getByRole("button", { name: "Meldingen", exact: true }).waitFor();
    await robin.page.keyboard.press("Escape");
    expect(await panel.count()).toBe(0);

    const sam = await visit(`/login?returnTo=${encodeURIComponent(`/agent/tickets/${id}`)}`);
    await signInWithPassword(sam.page, "agent@demo.test");
    await sam.page.getByRole("heading", { level: 1, name: subject }).waitFor();
    await sam.page.getByLabel("Behandelaar").selectOption({ label: "Robin Support (support)" });

    // Live: within 2 s, without a reload.
    await robin.page.getByRole("button", { name: "Meldingen, 1 ongelezen" }).waitFor({ timeout: 2_000 });
    await robin.page.getByRole("button", { name: "Meldingen, 1 ongelezen" }).click();
    const item = panel.getByRole("link", { name: /Sam Support heeft #[\d-]+ aan jou toegewezen/ });
    await item.waitFor();
    expect(await item.textContent()).toContain(subject);
    await screenshot(robin.page, "agent-notifications");
    const serious = (await axeFindings(robin.page, [])).filter(
      (finding) => finding.impact === "serious" || finding.impact === "critical",
    );
    expect(serious).toEqual([]);
    await robin.page.setViewportSize(phone);
    expect(
      await robin.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await screenshot(robin.page, "agent-notifications-phone");
    await robin.page.setViewportSize(desktop);

    await item.click();
    await robin.page.getByRole("heading", { level: 1, name: subject }).waitFor();
    await robin.page.getByRole("button", { name: "Meldingen", exact: true }).waitFor(patiently);

    // The preferences page, from the panel.
    await robin.page.getByRole("button", { name: "Meldingen", exact: true }).click();
    await panel.getByRole("link", { name: "Meldingsvoorkeuren" }).click();
    await robin.page.getByRole("heading", { level: 1, name: "Meldingsvoorkeuren" }).waitFor();
    const newTickets = robin.page.getByLabel("Er is een nieuw ticket zonder behandelaar");
    expect(await newTickets.isChecked()).toBe(false);
    await newTickets.check();
    await robin.page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
    await robin.page.getByRole("main").getByText("Je meldingsvoorkeuren zijn opgeslagen.").waitFor();
    await screenshotAtBothWidths(robin.page, "agent-notification-preferences");
    const preferencesFindings = (await axeFindings(robin.page, [])).filter(
      (finding) => finding.impact === "serious" || finding.impact === "critical",
    );
    expect(preferencesFindings).toEqual([]);
    expect([...robin.errors, ...sam.errors]).toEqual([]);
    await robin.page.context().close();
    await sam.page.context().close();
  });

  it("the agent header fits one row at 1280 px for every role that works tickets, with the bell", async () => {
    for (const email of ["agent@demo.test", "service@demo.test", "admin@demo.test"]) {
      const { page } = await visit(`/login?returnTo=${encodeURIComponent("/agent")}`);
      await signInWithPassword(page, email);
      await page
        .getByRole("banner")
        .getByRole("button", { name: /^Meldingen/ })
        .waitFor();
      expect({ email, ...(await headerRows(page)) }).toMatchObject({ email, rows: 1 });
      if (email === "service@demo.test") {
        await screenshot(page, "agent-header-customer-service");
        await page.setViewportSize(phone);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        ).toBe(0);
        await screenshot(page, "agent-header-customer-service-phone");
      }
      await page.context().close();
    }
  });
});

describe("Settings, against the real API", () => {
  it("an admin changes the team name and footer, a new ticket's confirmation carries them, and a failed e-mail is retried from the page", async () => {
    const admin = await visit("/login?returnTo=%2Fagent%2Fadmin%2Fsettings");
    await signInWithPassword(admin.page, "admin@demo.test");
    await admin.page.getByRole("heading", { level: 1, name: "Instellingen" }).waitFor();
    const form = admin.page.getByRole("form", { name: "Algemeen" });
    await form.getByLabel("Teamnaam").fill("Klantenservice Voorbeeldhosting");
    await form.getByLabel("Voettekst van e-mails").fill("Voorbeeldhosting B.V. · Kerkstraat 1, Utrecht");
    await form.getByLabel("Bereikbaarheid").fill("Maandag t/m vrijdag van 9:00 tot 17:00 uur");
    // A bad sender address is refused at its field, and nothing is saved.
    await form.getByLabel("Afzenderadres van e-mails").fill("geen-adres");
    await form.getByRole("button", { name: "Instellingen opslaan" }).click();
    await form.getByText("Vul een geldig e-mailadres in").waitFor();
    await screenshot(admin.page, "settings-field-error");
    await form.getByLabel("Afzenderadres van e-mails").fill("support@helpdesk.localhost");
    // A double click saves once.
    await form.getByRole("button", { name: "Instellingen opslaan" }).dblclick();
    await form.getByText("De instellingen zijn opgeslagen.").waitFor();

    // The previews use the saved values; the HTML is shown in a frame that may run no script.
    await admin.page.getByText("Antwoord van het team", { exact: true }).click();
    const frame = admin.page.getByTitle("Voorbeeld van de e-mail “Antwoord van het team”");
    await frame.waitFor();
    expect(await frame.getAttribute("sandbox")).toBe("allow-same-origin");
    // The e-mail's own styles show (the header band), although the page's policy blocks style attributes.
    const headerBand = await frame
      .contentFrame()
      .locator("body")
      .evaluate((body) =>
        [...body.querySelectorAll("*")].some(
          (element) => getComputedStyle(element).backgroundColor === "rgb(30, 58, 138)",
        ),
      );
    expect(headerBand).toBe(true);
    await admin.page
      .getByText(/Voorbeeldhosting B\.V\. · Kerkstraat 1, Utrecht/)
      .first()
      .waitFor();
    await screenshotAtBothWidths(admin.page, "settings-page");
    const findings = await axeFindings(admin.page, []);
    expect(findings).toEqual([]);

    // A guest sees the support hours on the question page; the confirmation is from the team by its new name.
    const guest = await visit("/tickets/new");
    await guest.page.getByText("Bereikbaarheid: Maandag t/m vrijdag van 9:00 tot 17:00 uur").waitFor();
    await guest.page.getByRole("radio", { name: "Iets anders" }).check();
    await guest.page.getByLabel("Onderwerp").fill("Vraag over de instellingen");
    await guest.page.getByLabel("Je bericht").fill("Werkt de nieuwe teamnaam in de bevestiging?");
    await guest.page.getByLabel("E-mailadres").fill("instellingen@example.test");
    await guest.page.getByLabel("Je naam").fill("Ingrid Instelling");
    await guest.page.getByRole("button", { name: "Vraag versturen" }).click();
    await guest.page.getByRole("heading", { level: 2, name: "Je vraag is verstuurd" }).waitFor();
    const confirmation = await (inbox as SmtpInbox).waitFor("instellingen@example.test", 60_000);
    expect(confirmation.text).toContain("Klantenservice Voorbeeldhosting");
    expect(confirmation.text).toContain("Voorbeeldhosting B.V. · Kerkstraat 1, Utrecht");
    expect(confirmation.html).toContain("Voorbeeldhosting B.V.");

    // That e-mail's delivery failed for good (as if the mail server refused it): the admin retries it.
    await runSql(
      databaseUrl,
      `UPDATE domain_events SET failed_at = now(), dispatched_at = NULL, attempts = 5,
         last_error = '550 5.1.1 mailbox unavailable'
       WHERE id = (SELECT id FROM domain_events WHERE ticket_id IS NOT NULL ORDER BY occurred_at DESC LIMIT 1)`,
    );
    await admin.page.reload();
    const row = admin.page.getByRole("row").filter({ hasText: "550 5.1.1 mailbox unavailable" });
    await row.getByRole("button", { name: "Opnieuw proberen" }).click();
    await row.getByText("Ingepland om opnieuw te versturen").waitFor();
    await screenshot(admin.page, "settings-failed-email-retried");
    // Known gap: the preview frame (srcdoc) inherits the app's Content-Security-Policy
    // (style-src 'self'), so the e-mail's inline styles are refused there and it shows unstyled.
    const cspInlineStyle = (error: string) => error.includes("Applying inline style violates");
    expect(admin.errors.filter((error) => !cspInlineStyle(error))).toEqual([]);
    expect(guest.errors).toEqual([]);
    await Promise.all([admin.page.context().close(), guest.page.context().close()]);
    // Back to the configuration's values for whatever runs after.
    await runSql(databaseUrl, `DELETE FROM app_settings WHERE key = 'general'`);
  }, 150_000);
});
