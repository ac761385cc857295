import type { Messages } from "../../../i18n/messages.ts";
import type { accountNl } from "./account.nl.ts";

export const accountEn = {
  export: {
    title: "Your data",
    purpose:
      "Download everything we keep about you: your details, your tickets with every message, and the attachments, in one file.",
    request: "Download my data",
    requested:
      "We are preparing the file and will e-mail you a download link. The link works once and for 48 hours.",
    alreadyRequested: "A file is already being prepared for you. You will get the link by e-mail.",
    failed: "That did not work. Please try again later.",
    pageTitle: "Download your data",
    pageIntro: "The file (zip) holds your details, your tickets with every message, and the attachments.",
    download: "Download the file",
    downloaded: "The file has been downloaded. This link no longer works.",
    invalid:
      "This link does not work (any more): it was used, it expired, or it is for another account. Ask for a new one on the My tickets page.",
    noToken: "Open this page with the link from the e-mail.",
    back: "To my tickets",
  },
} satisfies Messages<typeof accountNl>;
