import { describe, expect, it } from "vitest";
import { stripJpegMetadata, stripPngMetadata, stripWebpMetadata } from "./image-metadata.ts";

const chunk = (type: string, data: Buffer) => {
  const header = Buffer.alloc(8);
  header.write(type, 0, "latin1");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};
const riff = (...chunks: Buffer[]) => {
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(body.length + 4, 4);
  header.write("WEBP", 8, "latin1");
  return Buffer.concat([header, body]);
};

describe("image metadata", () => {
  it("drops a WebP's EXIF and XMP chunks and their flags, keeping the picture", () => {
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x08 | 0x04 | 0x10; // EXIF, XMP and alpha
    const picture = chunk("VP8L", Buffer.from("picture-bytes"));
    const stripped = stripWebpMetadata(
      riff(
        chunk("VP8X", vp8x),
        picture,
        chunk("EXIF", Buffer.from("Artist=Anneke")),
        chunk("XMP ", Buffer.from("<x>Anneke</x>")),
      ),
    );
    const expectedFlags = Buffer.from(vp8x);
    expectedFlags[0] = 0x10;
    expect(stripped).toEqual(riff(chunk("VP8X", expectedFlags), picture));
  });

  it("leaves files without metadata, and files it cannot follow, exactly as they were", () => {
    const plain = riff(chunk("VP8L", Buffer.from("picture")));
    expect(stripWebpMetadata(plain)).toBe(plain);
    const notJpeg = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02]);
    expect(stripJpegMetadata(notJpeg)).toBe(notJpeg);
    const truncatedPng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 99]);
    expect(stripPngMetadata(truncatedPng)).toBe(truncatedPng);
  });
});
