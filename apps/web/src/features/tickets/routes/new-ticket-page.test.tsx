import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  callsTo,
  customer,
  fieldProblem,
  problem,
  renderApp,
  sessionFor,
  stubApi,
} from "../../../../test/render-app.tsx";

const created = {
  id: "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  number: "#483920",
  status: "new",
  category: "callback",
};

/** A 400 as the API sends it for a body that breaks the contract. */
const validationProblem = (errors: { path: string; code: string; message: string }[]) =>
  fieldProblem(400, "validation_failed", errors);

const categoryGroup = () => screen.getByRole("group", { name: "Waar gaat je vraag over?" });

describe("new ticket (/tickets/new)", () => {
  it("asks for the category first, then only the fields that category needs", async () => {
    stubApi("online", {
      "GET /appointment-slots": () =>
        Response.json({
          timeZone: "Europe/Amsterdam",
          slotMinutes: 30,
          items: [
            { startsAt: "2026-12-01T09:00:00.000Z", endsAt: "2026-12-01T09:30:00.000Z", free: 2 },
            { startsAt: "2026-12-01T09:30:00.000Z", endsAt: "2026-12-01T10:00:00.000Z", free: 1 },
          ],
        }),
    });
    const { user } = renderApp("/tickets/new");

    expect(await screen.findByRole("heading", { level: 1, name: "Vraag stellen" })).toBeInTheDocument();
    const categories = within(categoryGroup()).getAllByRole("radio");
    expect(categories.map((radio) => radio.closest(".choice")?.querySelector("label")?.textContent)).toEqual([
      "Administratieve wijziging",
      "Facturen en betalen",
      "Opzeggen",
      "Technisch probleem of storing",
      "Hulp op afstand",
      "Terugbelverzoek",
      "Iets anders",
    ]);
    expect(screen.queryByLabelText("Welk pakket of domein?")).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Opzeggen" }));
    const cancel = screen.getByRole("group", { name: "Wat wil je opzeggen?" });
    expect(
      within(cancel)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["hosting", "domain", "hosting_and_domain"]);
    expect(screen.getByLabelText("Welk pakket of domein?")).toBeInTheDocument();
    expect(screen.getByLabelText("Gewenste einddatum")).toHaveAttribute("type", "date");
    expect(screen.getByText(/De einddatum volgt de looptijd van je contract/)).toBeInTheDocument();
    expect(screen.getByText(/Vooruitbetaalde kosten worden niet terugbetaald/)).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Hulp op afstand" }));
    expect(screen.queryByLabelText("Welk pakket of domein?")).not.toBeInTheDocument();
    // Real free slots to choose from, and the number to call.
    expect(await screen.findByLabelText("Dag", { exact: false })).toBeInTheDocument();
    const slots = screen.getByRole("group", { name: "Tijdstip" });
    expect(within(slots).getAllByRole("radio")).toHaveLength(2);
    expect(screen.getByLabelText("Telefoonnummer waarop we je bellen", { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Terugbelverzoek" }));
    expect(screen.getByLabelText("Naam")).toBeInTheDocument();
    expect(screen.getByLabelText("Telefoonnummer")).toHaveAttribute("type", "tel");
    expect(screen.getByLabelText("Wanneer kunnen we je het best bellen?")).toBeInTheDocument();
    // A guest also says who they are.
    expect(screen.getByLabelText("E-mailadres")).toBeInTheDocument();
    expect(screen.getByLabelText("Je naam")).toBeInTheDocument();
  });

  it("checks the form with the contract before sending, and puts each problem at its field", async () => {
    const fetch = stubApi("online");
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });

    await user.type(screen.getByLabelText("Onderwerp"), "Hi");
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));

    expect(within(categoryGroup()).getByText("Maak een keuze.")).toBeInTheDocument();
    expect(within(categoryGroup()).getAllByRole("radio")[0]).toHaveFocus();
    expect(screen.getByLabelText("Onderwerp")).toHaveAccessibleDescription(
      expect.stringContaining("Gebruik minstens 3 tekens."),
    );
    expect(screen.getByLabelText("Je bericht")).toHaveAccessibleDescription(
      expect.stringContaining("Vul dit veld in."),
    );
    expect(screen.getByLabelText("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    expect(callsTo(fetch, "POST /tickets")).toEqual([]);
  });

  it("shows the API's field errors (400) next to their fields", async () => {
    stubApi("online", {
      "POST /tickets": () =>
        validationProblem([
          { path: "body.details.serviceName", code: "too_big", message: "Too big" },
          { path: "body.email", code: "invalid_format", message: "Invalid email" },
        ]),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });

    await user.click(screen.getByRole("radio", { name: "Opzeggen" }));
    await user.click(screen.getByRole("radio", { name: "Domein" }));
    await user.type(screen.getByLabelText("Welk pakket of domein?"), "voorbeeld.nl");
    await user.type(screen.getByLabelText("Gewenste einddatum"), "2027-01-31");
    await user.type(screen.getByLabelText("Onderwerp"), "Domein opzeggen");
    await user.type(screen.getByLabelText("Je bericht"), "Graag mijn domein opzeggen.");
    await user.type(screen.getByLabelText("E-mailadres"), "jan@voorbeeld.nl");
    await user.type(screen.getByLabelText("Je naam"), "Jan Jansen");
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));

    const serviceName = screen.getByLabelText("Welk pakket of domein?");
    expect(await screen.findByText("Gebruik hoogstens 200 tekens.")).toBeInTheDocument();
    expect(serviceName).toHaveAttribute("aria-invalid", "true");
    expect(serviceName).toHaveAccessibleDescription(expect.stringContaining("Gebruik hoogstens 200 tekens."));
    expect(serviceName).toHaveFocus();
    expect(screen.getByLabelText("E-mailadres")).toHaveAccessibleDescription(
      expect.stringContaining("Vul een geldig e-mailadres in"),
    );
  });

  it("files the ticket with one Idempotency-Key per form, then shows the number and that an e-mail is on its way", async () => {
    let attempts = 0;
    const fetch = stubApi("online", {
      "POST /tickets": () => {
        attempts += 1;
        return attempts === 1
          ? problem(503, "service_unavailable", "Try again")
          : Response.json(created, { status: 201 });
      },
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });

    await user.click(screen.getByRole("radio", { name: "Terugbelverzoek" }));
    await user.type(screen.getByLabelText("Naam"), "Jan Jansen");
    await user.type(screen.getByLabelText("Telefoonnummer"), "020 123 4567");
    await user.type(screen.getByLabelText("Wanneer kunnen we je het best bellen?"), "dinsdag na 14:00");
    await user.type(screen.getByLabelText("Onderwerp"), "Bel me even");
    await user.type(screen.getByLabelText("Je bericht"), "Mijn website is traag.");
    await user.type(screen.getByLabelText("E-mailadres"), "Jan@Voorbeeld.nl");
    await user.type(screen.getByLabelText("Je naam"), "Jan Jansen");

    // The first try fails (the form says so); the retry carries the same key.
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));
    const failure = await screen.findByText(/Er ging iets mis/);
    expect(failure.closest(".form-alert")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));

    const sent = await screen.findByRole("heading", { level: 2, name: "Je vraag is verstuurd" });
    expect(sent).toHaveFocus();
    expect(screen.getByText("Je ticketnummer is #483920.")).toBeInTheDocument();
    expect(
      screen.getByText(/bevestiging met een link naar je ticket onderweg naar jan@voorbeeld.nl/),
    ).toBeInTheDocument();
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "Je vraag is verstuurd. Je ticketnummer is #483920.",
    );

    const posts = callsTo(fetch, "POST /tickets");
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toEqual({
      category: "callback",
      details: { callerName: "Jan Jansen", phone: "020 123 4567", preferredTime: "dinsdag na 14:00" },
      subject: "Bel me even",
      message: "Mijn website is traag.",
      email: "jan@voorbeeld.nl",
      name: "Jan Jansen",
    });
    const key = posts[0]?.headers.get("idempotency-key");
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(posts[1]?.headers.get("idempotency-key")).toBe(key);

    // Another question is another form session, with a key of its own.
    await user.click(screen.getByRole("button", { name: "Nog een vraag stellen" }));
    expect(screen.getByRole("group", { name: "Waar gaat je vraag over?" })).toBeInTheDocument();
  });

  it("does not ask a signed-in customer for their address or name, and offers their own services", async () => {
    const hostingId = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
    const fetch = stubApi("online", {
      "POST /auth/refresh": () => sessionFor(customer),
      [`GET /customers/${customer.id}`]: () =>
        Response.json({
          view: "full",
          id: customer.id,
          email: customer.email,
          name: customer.name,
          phone: null,
          language: "nl",
          emailVerified: true,
          services: [
            {
              id: hostingId,
              kind: "hosting",
              name: "devries.nl",
              serviceLevel: "standard",
              billingPeriod: "yearly",
            },
          ],
          postalAddress: null,
          iban: null,
          dateOfBirth: null,
        }),
      "POST /tickets": () => Response.json({ ...created, category: "cancellation" }, { status: 201 }),
    });
    const { user } = renderApp("/tickets/new");

    expect(
      await screen.findByText("Je stelt deze vraag als Anne de Vries (customer@demo.test)."),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText("E-mailadres")).not.toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Opzeggen" }));
    await user.click(screen.getByRole("radio", { name: "Hosting" }));
    await user.selectOptions(
      await screen.findByLabelText("Over welke dienst gaat het? (optioneel)"),
      "devries.nl (hosting)",
    );
    // The cancellation names the chosen service.
    expect(screen.getByLabelText("Welk pakket of domein?")).toHaveValue("devries.nl");
    await user.type(screen.getByLabelText("Gewenste einddatum"), "2027-03-31");
    await user.type(screen.getByLabelText("Onderwerp"), "Een vraag");
    await user.type(screen.getByLabelText("Je bericht"), "Hoe werkt dit?");
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));

    expect(await screen.findByRole("link", { name: "Bekijk je ticket" })).toHaveAttribute(
      "href",
      `/tickets/${created.id}`,
    );
    const [post] = callsTo(fetch, "POST /tickets");
    expect(post?.body).toEqual({
      category: "cancellation",
      details: { cancel: "hosting", serviceName: "devries.nl", requestedEndDate: "2027-03-31" },
      serviceId: hostingId,
      subject: "Een vraag",
      message: "Hoe werkt dit?",
    });
    expect(post?.headers.get("authorization")).toMatch(/^Bearer /);
  });

  it("suggests FAQ articles beside the form while typing, as links that open in a new tab, and says so politely", async () => {
    const fetch = stubApi("online", {
      "GET /faqs/suggestions": () =>
        Response.json({
          items: [
            {
              id: "9b2f7c1e-4d3a-4b5c-8d6e-7f8091a2b3c4",
              slug: "wachtwoord-vergeten",
              title: "Wachtwoord vergeten",
              url: "/faq/wachtwoord-vergeten",
              language: "nl",
              translationOf: null,
              snippet: "Vraag een nieuw wachtwoord aan via de inlogpagina.",
              highlights: [{ start: 16, end: 26 }],
              score: 0.8,
            },
          ],
        }),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });
    const slot = screen.getByRole("complementary", { name: /veelgestelde vragen/ });
    expect(within(slot).queryByRole("link")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Onderwerp"), "wachtwoord vergeten");

    const link = await within(screen.getByRole("complementary")).findByRole("link", {
      name: "Wachtwoord vergeten (opent in een nieuw tabblad)",
    });
    expect(link).toHaveAttribute("href", "/faq/wachtwoord-vergeten");
    expect(link).toHaveAttribute("target", "_blank");
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "1 artikel uit de veelgestelde vragen past misschien bij je vraag.",
    );
    // Debounced: one question for the whole phrase, not one per keystroke.
    const asked = fetch.mock.calls
      .map(([url]) => String(url))
      .filter((url) => url.includes("/faqs/suggestions"));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain("q=wachtwoord+vergeten");
  });
});

