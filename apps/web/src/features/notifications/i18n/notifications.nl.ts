export const notificationsNl = {
  bell: {
    label: "Meldingen",
    labelUnread: "Meldingen, {{count}} ongelezen",
    title: "Meldingen",
    empty: "Geen meldingen.",
    loading: "Meldingen laden…",
    readAll: "Alles gelezen",
    preferences: "Meldingsvoorkeuren",
    unread: "Ongelezen",
  },
  kind: {
    assigned: "{{actor}} heeft {{number}} aan jou toegewezen",
    assignedBySystem: "{{number}} is aan jou toegewezen",
    customer_replied: "De klant reageerde op {{number}}",
    unassigned_ticket: "Nieuw ticket zonder behandelaar: {{number}}",
    mentioned: "{{actor}} noemde je bij {{number}}",
    mentionedBySystem: "Je bent genoemd bij {{number}}",
  },
  preferences: {
    title: "Meldingsvoorkeuren",
    intro:
      "Meldingen over je eigen werk zie je altijd onder de bel bovenaan; nieuwe tickets zonder behandelaar alleen als je dat hieronder aanzet. Kies hier welke je ook per e-mail wilt krijgen, en in welke taal.",
    emailLegend: "Ook per e-mail",
    assigned: "Een ticket is aan mij toegewezen",
    customer_replied: "Een klant reageerde op een ticket dat ik behandel",
    unassigned_ticket:
      "Er is een nieuw ticket zonder behandelaar (ook onder de bel alleen als je dit aanzet)",
    mentioned: "Een collega noemt mij in een interne notitie (@naam)",
    language: "Taal van de e-mails",
    languages: { nl: "Nederlands", en: "Engels" },
    save: "Voorkeuren opslaan",
    saved: "Je meldingsvoorkeuren zijn opgeslagen.",
    failed: "Opslaan is niet gelukt. Probeer het opnieuw.",
    invalid: "Kies een geldige waarde.",
  },
} as const;
