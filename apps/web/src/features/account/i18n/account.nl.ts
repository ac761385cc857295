export const accountNl = {
  export: {
    title: "Jouw gegevens",
    purpose:
      "Download alles wat wij van je bewaren: je gegevens, je tickets met alle berichten, en de bijlagen, in één bestand.",
    request: "Mijn gegevens downloaden",
    requested:
      "We maken het bestand klaar en sturen je een e-mail met een downloadlink. De link werkt één keer en 48 uur lang.",
    alreadyRequested: "Er wordt al een bestand voor je klaargemaakt. Je krijgt de link per e-mail.",
    failed: "Dat lukte niet. Probeer het later nog eens.",
    pageTitle: "Je gegevens downloaden",
    pageIntro: "Het bestand (zip) bevat je gegevens, je tickets met alle berichten, en de bijlagen.",
    download: "Bestand downloaden",
    downloaded: "Het bestand is gedownload. Deze link werkt nu niet meer.",
    invalid:
      "Deze link werkt niet (meer): hij is al gebruikt, verlopen, of voor een ander account. Vraag op de pagina Mijn tickets een nieuwe aan.",
    noToken: "Open deze pagina met de link uit de e-mail.",
    back: "Naar mijn tickets",
  },
};
