import type { SendMailOptions } from "nodemailer";
import { startInboundSmtpServer } from "../src/modules/inbound-mail/inbound-smtp-server.ts";
import type { TestApp } from "./test-app.ts";

/** Delivers one message to the product's built-in SMTP receiver, as an MTA would. */
export async function sendToInboundSmtp(testApp: TestApp, message: SendMailOptions) {
  const receiver = await startInboundSmtpServer({
    port: 0,
    host: "127.0.0.1",
    inbound: testApp.inbound,
    logger: testApp.logger,
  });
  try {
    const { default: nodemailer } = await import("nodemailer");
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      return await transport.sendMail(message);
    } finally {
      transport.close();
    }
  } finally {
    await receiver.close();
  }
}
