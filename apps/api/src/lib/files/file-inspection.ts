// What a file may be: documents and screenshots, recognised by their bytes, never by their name.
import { createHash } from "node:crypto";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../../errors/app-error.ts";
import { withoutIdentifyingMetadata } from "./file-metadata.ts";

/** Detected type -> the extension the stored name gets (a name that lies is corrected). */
const allowedTypes: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "text/plain": "txt",
};

/** Control characters other than tab, line feed, form feed and carriage return. */
const isControl = (code: number) => (code < 32 && ![9, 10, 12, 13].includes(code)) || code === 127;

/** Plain text has no signature: accept it when it decodes as UTF-8 and holds no control bytes. */
function looksLikePlainText(bytes: Buffer): boolean {
  if (bytes.some(isControl)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to store and to offer as a download: no path, no control characters. */
function cleanFileName(original: string, extension: string): string {
  const base = [...path.basename(original.replaceAll("\\", "/"))]
    .filter((char) => !isControl(char.charCodeAt(0)) && !'"<>:|?*'.includes(char))
    .join("")
    .trim()
    .slice(0, 150);
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  return `${stem || "attachment"}.${extension}`;
}

/**
 * What an accepted file is (type, safe name, size, checksum) and the bytes to store: those received
 * without identifying metadata (a PDF's author, a photo's Exif), so that a file a staff member
 * attaches does not name them. Size and checksum are the stored bytes'. 415 for a type we do not take.
 */
export async function inspectUpload(originalName: string, received: Buffer) {
  const detected = await fileTypeFromBuffer(received);
  const contentType =
    detected?.mime ?? (looksLikePlainText(received) ? "text/plain" : "application/octet-stream");
  const extension = allowedTypes[contentType];
  if (!extension) {
    throw new AppError(
      "unsupported_media_type",
      "Attach a PDF, an image (PNG, JPEG, GIF, WebP), a Word, Excel or OpenDocument file, or plain text",
    );
  }
  const bytes = await withoutIdentifyingMetadata(contentType, received);
  return {
    bytes,
    contentType,
    fileName: cleanFileName(originalName, extension),
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
