// Texts of sign-in, sign-in links and password reset. They travel with the lazily loaded auth pages.
export const authNl = {
  login: {
    title: "Inloggen",
    purpose:
      "Hier log je in als klant om je tickets te bekijken, of als medewerker om tickets te behandelen.",
    passwordTitle: "Met je wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    forgotPassword: "Wachtwoord vergeten?",
    linkTitle: "Liever zonder wachtwoord?",
    linkText: "Klanten kunnen ook inloggen met een link die we naar hun e-mailadres sturen.",
    linkSubmit: "Stuur me een inloglink",
    linkSending: "Bezig met versturen…",
    linkSent:
      "Als {{email}} bij ons bekend is, is er nu een inloglink naar dat adres onderweg. De link is 15 minuten geldig en werkt één keer. Niets ontvangen? Kijk ook in je map met ongewenste e-mail.",
    passwordChanged: "Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.",
    passwordChosen: "Je wachtwoord is opgeslagen. Log in met je e-mailadres en dat wachtwoord.",
    sessionExpired: "Je sessie is verlopen. Log opnieuw in.",
    signedInAs: "Je bent ingelogd als {{name}}.",
    alreadySignedIn: "Je bent al ingelogd als {{name}}.",
    continue: "Verder",
  },
  emailLink: {
    title: "Inloggen met een link",
    checking: "We controleren je inloglink…",
    failedTitle: "Deze inloglink werkt niet",
    failedText:
      "De link is verlopen, al gebruikt of niet compleet. Een inloglink is 15 minuten geldig en werkt één keer. Vraag hieronder een nieuwe aan.",
    missingText: "Deze pagina opent via de link in onze e-mail. Vraag hieronder een inloglink aan.",
  },
  staffInvitation: {
    title: "Kies je wachtwoord",
    purpose:
      "Welkom in het team. Kies een wachtwoord; daarna log je in met je e-mailadres en dat wachtwoord.",
    save: "Wachtwoord opslaan",
    saving: "Bezig met opslaan…",
    linkInvalid:
      "Deze uitnodiging is verlopen, al gebruikt of vervangen door een nieuwere. Vraag een beheerder om je opnieuw uit te nodigen.",
  },
  passwordReset: {
    title: "Wachtwoord vergeten",
    purpose:
      "Vul je e-mailadres in. We sturen je een link waarmee je een nieuw wachtwoord kiest; daarna ben je overal uitgelogd.",
    submit: "Stuur me een link",
    sending: "Bezig met versturen…",
    sent: "Als {{email}} bij ons bekend is, is er nu een e-mail onderweg met een link om een nieuw wachtwoord te kiezen. De link is 60 minuten geldig.",
    newTitle: "Kies een nieuw wachtwoord",
    newPurpose: "Na het opslaan ben je overal uitgelogd en log je in met je nieuwe wachtwoord.",
    save: "Wachtwoord opslaan",
    saving: "Bezig met opslaan…",
    linkInvalid: "Deze link is verlopen of al gebruikt. Vraag hieronder een nieuwe aan.",
  },
  fields: {
    email: "E-mailadres",
    password: "Wachtwoord",
    newPassword: "Nieuw wachtwoord",
    newPasswordHint: "Minstens {{min}} tekens. Een zin van een paar woorden is sterk en goed te onthouden.",
  },
  formErrors: {
    title: "Dat lukte niet",
    emailRequired: "Vul je e-mailadres in.",
    emailInvalid: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
    passwordRequired: "Vul je wachtwoord in.",
    passwordTooShort: "Gebruik minstens {{min}} tekens.",
    passwordTooLong: "Gebruik een korter wachtwoord (hoogstens 72 tekens, minder met bijzondere tekens).",
    passwordTooSimple: "Gebruik meer dan drie verschillende tekens.",
    invalid: "Controleer dit veld.",
    wrongCredentials: "E-mailadres of wachtwoord is niet juist.",
    tooManyAttemptsOne: "Te veel pogingen. Probeer het over {{minutes}} minuut opnieuw.",
    tooManyAttemptsOther: "Te veel pogingen. Probeer het over {{minutes}} minuten opnieuw.",
    network: "We kunnen de server nu niet bereiken. Controleer je internetverbinding en probeer het opnieuw.",
    unexpected: "Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.",
  },
} as const;
