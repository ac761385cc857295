import type { Messages } from "../../../i18n/messages.ts";
import type { accountNl } from "./account.nl.ts";

export const accountEn = {
  mine: {
    title: "My account",
    intro: "Your details as we keep them, and your services with us.",
    contactTitle: "Contact details",
    name: "Name",
    email: "E-mail address",
    phone: "Phone",
    language: "Language",
    languages: { nl: "Dutch", en: "English" },
    postalAddress: "Postal address",
    iban: "IBAN",
    unknown: "not known",
    servicesTitle: "My services",
    noServices: "You have no services with us (yet).",
    service: "Service",
    kind: "Kind",
    level: "Service level",
    period: "Billing period",
    kinds: { hosting: "Hosting", domain: "Domain" },
    levels: { best_effort: "Best Effort", standard: "Standard", premium: "Premium" },
    periods: { monthly: "Monthly", yearly: "Yearly" },
    changeTitle: "Something to change?",
    changeIntro:
      "We change these details for you, so that nobody else can. Ask with a ticket: the form comes filled in.",
    requestChange: "Request a change",
    requestContact: "Change contact details",
    requestEmail: "Change e-mail address",
    requestAddress: "Change postal address",
    requestIban: "Change IBAN",
    requestPeriod: "Change the billing period of {{service}}",
    failed: "Your details could not be loaded. Please try again later.",
    staff: "This page is for customers. Staff find customers in the workspace.",
  },
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
