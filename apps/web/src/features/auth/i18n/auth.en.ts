import type { Messages } from "../../../i18n/messages.ts";
import type { authNl } from "./auth.nl.ts";

export const authEn = {
  login: {
    title: "Sign in",
    purpose: "Sign in here as a customer to see your tickets, or as staff to handle tickets.",
    passwordTitle: "With your password",
    submit: "Sign in",
    submitting: "Signing in…",
    forgotPassword: "Forgot your password?",
    linkTitle: "Rather not use a password?",
    linkText: "Customers can also sign in with a link we send to their e-mail address.",
    linkSubmit: "Send me a sign-in link",
    linkSending: "Sending…",
    linkSent:
      "If {{email}} is known to us, a sign-in link is on its way to that address. The link is valid for 15 minutes and works once. Nothing arrived? Also check your spam folder.",
    passwordChanged: "Your password has been changed. Sign in with your new password.",
    passwordChosen: "Your password has been saved. Sign in with your e-mail address and that password.",
    sessionExpired: "Your session has ended. Please sign in again.",
    signedInAs: "You are signed in as {{name}}.",
    alreadySignedIn: "You are already signed in as {{name}}.",
    continue: "Continue",
  },
  emailLink: {
    title: "Sign in with a link",
    checking: "Checking your sign-in link…",
    failedTitle: "This sign-in link does not work",
    failedText:
      "The link has expired, was used already or is incomplete. A sign-in link is valid for 15 minutes and works once. Ask for a new one below.",
    missingText: "This page opens from the link in our e-mail. Ask for a sign-in link below.",
  },
  staffInvitation: {
    title: "Choose your password",
    purpose:
      "Welcome to the team. Choose a password; then sign in with your e-mail address and that password.",
    save: "Save password",
    saving: "Saving…",
    linkInvalid:
      "This invitation has expired, was used already or was replaced by a newer one. Ask an admin to invite you again.",
  },
  passwordReset: {
    title: "Forgot your password",
    purpose:
      "Enter your e-mail address. We send you a link to choose a new password; afterwards you are signed out everywhere.",
    submit: "Send me a link",
    sending: "Sending…",
    sent: "If {{email}} is known to us, an e-mail with a link to choose a new password is on its way. The link is valid for 60 minutes.",
    newTitle: "Choose a new password",
    newPurpose: "After saving you are signed out everywhere and sign in with your new password.",
    save: "Save password",
    saving: "Saving…",
    linkInvalid: "This link has expired or was used already. Ask for a new one below.",
  },
  fields: {
    email: "E-mail address",
    password: "Password",
    newPassword: "New password",
    newPasswordHint: "At least {{min}} characters. A sentence of a few words is strong and easy to remember.",
  },
  formErrors: {
    title: "That did not work",
    emailRequired: "Enter your e-mail address.",
    emailInvalid: "Enter a valid e-mail address, like name@example.com.",
    passwordRequired: "Enter your password.",
    passwordTooShort: "Use at least {{min}} characters.",
    passwordTooLong: "Use a shorter password (at most 72 characters, fewer with special characters).",
    passwordTooSimple: "Use more than three different characters.",
    invalid: "Check this field.",
    wrongCredentials: "E-mail address or password is not correct.",
    tooManyAttemptsOne: "Too many attempts. Try again in {{minutes}} minute.",
    tooManyAttemptsOther: "Too many attempts. Try again in {{minutes}} minutes.",
    network: "We cannot reach the server right now. Check your internet connection and try again.",
    unexpected: "Something went wrong on our side. Please try again in a few minutes.",
  },
} as const satisfies Messages<typeof authNl>;
