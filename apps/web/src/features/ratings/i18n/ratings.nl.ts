// Texts of the satisfaction rating: the page of the e-mailed link, the panel on the ticket page and
// the line on the staff ticket view.
export const ratingsNl = {
  question: "Hoe tevreden ben je over onze hulp?",
  good: "Goed geholpen",
  bad: "Niet goed geholpen",
  linkPageTitle: "Bedankt voor je beoordeling",
  thanksGood: "Fijn dat we je goed hebben geholpen! Je beoordeling voor ticket {{number}} is opgeslagen.",
  thanksBad:
    "Jammer dat we je niet goed hebben geholpen. Je beoordeling voor ticket {{number}} is opgeslagen en ons team kijkt ernaar.",
  reviewInvite: "Wil je anderen vertellen over je ervaring? Een openbare review helpt ons enorm.",
  reviewLink: "Schrijf een review",
  reviewOpensElsewhere: "(opent de reviewpagina)",
  commentLabel: "Wil je er iets over vertellen? (optioneel)",
  commentHintBad: "Wat kon er beter? Ons team leest het.",
  commentHintGood: "Wat ging er goed?",
  commentSend: "Toelichting versturen",
  commentSaved: "Bedankt, je toelichting is opgeslagen.",
  changeable: "Je kunt je beoordeling tot {{date}} aanpassen.",
  change: "Beoordeling aanpassen",
  sending: "Bezig met opslaan…",
  linkProblems: {
    rating_link_invalid: {
      title: "Deze beoordelingslink werkt niet",
      text: "Deze link hoort niet bij dit ticket of is niet volledig. Open de link opnieuw vanuit de e-mail die je van ons kreeg, of beoordeel het ticket na het inloggen op de ticketpagina.",
    },
    rating_link_expired: {
      title: "Deze beoordelingslink is verlopen",
      text: "Een beoordelingslink werkt 30 dagen. Na het inloggen kun je het ticket nog op de ticketpagina bekijken.",
    },
    rating_link_used: {
      title: "Deze link is al gebruikt",
      text: "Met deze link is het ticket al beoordeeld. Wil je je beoordeling aanpassen? Gebruik dan de andere knop in de e-mail, of log in en open het ticket.",
    },
    rating_locked: {
      title: "Je beoordeling staat vast",
      text: "Een beoordeling kun je tot 7 dagen na het geven aanpassen. Die termijn is voorbij.",
    },
    ticket_not_solved: {
      title: "Dit ticket is weer in behandeling",
      text: "We werken nog aan je vraag. Zodra het ticket is opgelost, kun je het beoordelen.",
    },
    other: {
      title: "Je beoordeling is niet opgeslagen",
      text: "Er ging iets mis. Probeer het later nog eens via de link in de e-mail.",
    },
  },
  settingsTitle: "Reviewpagina na een goede beoordeling",
  settingsIntro:
    "Klanten die hun ticket goed beoordelen, krijgen een link naar deze pagina om een openbare review te schrijven. We tellen hoe vaak de link wordt gevolgd.",
  settingsUrl: "Adres van de reviewpagina",
  settingsUrlHint: 'Een https-adres, bijvoorbeeld de link "Review schrijven" van je Google-bedrijfsprofiel.',
  settingsDefault: "Nu staat de standaard ingesteld: zoeken naar het bedrijf op Google Maps.",
  settingsSave: "Opslaan",
  settingsReset: "Terug naar de standaard",
  settingsSaved: "De reviewpagina is opgeslagen.",
  settingsInvalid: "Vul een adres in dat met https:// begint.",
  staffTitle: "Beoordeling door de klant",
  staffScore: { good: "Goed", bad: "Slecht" },
  staffNone: "Nog niet beoordeeld.",
  staffComment: "Toelichting: {{comment}}",
  staffReviewClicks: "Reviewlink gevolgd: {{count}}×",
} as const;
