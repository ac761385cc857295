// Identifying metadata out of accepted files before they are stored: a file a staff member attaches
// must not name them to the customer (PDF Author, image Exif). See docs/adr/0007.
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { stripJpegMetadata, stripPngMetadata, stripWebpMetadata } from "./image-metadata.ts";

const PDF_INFO_FIELDS = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const;

/** A PDF without document-information fields and XMP metadata; the original when it has none. */
async function stripPdfMetadata(bytes: Buffer): Promise<Buffer> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
    const infoDict = info instanceof PDFDict ? info : undefined;
    const infoFields = infoDict
      ? PDF_INFO_FIELDS.filter((field) => infoDict.get(PDFName.of(field)) !== undefined)
      : [];
    const hasXmp = pdf.catalog.get(PDFName.of("Metadata")) !== undefined;
    if (infoFields.length === 0 && !hasXmp) return bytes;
    if (infoDict) for (const field of infoFields) infoDict.delete(PDFName.of(field));
    pdf.catalog.delete(PDFName.of("Metadata"));
    return Buffer.from(await pdf.save({ updateFieldAppearances: false }));
  } catch {
    return bytes; // not parsable (or encrypted): stored as it came, see the ADR
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
