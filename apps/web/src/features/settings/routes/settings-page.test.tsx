import type { User } from "@helpdesk/contracts";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { callsTo, problem, renderApp, sessionFor, stubApi } from "../../../../test/render-app.tsx";

const admin: User = {
  id: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
  email: "admin@demo.test",
  name: "Bram Beheer",
  role: "admin",
};

const settings = {
  teamName: "Team Support",
  publicUrl: "https://support.example.nl",
  mailFromAddress: "support@example.nl",
  emailFooter: "",
  supportHoursText: "",
  updatedAt: null,
};
const failed = {
  id: "6c5d4e3f-2a1b-4c9d-8e7f-6a5b4c3d2e1f",
  type: "ticket.created",
  ticketId: null,
  attempts: 5,
  lastError: "550 mailbox unavailable",
  occurredAt: "2026-11-28T09:00:00.000Z",
  failedAt: "2026-11-28T10:00:00.000Z",
};

function stubSettings(patchAnswer: (body: unknown) => Response) {
  return stubApi("online", {
    "POST /auth/refresh": () => sessionFor(admin),
    "GET /settings": () => Response.json(settings),
    "PATCH /settings": ({ body }) => patchAnswer(body),
    "GET /email-outbox/failed": () => Response.json({ items: [failed] }),
    [`POST /email-outbox/${failed.id}/retry`]: () => Response.json({ status: "scheduled" }, { status: 202 }),
  });
}

describe("the settings page", () => {
  it("shows a field error without sending, saves with the version it opened, and retries a failed e-mail", async () => {
    const fetch = stubSettings((body) =>
      Response.json({ ...settings, ...(body as object), updatedAt: "2026-11-28T10:05:00.000Z" }),
    );
    const { user } = renderApp("/agent/admin/settings");
    const form = await screen.findByRole("form", { name: "Algemeen" });
    const url = within(form).getByLabelText("Webadres van de Support Center");
    await user.clear(url);
    await user.type(url, "ftp://support.example.nl");
    await user.click(within(form).getByRole("button", { name: "Instellingen opslaan" }));
    expect(await within(form).findByText(/Vul een volledig webadres in/)).toBeInTheDocument();
    expect(callsTo(fetch, "PATCH /settings")).toHaveLength(0);

    await user.clear(url);
    await user.type(url, "https://hulp.example.nl");
    await user.click(within(form).getByRole("button", { name: "Instellingen opslaan" }));
    expect(await within(form).findByText("De instellingen zijn opgeslagen.")).toBeInTheDocument();
    const [patch] = callsTo(fetch, "PATCH /settings");
    expect(patch?.body).toMatchObject({ publicUrl: "https://hulp.example.nl", expectedUpdatedAt: null });

    const row = (await screen.findByText("550 mailbox unavailable")).closest("tr") as HTMLElement;
    // The kind in words, not the stored code.
    expect(within(row).getByText("Bevestiging van een nieuwe vraag")).toBeTruthy();
    expect(within(row).queryByText("ticket.created")).toBeNull();
    await user.click(within(row).getByRole("button", { name: "Opnieuw proberen" }));
    expect(await within(row).findByText("Ingepland om opnieuw te versturen")).toBeInTheDocument();
  });

  it("says so when another admin saved first", async () => {
    stubSettings(() => problem(409, "edit_conflict", "The settings were changed since you opened them"));
    const { user } = renderApp("/agent/admin/settings");
    const form = await screen.findByRole("form", { name: "Algemeen" });
    await user.type(within(form).getByLabelText("Bereikbaarheid"), "Ma-vr 9-17");
    await user.click(within(form).getByRole("button", { name: "Instellingen opslaan" }));
    expect(await within(form).findByText(/Een andere beheerder heeft de instellingen/)).toBeInTheDocument();
  });
});
