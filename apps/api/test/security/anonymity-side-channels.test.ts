// Finding: anonymity side channels. A file an agent attached kept its author metadata (PDF Author,
// image Exif and text), and an internal note moved the ticket's `updatedAt`, which customers see.
import { PDFDocument } from "pdf-lib";
import { afterAll, expect, it } from "vitest";
import { createTicket } from "../factories.ts";
import { PNG } from "../file-fixtures.ts";
import { asBytes, httpCallers, signedInCustomer, signedInStaff } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

const AGENT_NAME = "Agent Anneke Verborgen";
/** The name as plain bytes, or as a PDF writes text strings: UTF-16BE in hexadecimal. */
const utf16Hex = (text: string) => Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase();
const namesAgent = (bytes: Buffer) => {
  const text = bytes.toString("latin1");
  return text.includes("Anneke") || text.toUpperCase().includes(utf16Hex("Anneke"));
};

async function pdfByAgent(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText("Offerte", { x: 20, y: 100 });
  pdf.setAuthor(AGENT_NAME);
  pdf.setCreator(`${AGENT_NAME}'s Word`);
  pdf.setProducer("Office of Anneke");
  pdf.setTitle(`Notes by ${AGENT_NAME}`);
  pdf.setSubject(AGENT_NAME);
  pdf.setKeywords([AGENT_NAME]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A JPEG whose Exif (APP1) and comment name the agent; the picture bytes are placeholders. */
function jpegByAgent(): Buffer {
  const segment = (marker: number, payload: Buffer) => {
    const header = Buffer.from([0xff, marker, 0, 0]);
    header.writeUInt16BE(payload.length + 2, 2);
    return Buffer.concat([header, payload]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", "latin1")),
    segment(0xe1, Buffer.from(`Exif\0\0Artist=${AGENT_NAME}`, "latin1")),
    segment(0xed, Buffer.from(`Photoshop 3.0\0By-line=${AGENT_NAME}`, "latin1")),
    segment(0xfe, Buffer.from(`Made by ${AGENT_NAME}`, "latin1")),
    segment(0xdb, Buffer.alloc(65, 1)),
    Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6, 0x11, 0x22, 0x33, 0xff, 0xd9]),
  ]);
}

/** The 1×1 PNG with a tEXt chunk naming the agent after its header chunk. */
function pngByAgent(): Buffer {
  const data = Buffer.from(`Author\0${AGENT_NAME}`, "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write("tEXt", 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(0, 8 + data.length); // readers skip ancillary chunks whatever their CRC
  const afterHeader = 8 + 25; // signature, then IHDR (13 bytes of data)
  return Buffer.concat([PNG.subarray(0, afterHeader), chunk, PNG.subarray(afterHeader)]);
}

it("a file an agent attaches reaches the customer without the agent's name in its metadata", {
  timeout: 90_000,
}, async () => {
  const { customer, token: customerToken } = await signedInCustomer(testApp);
  const { token: agent } = await signedInStaff(testApp, "agent");
  const ticket = await createTicket(testApp.db, { requester: customer });
  const files = [
    { name: "offerte.pdf", bytes: await pdfByAgent() },
    { name: "foto.jpg", bytes: jpegByAgent() },
    { name: "scherm.png", bytes: pngByAgent() },
  ];
  for (const file of files) {
    expect(namesAgent(file.bytes), file.name).toBe(true);
    const uploaded = await as(agent)
      .post(`/tickets/${ticket.id}/attachments`)
      .attach("file", file.bytes, file.name);
    expect(uploaded.status, uploaded.text).toBe(201);
    const download = await as(customerToken)
      .get(`/tickets/${ticket.id}/attachments/${uploaded.body.id}`)
      .buffer(true)
      .parse(asBytes);
    expect(download.status).toBe(200);
    const bytes = download.body as Buffer;
    expect(namesAgent(bytes), file.name).toBe(false);
    // The stored row describes the bytes that are served.
    expect(uploaded.body.size).toBe(bytes.length);
  }
  // The PDF is still a PDF with its page.
  const pdfId = (await as(agent).get(`/tickets/${ticket.id}`)).body.attachments[0].id;
  const pdf = await as(agent)
    .get(`/tickets/${ticket.id}/attachments/${pdfId}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(null, Buffer.concat(chunks)));
    });
  const reloaded = await PDFDocument.load(pdf.body as Buffer);
  expect(reloaded.getPageCount()).toBe(1);
  expect(reloaded.getAuthor() ?? "").toBe("");
});

it("an internal note changes nothing the customer receives, not even updatedAt", {
  timeout: 90_000,
}, async () => {
  const { customer, token: customerToken } = await signedInCustomer(testApp);
  const { token: agent } = await signedInStaff(testApp, "agent");
  const ticket = await createTicket(testApp.db, { requester: customer });
  const seen = async () => ({
    ticket: (await as(customerToken).get(`/tickets/${ticket.id}`)).body,
    list: (await as(customerToken).get("/tickets")).body,
  });
  const before = await seen();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const note = await as(agent).post(`/tickets/${ticket.id}/messages`, {
    body: "Alleen voor ons",
    internal: true,
  });
  expect(note.status, note.text).toBe(201);
  const file = await as(agent)
    .post(`/tickets/${ticket.id}/attachments?messageId=${note.body.message.id}`)
    .attach("file", PNG, "intern.png");
  expect(file.status, file.text).toBe(201);
  expect(await seen()).toEqual(before);
});
