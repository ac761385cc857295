export const appointmentsNl = {
  slot: {
    day: "Dag",
    time: "Tijdstip",
    hint: "Kies een vrij moment. Een supportmedewerker belt je dan.",
    loading: "Vrije tijden laden…",
    none: "Er zijn de komende week geen vrije tijden. Kies een andere vraag of bel ons.",
    failed: "De vrije tijden konden niet worden geladen.",
    range: "{{from}} – {{to}}",
    places: "nog {{count}} plek(ken)",
  },
  phone: "Telefoonnummer waarop we je bellen",
  phoneHint: "Bijvoorbeeld 06 12345678 of +31 20 1234567.",
  ticket: {
    title: "Je afspraak",
    when: "{{day}}, {{from}} – {{to}}",
    call: "We bellen je op {{phone}}.",
  },
  today: {
    title: "Afspraken vandaag",
    titleOn: "Afspraken op {{date}}",
    date: "Datum",
    empty: "Geen afspraken op deze dag.",
    time: "Tijd",
    ticket: "Ticket",
    customer: "Klant",
    phone: "Telefoon",
    unknown: "Onbekend",
  },
  settings: {
    title: "Afspraken op afstand",
    intro:
      "Vrije tijden volgen de openingstijden, feestdagen en sluitingsdagen van de servicekalender. Geboekte afspraken houden hun tijd.",
    slotMinutes: "Duur van een afspraak (minuten)",
    capacity: "Medewerkers per tijdstip",
    save: "Opslaan",
    saved: "Opgeslagen.",
  },
} as const;
