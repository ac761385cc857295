// The worker thread that reads e-mail (see mail-reader.ts): parsing and quote stripping may take
// long on a hostile or huge message, and here that never holds up HTTP or SMTP.
import { type ReadOptions, readMail } from "./mail-reading.ts";

export default function read(task: { raw: Uint8Array } & ReadOptions) {
  return readMail(task.raw, task);
}
