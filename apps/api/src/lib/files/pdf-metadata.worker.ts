// The worker thread that takes identifying metadata out of a PDF (see file-metadata.ts).
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";

const PDF_INFO_FIELDS = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const;

/** A PDF without document-information fields and XMP metadata; the original when it has none. */
export default async function stripPdfMetadata(bytes: Uint8Array): Promise<Uint8Array> {
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
    return await pdf.save({ updateFieldAppearances: false });
  } catch {
    return bytes; // not parsable (or encrypted): stored as it came, see the ADR
  }
}
