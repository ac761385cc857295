import type { ReactNode } from "react";
import "./notice.css";

export interface NoticeProps {
  /** A short tag before the text, e.g. "Coming soon". */
  label?: string;
  /** `success` for "done" messages (a link is on its way, the password changed). */
  tone?: "attention" | "success";
  children: ReactNode;
}

export function Notice({ label, tone = "attention", children }: NoticeProps) {
  return (
    <div className={tone === "success" ? "notice notice--success" : "notice"}>
      {label ? <span className="notice__label">{label}</span> : null}
      <p className="notice__text">{children}</p>
    </div>
  );
}
