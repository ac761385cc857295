// Identifying metadata out of accepted files before they are stored: a file a staff member attaches
// must not name them to the customer (PDF Author, image Exif). See docs/adr/0007.
import { Piscina } from "piscina";
import { workerModule } from "../worker-module.ts";
import { stripJpegMetadata, stripPngMetadata, stripWebpMetadata } from "./image-metadata.ts";

// Rewriting a PDF takes pdf-lib hundreds of milliseconds for a large one: in a worker thread, so
// HTTP, SMTP and the mail intake go on meanwhile. One thread, started on first use, gone when idle.
let pdfWorkers: Piscina | undefined;
async function stripPdfMetadata(bytes: Buffer): Promise<Buffer> {
  pdfWorkers ??= new Piscina({
    ...workerModule(import.meta.url, "pdf-metadata.worker"),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 2_000,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  try {
    return Buffer.from(await pdfWorkers.run(bytes));
  } catch {
    return bytes; // beyond the worker's memory: stored as it came, as an unparsable PDF is (ADR 7)
  }
}

/** The bytes to store for a file of this (detected) type: identifying metadata removed. */
export async function withoutIdentifyingMetadata(contentType: string, bytes: Buffer): Promise<Buffer> {
  switch (contentType) {
    case "application/pdf":
      return stripPdfMetadata(bytes);
    case "image/jpeg":
      return stripJpegMetadata(bytes);
    case "image/png":
      return stripPngMetadata(bytes);
    case "image/webp":
      return stripWebpMetadata(bytes);
    default:
      return bytes;
  }
}
