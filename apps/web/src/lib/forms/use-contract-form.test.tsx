import { createTicketSchema } from "@helpdesk/contracts";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type FormEvent, useState } from "react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/text-field.tsx";
import { ApiError } from "../api-client.ts";
import type { FieldIssue } from "./field-issues.ts";
import { limitsOf } from "./schema-limits.ts";
import { useContractForm } from "./use-contract-form.ts";

const schema = z.object({
  title: z.string().trim().min(3).max(10),
  contact: z.object({ phone: z.string().trim().min(1) }),
});

/** Words that show where a message came from: the path, the code, and the limits it knew. */
const words = (issue: FieldIssue) =>
  `${issue.path}: ${issue.code} (${issue.minimum ?? "-"}..${issue.maximum ?? "-"})`;

const validationFailed = (...paths: { path: string; code: string }[]) =>
  new ApiError({
    status: 400,
    code: "validation_failed",
    title: "Bad Request",
    fieldErrors: paths.map((field) => ({ ...field, message: "from the API" })),
  });

/**
 * A form on the layer, its fields in the opposite order of the schema's keys (so "first invalid"
 * means first in the form, not first in the schema). Its buttons submit, or pretend the API refused.
 */
function Harness({ apiError, alias }: { apiError?: unknown; alias?: Record<string, string> }) {
  const [title, setTitle] = useState("");
  const [phone, setPhone] = useState("");
  const form = useContractForm({
    schema,
    fields: ["title", "contact.phone"],
    alias,
    describe: words,
    describeFailure: () => "The whole form failed",
  });
  const body = { title, contact: { phone } };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = form.check(body);
    if (checked.ok && apiError) form.fail(apiError, body);
  };
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} aria-label="Harness">
      {form.errors?.form ? (
        <FormAlert id="alert" ref={form.alertRef} title="Problem" message={form.errors.form} />
      ) : null}
      <TextField
        id="phone"
        name="phone"
        label="Phone"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={form.fieldError("contact.phone")}
      />
      <TextField
        id="title"
        name="title"
        label="Title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={form.fieldError("title")}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe("the form layer", () => {
  it("checks with the schema and focuses the first invalid field of the form", async () => {
    const user = userEvent.setup();
    render(<Harness />);

    await user.type(screen.getByLabelText("Title"), "ab");
    await user.click(screen.getByRole("button", { name: "Send" }));

    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("title: too_small (3..10)");
    expect(screen.getByLabelText("Phone")).toHaveAccessibleDescription("contact.phone: too_small (1..-)");
    // Phone comes first in the form, though the schema lists it second.
    expect(screen.getByLabelText("Phone")).toHaveFocus();
  });

  it("puts the API's field error at the same field, in the same words, with the schema's limits", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.type(screen.getByLabelText("Title"), "elevenchars");
    await user.type(screen.getByLabelText("Phone"), "1");
    await user.click(screen.getByRole("button", { name: "Send" }));
    const fromZod = screen.getByLabelText("Title").getAttribute("aria-describedby");
    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("title: too_big (3..10)");
    unmount();

    // The API's error names the body path and carries no numbers: the limits come from the schema.
    render(<Harness apiError={validationFailed({ path: "body.title", code: "too_big" })} />);
    await user.type(screen.getByLabelText("Title"), "fine");
    await user.type(screen.getByLabelText("Phone"), "1");
    await user.click(screen.getByRole("button", { name: "Send" }));

    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("title: too_big (3..10)");
    expect(screen.getByLabelText("Title").getAttribute("aria-describedby")).toBe(fromZod);
    expect(screen.getByLabelText("Title")).toHaveFocus();
    expect(screen.queryByText("The whole form failed")).not.toBeInTheDocument();
  });

  it("maps nested API paths, and paths the form fills from another field, to that field", async () => {
    const user = userEvent.setup();
    render(
      <Harness
        alias={{ subject: "title" }}
        apiError={validationFailed(
          { path: "body.subject", code: "too_big" },
          { path: "body.contact.phone", code: "invalid_format" },
        )}
      />,
    );
    await user.type(screen.getByLabelText("Title"), "fine");
    await user.type(screen.getByLabelText("Phone"), "x");
    await user.click(screen.getByRole("button", { name: "Send" }));

    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("subject: too_big (-..-)");
    expect(screen.getByLabelText("Phone")).toHaveAccessibleDescription(
      "contact.phone: invalid_format (1..-)",
    );
    expect(screen.getByLabelText("Phone")).toHaveFocus();
  });

  it("shows a failure that names no field of the form in the form's alert, and focuses it", async () => {
    const user = userEvent.setup();
    render(<Harness apiError={validationFailed({ path: "query.limit", code: "too_big" })} />);
    await user.type(screen.getByLabelText("Title"), "fine");
    await user.type(screen.getByLabelText("Phone"), "1");
    await user.click(screen.getByRole("button", { name: "Send" }));

    expect(screen.getByText("The whole form failed").closest(".form-alert")).toHaveFocus();
    expect(screen.getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
  });
});

describe("limitsOf", () => {
  it("reads a text field's limits from a contract schema, through unions, intersections and pipes", () => {
    expect(limitsOf(createTicketSchema, "subject")).toEqual({ min: 3, max: 200 });
    expect(limitsOf(createTicketSchema, "details.serviceName")).toEqual({ min: 1, max: 200 });
    expect(limitsOf(createTicketSchema, "details.callerName")).toEqual({ min: 1, max: 80 });
    expect(limitsOf(createTicketSchema, "email")).toEqual({ min: undefined, max: 254 });
    expect(limitsOf(createTicketSchema, "details.unknown")).toEqual({});
  });
});
