// What a failed send means for the e-mail, from the mail server's reply (nodemailer puts the SMTP
// reply code in `responseCode` and its own error kind in `code`).

/**
 * - `permanent`: the server refused the message for good (a 5xx reply): trying again cannot help.
 * - `temporary`: the server asked us to come back later (4xx), or something else failed.
 * - `unreachable`: no SMTP conversation took place (refused, reset or timed-out connection): says
 *   nothing about the message, only that the server is away.
 */
export type SmtpFailure = "permanent" | "temporary" | "unreachable";

const CONNECTION_ERRORS = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
]);

export function classifySmtpFailure(error: unknown): SmtpFailure {
  if (typeof error !== "object" || error === null) return "temporary";
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") {
    if (responseCode >= 500 && responseCode < 600) return "permanent";
    if (responseCode >= 400 && responseCode < 500) return "temporary";
  }
  if (typeof code === "string" && CONNECTION_ERRORS.has(code)) return "unreachable";
  return "temporary";
}
