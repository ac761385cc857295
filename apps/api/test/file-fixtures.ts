// Small files whose bytes the product recognises: upload them, or stage them with a factory.

/** A one-page PDF: typed application/pdf by its bytes, whatever its name. */
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
  "base64",
);

/** A Windows program's header: refused whatever it is called. */
export const EXE = Buffer.concat([
  Buffer.from("MZ"),
  Buffer.alloc(62),
  Buffer.from("PE\0\0"),
  Buffer.alloc(200, 1),
]);

/** A file as the product stores it after inspecting the bytes: a safe name and the detected type. */
export interface FixtureFile {
  bytes: Buffer;
  name: string;
  contentType: string;
}

export const pdfFile = (name = "formulier.pdf"): FixtureFile => ({
  bytes: PDF,
  name,
  contentType: "application/pdf",
});
export const pngFile = (name = "afbeelding.png"): FixtureFile => ({
  bytes: PNG,
  name,
  contentType: "image/png",
});
