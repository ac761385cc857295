import type { Messages } from "../../../i18n/messages.ts";
import type { ratingsNl } from "./ratings.nl.ts";

export const ratingsEn: Messages<typeof ratingsNl> = {
  question: "How happy are you with our help?",
  good: "Helped well",
  bad: "Not helped well",
  linkPageTitle: "Thank you for your rating",
  thanksGood: "Glad we could help! Your rating for ticket {{number}} has been saved.",
  thanksBad:
    "Sorry we did not help you well. Your rating for ticket {{number}} has been saved and our team will look into it.",
  reviewInvite: "Would you tell others about your experience? A public review helps us a lot.",
  reviewLink: "Write a review",
  reviewOpensElsewhere: "(opens the review page)",
  commentLabel: "Anything you would like to tell us? (optional)",
  commentHintBad: "What could we have done better? Our team reads it.",
  commentHintGood: "What went well?",
  commentSend: "Send comment",
  commentSaved: "Thank you, your comment has been saved.",
  changeable: "You can change your rating until {{date}}.",
  change: "Change rating",
  sending: "Saving…",
  linkProblems: {
    rating_link_invalid: {
      title: "This rating link does not work",
      text: "This link does not belong to this ticket or is incomplete. Open it again from the e-mail we sent you, or sign in and rate the ticket on its page.",
    },
    rating_link_expired: {
      title: "This rating link has expired",
      text: "A rating link works for 30 days. You can still see the ticket on its page after signing in.",
    },
    rating_link_used: {
      title: "This link has been used already",
      text: "This link has rated the ticket already. To change your rating, use the other button in the e-mail, or sign in and open the ticket.",
    },
    rating_locked: {
      title: "Your rating stands",
      text: "A rating can be changed for 7 days after it was given. That time has passed.",
    },
    ticket_not_solved: {
      title: "This ticket is being worked on again",
      text: "We are still working on your question. Once the ticket is solved, you can rate it.",
    },
    other: {
      title: "Your rating was not saved",
      text: "Something went wrong. Please try again later with the link in the e-mail.",
    },
  },
  settingsTitle: "Review page after a good rating",
  settingsIntro:
    "Customers who rate their ticket good get a link to this page to write a public review. We count how often the link is followed.",
  settingsUrl: "Address of the review page",
  settingsUrlHint: 'An https address, for example the "Write a review" link of your Google Business Profile.',
  settingsDefault: "The default is set now: a search for the business on Google Maps.",
  settingsSave: "Save",
  settingsReset: "Back to the default",
  settingsSaved: "The review page has been saved.",
  settingsInvalid: "Enter an address that starts with https://.",
  staffTitle: "Customer rating",
  staffScore: { good: "Good", bad: "Bad" },
  staffNone: "Not rated yet.",
  staffComment: "Comment: {{comment}}",
  staffReviewClicks: "Review link followed: {{count}}×",
};
