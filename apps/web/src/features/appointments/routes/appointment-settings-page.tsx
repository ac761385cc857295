import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { appointmentSettingsQuery, useSaveAppointmentSettings } from "../api/appointments.queries.ts";
import { appointmentsMessages } from "../i18n/appointments.messages.ts";

/** `/agent/admin/appointments` (admins): slot length and staff per slot of remote-support appointments. */
export function AppointmentSettingsPage() {
  const t = useMessages(appointmentsMessages);
  const settings = useQuery(appointmentSettingsQuery());
  if (!settings.data) return <LoadingPage />;
  return (
    <div className="page">
      <PageHeading title={t("settings.title")} />
      <p className="lead">{t("settings.intro")}</p>
      <SettingsForm {...settings.data} />
    </div>
  );
}

function SettingsForm(initial: { slotMinutes: number; capacity: number }) {
  const t = useMessages(appointmentsMessages);
  const announce = useAnnounce();
  const save = useSaveAppointmentSettings();
  const [slotMinutes, setSlotMinutes] = useState(String(initial.slotMinutes));
  const [capacity, setCapacity] = useState(String(initial.capacity));
  const [invalid, setInvalid] = useState<"slotMinutes" | "capacity" | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minutes = Number(slotMinutes);
    const places = Number(capacity);
    if (!Number.isInteger(minutes) || minutes < 10 || minutes > 240) return setInvalid("slotMinutes");
    if (!Number.isInteger(places) || places < 1 || places > 50) return setInvalid("capacity");
    setInvalid(undefined);
    save.mutate(
      { slotMinutes: minutes, capacity: places },
      { onSuccess: () => announce(t("settings.saved")) },
    );
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        id="appointment-slot-minutes"
        name="slotMinutes"
        type="number"
        inputMode="numeric"
        min={10}
        max={240}
        label={t("settings.slotMinutes")}
        hint="10–240"
        value={slotMinutes}
        onChange={(event) => setSlotMinutes(event.target.value)}
        error={invalid === "slotMinutes" ? "10–240" : undefined}
      />
      <TextField
        id="appointment-capacity"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        label={t("settings.capacity")}
        hint="1–50"
        value={capacity}
        onChange={(event) => setCapacity(event.target.value)}
        error={invalid === "capacity" ? "1–50" : undefined}
      />
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t("settings.save")}
        </button>
      </p>
      {save.isSuccess ? <p role="status">{t("settings.saved")}</p> : null}
    </form>
  );
}
