// Identifying metadata out of images, byte for byte otherwise: the picture is never decoded or
// re-encoded. JPEG loses its Exif/XMP (APP1), Photoshop/IPTC (APP13) and comment segments; PNG its
// text, Exif and time chunks; WebP its EXIF and XMP chunks. Why our own code: docs/adr/0007.

const JPEG_APP1 = 0xe1; // Exif, XMP
const JPEG_APP13 = 0xed; // Photoshop IRB, IPTC (author, caption)
const JPEG_COMMENT = 0xfe;
const JPEG_START_OF_SCAN = 0xda;
const JPEG_END_OF_IMAGE = 0xd9;

/** A JPEG without APP1, APP13 and comment segments; the original when it holds none or is odd. */
export function stripJpegMetadata(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  let dropped = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return bytes; // not a segment where one must be: leave the file alone
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === JPEG_START_OF_SCAN || marker === JPEG_END_OF_IMAGE) break;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      kept.push(bytes.subarray(offset, offset + 2)); // markers without a length
      offset += 2;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return bytes;
    if (marker === JPEG_APP1 || marker === JPEG_APP13 || marker === JPEG_COMMENT) dropped = true;
    else kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  if (!dropped) return bytes;
  kept.push(bytes.subarray(offset)); // the scan and everything after it, unchanged
  return Buffer.concat(kept);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Text (author, software, comments), Exif and the last-modified time. */
const PNG_DROPPED = new Set(["tEXt", "iTXt", "zTXt", "eXIf", "tIME"]);

/** A PNG without text, Exif and time chunks; the original when it holds none or is odd. */
export function stripPngMetadata(bytes: Buffer): Buffer {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return bytes;
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let offset = 8;
  let dropped = false;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return bytes;
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    if (PNG_DROPPED.has(type)) dropped = true;
    else kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === "IEND") break;
  }
  if (!dropped) return bytes;
  kept.push(bytes.subarray(offset));
  return Buffer.concat(kept);
}

const WEBP_EXIF_FLAG = 0x08;
const WEBP_XMP_FLAG = 0x04;

/** A WebP without EXIF and XMP chunks (and their flags in VP8X); the original when it has none. */
export function stripWebpMetadata(bytes: Buffer): Buffer {
  if (
    bytes.length < 12 ||
    bytes.toString("latin1", 0, 4) !== "RIFF" ||
    bytes.toString("latin1", 8, 12) !== "WEBP"
  ) {
    return bytes;
  }
  const kept: Buffer[] = [];
  let offset = 12;
  let dropped = false;
  while (offset + 8 <= bytes.length) {
    const type = bytes.toString("latin1", offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const end = offset + 8 + size + (size % 2); // chunks are padded to an even size
    if (end > bytes.length + (size % 2)) return bytes;
    if (type === "EXIF" || type === "XMP ") {
      dropped = true;
    } else if (type === "VP8X") {
      const chunk = Buffer.from(bytes.subarray(offset, Math.min(end, bytes.length)));
      chunk[8] = (chunk[8] ?? 0) & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG);
      kept.push(chunk);
    } else {
      kept.push(bytes.subarray(offset, Math.min(end, bytes.length)));
    }
    offset = end;
  }
  if (!dropped) return bytes;
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(body.length + 4, 4);
  header.write("WEBP", 8, "latin1");
  return Buffer.concat([header, body]);
}
