import type { ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import "./fields.css";

/** `aria-describedby` for a control with an optional error and hint (error first: it matters most). */
export function describedBy(id: string, error: string | undefined, hint: string | undefined) {
  return (
    [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(" ") ||
    undefined
  );
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface TextAreaFieldProps
  extends Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    "id" | "name" | "aria-invalid" | "aria-describedby"
  > {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input; hint and error tied to it as in `TextField`. */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className="field__input field__input--multiline"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
    </div>
  );
}

export interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "aria-invalid" | "aria-describedby"> {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
  /** An empty first option, e.g. "Choose…" or "All". */
  placeholder?: string | undefined;
}

export function SelectField({ id, label, hint, error, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        className="field__input"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface ChoiceGroupProps {
  /** Unique on the page: prefix of the radios' ids. */
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Extra content under the legend (e.g. a policy text). */
  children?: ReactNode;
}

/**
 * Radio buttons in a fieldset: the legend names the question, each option its answer. The error is
 * tied to the group, and the first radio carries `aria-invalid` so the form can focus it.
 */
export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  children,
}: ChoiceGroupProps) {
  return (
    <fieldset
      className={error ? "choice-group field--invalid" : "choice-group"}
      aria-describedby={describedBy(id, error, hint)}
    >
      <legend className="field__label">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
      <div className="choice-group__options">
        {options.map((option, index) => (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error && index === 0 ? true : undefined}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            />
            <span className="choice__text">
              {/* The label covers the whole tile (CSS), so a click on the hint selects too. */}
              <label className="choice__label" htmlFor={`${id}-${option.value}`}>
                {option.label}
              </label>
              {option.hint ? (
                <span className="choice__hint" id={`${id}-${option.value}-hint`}>
                  {option.hint}
                </span>
              ) : null}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
