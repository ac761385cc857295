import { type Logger, pino } from "pino";

export type { Logger };

/** Structured JSON logs; secrets that may pass through requests are redacted at the source. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
      ],
      censor: "[redacted]",
    },
  });
}
