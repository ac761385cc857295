import {
  administrativeChanges,
  billingRequests,
  cancellationTargets,
  type TicketCategory,
  technicalIssueKinds,
} from "@helpdesk/contracts";
import { ChoiceGroup, SelectField } from "../../../components/fields.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { SlotPicker } from "../../appointments/components/slot-picker.tsx";
import { appointmentsMessages } from "../../appointments/i18n/appointments.messages.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";

/** A choice's options: the contract's values, each with its label. */
const optionsOf = <V extends string>(values: readonly V[], label: (value: V) => string) =>
  values.map((value) => ({ value, label: label(value) }));

export interface CategoryFieldsProps {
  category: Exclude<TicketCategory, "other">;
  details: Record<string, string>;
  setDetail: (field: string) => (value: string) => void;
  error: (field: string) => string | undefined;
}

/** The fields one category needs, as the contract's per-category details schemas describe them. */
export function CategoryFields({ category, details, setDetail, error }: CategoryFieldsProps) {
  const t = useMessages(ticketsMessages);
  const ta = useMessages(appointmentsMessages);
  const text = (
    field: string,
    label: string,
    extra: { hint?: string; type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      id={`ticket-${field}`}
      name={field}
      label={label}
      hint={extra.hint}
      type={extra.type ?? "text"}
      autoComplete={extra.autoComplete}
      value={details[field] ?? ""}
      onChange={(event) => setDetail(field)(event.target.value)}
      error={error(field)}
    />
  );
  const choice = (field: string, legend: string, options: { value: string; label: string }[]) => (
    <ChoiceGroup
      id={`ticket-${field}`}
      name={field}
      legend={legend}
      options={options}
      value={details[field]}
      onChange={setDetail(field)}
      error={error(field)}
    />
  );
  const select = (field: string, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={`ticket-${field}`}
      name={field}
      label={label}
      placeholder="—"
      options={options}
      value={details[field] ?? ""}
      onChange={(event) => setDetail(field)(event.target.value)}
      error={error(field)}
    />
  );

  switch (category) {
    case "administrative":
      return select(
        "change",
        t("newTicket.change"),
        optionsOf(administrativeChanges, (value) => t(`options.administrative.${value}`)),
      );
    case "billing":
      return select(
        "request",
        t("newTicket.billingRequest"),
        optionsOf(billingRequests, (value) => t(`options.billing.${value}`)),
      );
    case "cancellation":
      return (
        <>
          <div className="notice" id="cancellation-policy">
            <span className="notice__label">{t("newTicket.cancellationPolicyTitle")}</span>
            <p className="notice__text">{t("newTicket.cancellationPolicy")}</p>
          </div>
          {choice(
            "cancel",
            t("newTicket.cancel"),
            optionsOf(cancellationTargets, (value) => t(`options.cancel.${value}`)),
          )}
          {text("serviceName", t("newTicket.serviceName"), { hint: t("newTicket.serviceNameHint") })}
          {text("requestedEndDate", t("newTicket.requestedEndDate"), { type: "date" })}
        </>
      );
    case "technical":
      return (
        <>
          {choice(
            "kind",
            t("newTicket.kind"),
            optionsOf(technicalIssueKinds, (value) => t(`options.kind.${value}`)),
          )}
          {text("affectedService", t("newTicket.affectedService"), {
            hint: t("newTicket.affectedServiceHint"),
          })}
        </>
      );
    case "remote_support":
      return (
        <>
          <SlotPicker
            value={details.slotStart ?? ""}
            onChange={setDetail("slotStart")}
            error={error("slotStart")}
          />
          {text("phone", ta("phone"), { type: "tel", autoComplete: "tel", hint: ta("phoneHint") })}
        </>
      );
    case "callback":
      return (
        <>
          {text("callerName", t("newTicket.callerName"), { autoComplete: "name" })}
          {text("phone", t("newTicket.phone"), { type: "tel", autoComplete: "tel" })}
          {text("preferredTime", t("newTicket.preferredTime"), { hint: t("newTicket.preferredTimeHint") })}
        </>
      );
  }
}
