import type { Ref } from "react";
import "./form-alert.css";

/**
 * A problem with the form as a whole (wrong password, too many attempts, offline). The form focuses
 * it after a failed submit, so keyboard and screen-reader users land on the reason.
 */
export function FormAlert({
  id,
  title,
  message,
  ref,
}: {
  id: string;
  title: string;
  message: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="form-alert" id={id} ref={ref} tabIndex={-1}>
      <p className="form-alert__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