// ── Files: uploaded as soon as they are chosen, sent with the ticket by token ──

const tokenOf = (letter: string) => letter.repeat(43);
const stagedAnswer = (name: string, token: string) =>
  Response.json(
    { token, name, size: 8, contentType: "application/pdf", expiresAt: "2026-11-24T09:00:00.000Z" },
    { status: 201 },
  );
const pdf = (name: string) => new File(["%PDF-1.4"], name, { type: "application/pdf" });
const fileInput = () => screen.getByLabelText("Bestanden meesturen (optioneel)");
const chosenFiles = () => screen.getByRole("list", { name: "Gekozen bestanden" });

/** A guest's question with everything but files filled in. */
async function fillQuestion(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(screen.getByRole("radio", { name: "Iets anders" }));
  await user.type(screen.getByLabelText("Onderwerp"), "Formulier meegestuurd");
  await user.type(screen.getByLabelText("Je bericht"), "Zie de bijlage.");
  await user.type(screen.getByLabelText("E-mailadres"), "jan@voorbeeld.nl");
  await user.type(screen.getByLabelText("Je naam"), "Jan Jansen");
}

describe("new ticket with files", () => {
  // jsdom's XMLHttpRequest would go to the network: uploads take the client's fetch path here.
  const withoutXhr = () => vi.stubGlobal("XMLHttpRequest", undefined);

  it("states what may be sent, uploads each chosen file at once, and sends the tokens with the ticket", async () => {
    withoutXhr();
    const tokens = [tokenOf("A"), tokenOf("B")];
    let uploads = 0;
    const fetch = stubApi("online", {
      "POST /uploads": () => {
        uploads += 1;
        return stagedAnswer(uploads === 1 ? "Opzegformulier.pdf" : "bijlage.pdf", tokens[uploads - 1] ?? "");
      },
      "POST /tickets": () => Response.json(created, { status: 201 }),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });
    await fillQuestion(user);

    expect(fileInput()).toHaveAttribute("multiple");
    expect(fileInput()).toHaveAccessibleDescription(
      expect.stringContaining("hoogstens 10 bestanden van elk 10 MB"),
    );
    await user.upload(fileInput(), [pdf("opzegformulier.PDF"), pdf("bijlage.pdf")]);

    // The API's name for each file, its bar full, and a way to take it out again.
    expect(await within(chosenFiles()).findByText("Opzegformulier.pdf is toegevoegd.")).toBeInTheDocument();
    expect(await within(chosenFiles()).findByText("bijlage.pdf is toegevoegd.")).toBeInTheDocument();
    expect(
      within(chosenFiles()).getByRole("progressbar", { name: "Opzegformulier.pdf is toegevoegd." }),
    ).toHaveAttribute("value", "1");
    expect(screen.getByTestId("announcer")).toHaveTextContent(/is toegevoegd\./);
    await user.click(screen.getByRole("button", { name: "bijlage.pdf verwijderen" }));
    expect(within(chosenFiles()).queryByText("bijlage.pdf is toegevoegd.")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));
    await screen.findByRole("heading", { level: 2, name: "Je vraag is verstuurd" });
    expect(callsTo(fetch, "POST /uploads")).toHaveLength(2);
    expect(callsTo(fetch, "POST /tickets").map((call) => call.body)).toEqual([
      expect.objectContaining({ attachments: [tokens[0]] }),
    ]);
  });

  it("says per file why it was not added (too large before sending, 415 from the API) and leaves it out", async () => {
    withoutXhr();
    const fetch = stubApi("online", {
      "POST /uploads": () => problem(415, "unsupported_media_type", "Attach a PDF, an image, ..."),
      "POST /tickets": () => Response.json(created, { status: 201 }),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });
    await fillQuestion(user);

    const huge = pdf("scan.pdf");
    Object.defineProperty(huge, "size", { value: 10 * 1024 * 1024 + 1 });
    await user.upload(fileInput(), [huge, pdf("programma.pdf")]);

    expect(
      await within(chosenFiles()).findByText(
        "programma.pdf kon niet worden toegevoegd: dit soort bestand nemen we niet aan",
      ),
    ).toBeInTheDocument();
    expect(
      within(chosenFiles()).getByText("scan.pdf kon niet worden toegevoegd: het bestand is groter dan 10 MB"),
    ).toBeInTheDocument();
    // Only the file of a size the API takes was sent.
    expect(callsTo(fetch, "POST /uploads")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));
    await screen.findByRole("heading", { level: 2, name: "Je vraag is verstuurd" });
    expect(callsTo(fetch, "POST /tickets")[0]?.body).not.toHaveProperty("attachments");
  });

  it("does not send the ticket while a file is still uploading", async () => {
    withoutXhr();
    let finish: (() => void) | undefined;
    const fetch = stubApi("online", {
      "POST /uploads": () =>
        new Promise<Response>((resolve) => {
          finish = () => resolve(stagedAnswer("formulier.pdf", tokenOf("C")));
        }),
      "POST /tickets": () => Response.json(created, { status: 201 }),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });
    await fillQuestion(user);
    await user.upload(fileInput(), pdf("formulier.pdf"));

    const progress = within(chosenFiles()).getByRole("progressbar", { name: "formulier.pdf uploaden" });
    expect(progress).toHaveAttribute("value", "0");
    const submit = screen.getByRole("button", { name: "Vraag versturen" });
    expect(submit).toHaveAttribute("aria-disabled", "true");
    await user.click(submit);
    expect(fileInput()).toHaveAccessibleDescription(
      expect.stringContaining("Wacht even tot je bestanden zijn geüpload."),
    );
    expect(fileInput()).toHaveFocus();
    expect(callsTo(fetch, "POST /tickets")).toEqual([]);

    finish?.();
    await within(chosenFiles()).findByText("formulier.pdf is toegevoegd.");
    await user.click(submit);
    await screen.findByRole("heading", { level: 2, name: "Je vraag is verstuurd" });
    expect(callsTo(fetch, "POST /tickets")[0]?.body).toMatchObject({ attachments: [tokenOf("C")] });
  });

  it("marks a file the API no longer has (422 at body.attachments.<i>) to be chosen again", async () => {
    withoutXhr();
    stubApi("online", {
      "POST /uploads": () => stagedAnswer("formulier.pdf", tokenOf("D")),
      "POST /tickets": () =>
        fieldProblem(422, "unprocessable_content", [
          { path: "body.attachments.0", message: "Expired", code: "upload_unavailable" },
        ]),
    });
    const { user } = renderApp("/tickets/new");
    await screen.findByRole("heading", { level: 1, name: "Vraag stellen" });
    await fillQuestion(user);
    await user.upload(fileInput(), pdf("formulier.pdf"));
    await within(chosenFiles()).findByText("formulier.pdf is toegevoegd.");
    await user.click(screen.getByRole("button", { name: "Vraag versturen" }));

    expect(
      await within(chosenFiles()).findByText(
        "formulier.pdf kon niet worden toegevoegd: het is te lang geleden geüpload; verwijder het en kies het opnieuw",
      ),
    ).toBeInTheDocument();
    expect(fileInput()).toHaveAttribute("aria-invalid", "true");
    expect(fileInput()).toHaveFocus();
    expect(
      screen.queryByRole("heading", { level: 2, name: "Je vraag is verstuurd" }),
    ).not.toBeInTheDocument();
  });
});
