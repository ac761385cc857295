import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ChoiceGroup, SelectField } from "../../../components/fields.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { freeSlotsQuery } from "../api/appointments.queries.ts";
import { appointmentsMessages } from "../i18n/appointments.messages.ts";
import { formatDay, formatTime, officeDate } from "./appointment-format.ts";
import "./appointments.css";

export interface SlotPickerProps {
  /** The chosen slot's start (ISO), or "". */
  value: string;
  onChange: (slotStart: string) => void;
  error?: string | undefined;
}

/** Free remote-support slots of the coming week: a day, then one of its free times. */
export function SlotPicker({ value, onChange, error }: SlotPickerProps) {
  const t = useMessages(appointmentsMessages);
  const { language } = useLanguage();
  const slots = useQuery(freeSlotsQuery());
  const [day, setDay] = useState("");
  if (slots.isPending) return <p className="slot-picker__status">{t("slot.loading")}</p>;
  if (slots.isError) return <p className="slot-picker__status">{t("slot.failed")}</p>;
  const items = slots.data.items;
  if (items.length === 0) return <p className="notice">{t("slot.none")}</p>;

  const days = [...new Map(items.map((slot) => [officeDate(slot.startsAt), slot.startsAt])).entries()];
  const chosenDay = value ? officeDate(value) : day || (days[0]?.[0] ?? "");
  const times = items.filter((slot) => officeDate(slot.startsAt) === chosenDay);
  return (
    <div className="slot-picker">
      <SelectField
        id="ticket-slotDay"
        name="slotDay"
        label={t("slot.day")}
        hint={t("slot.hint")}
        options={days.map(([date, first]) => ({ value: date, label: formatDay(language, first) }))}
        value={chosenDay}
        onChange={(event) => {
          setDay(event.target.value);
          onChange("");
        }}
      />
      <ChoiceGroup
        id="ticket-slotStart"
        name="slotStart"
        legend={t("slot.time")}
        options={times.map((slot) => ({
          value: slot.startsAt,
          label: t("slot.range", {
            from: formatTime(language, slot.startsAt),
            to: formatTime(language, slot.endsAt),
          }),
        }))}
        value={value}
        onChange={onChange}
        error={error}
      />
    </div>
  );
}
