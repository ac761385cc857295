// Whole ticket texts for `pnpm eval:faq`: a subject and a message of two to four sentences, as
// customers write them (typos, no capitals, greetings, details that do not matter), in Dutch and
// English. The form sends subject and message together; the evaluation does the same. Labelled from
// the articles' meaning; `answers: []` means no article answers it (nothing should be shown).
import type { ArticleKey } from "./faq-queries.ts";

export interface TicketText {
  subject: string;
  message: string;
  language: "nl" | "en";
  answers: ArticleKey[];
}

const nl = (subject: string, message: string, ...answers: ArticleKey[]): TicketText => ({
  subject,
  message,
  language: "nl",
  answers,
});
const en = (subject: string, message: string, ...answers: ArticleKey[]): TicketText => ({
  subject,
  message,
  language: "en",
  answers,
});

export const ticketTexts: TicketText[] = [
  // ── Dutch, answered by the FAQ ──
  nl(
    "Waar blijft mijn antwoord?",
    "Vorige week heb ik een ticket ingediend over mijn factuur maar ik heb nog steeds geen reactie gehad. Kunnen jullie laten weten wanneer ik iets hoor?",
    "ticketStatus",
    "serviceLevels",
  ),
  nl(
    "Ander rekeningnummer",
    "Wij zijn overgestapt naar een andere bank. Vanaf volgende maand graag het bedrag van ons nieuwe rekeningnummer afschrijven.",
    "iban",
  ),
  nl(
    "Storing website en mail",
    "Sinds vanochtend rond 9 uur is onze website niet meer bereikbaar. Ook komt er geen mail meer binnen. Wat is er aan de hand en wanneer is het opgelost?",
    "reportProblem",
    "website",
  ),
  nl(
    "wachtwoord kwijt",
    "Hallo, ik kan niet meer inloggen in mijn account want ik weet mijn wachtwoord niet meer. Hoe kan ik een nieuw wachtwoord krijgen? groet Henk",
    "personalDetails",
  ),
  nl(
    "Nieuw emailadres",
    "Beste, mijn oude e-mailadres bij ziggo verdwijnt binnenkort. Ik wil graag dat jullie voortaan naar mijn nieuwe adres mailen. Hoe pas ik dat aan?",
    "personalDetails",
    "naw",
  ),
  nl(
    "verhuizing",
    "Wij zijn per 1 maart verhuisd naar een ander adres. Graag de facturen naar het nieuwe adres sturen. Waar kan ik dit doorgeven?",
    "naw",
    "personalDetails",
  ),
  nl(
    "Naamswijziging bedrijf",
    "Ons bedrijf heeft een nieuwe naam gekregen na een fusie. De tenaamstelling op de facturen moet dus aangepast worden. Wat moeten we daarvoor doen?",
    "naw",
  ),
  nl(
    "Account suspended??",
    "Toen ik vanmorgen mijn site opende stond er dat mijn account suspended is. Ik heb geen idee waarom. Kunnen jullie dit zo snel mogelijk oplossen?",
    "suspended",
  ),
  nl(
    "site geblokeerd",
    "Mijn hosting account lijkt geblokkeerd te zijn, de website geeft een melding dat het account is opgeschort. Heeft dat met een betaling te maken? Graag uitleg.",
    "suspended",
  ),
  nl(
    "Hulp op afstand",
    "Ik kom er zelf niet uit met de instellingen van mijn mailprogramma. Kan iemand van jullie op afstand meekijken op mijn computer? Ik ben vanmiddag thuis.",
    "remoteSupport",
  ),
  nl(
    "teamviewer sessie",
    "Zouden jullie via teamviewer of iets dergelijks kunnen inloggen op mijn pc? Dan kunnen jullie zien wat er mis gaat. Alvast bedankt.",
    "remoteSupport",
  ),
  nl(
    "Wie ziet mijn gegevens",
    "Ik vraag me af wie er bij jullie allemaal bij mijn persoonsgegevens kan. Kunnen supportmedewerkers ook mijn bankgegevens en adres zien? Ik hecht veel waarde aan privacy.",
    "privacy",
  ),
  nl(
    "whois gegevens zichtbaar",
    "Als ik mijn domeinnaam opzoek in de whois zie ik dan mijn naam en adres? Ik wil niet dat iedereen mijn woonadres kan vinden.",
    "privacy",
  ),
  nl(
    "digitale machtiging",
    "Ik kreeg een mail over een digitale machtiging. Wat is dat precies en is het veilig om dat via mijn bank te doen? Ik wil niet opgelicht worden.",
    "mandate",
    "directDebit",
  ),
  nl(
    "afschrijving terugboeken",
    "Er is een bedrag van mijn rekening afgeschreven dat ik niet herken. Kan ik deze incasso laten terugboeken? Hoe lang heb ik daarvoor de tijd?",
    "mandate",
  ),
  nl(
    "Bestelling geplaatst",
    "Ik heb gisteren een hostingpakket besteld maar ik heb nog niks gehoord. Hoe lang duurt het voordat alles actief is? En krijg ik nog een bevestiging?",
    "ordered",
  ),
  nl(
    "geen bevestigingsmail",
    "Na mijn bestelling van vanochtend heb ik geen enkele mail ontvangen, ook niet in de spam. Is mijn order wel goed doorgekomen?",
    "ordered",
  ),
  nl(
    "Waarom steeds een faq link",
    "Elke keer als ik een vraag stel krijg ik alleen een linkje naar jullie veelgestelde vragen terug. Dat vind ik niet erg klantvriendelijk. Kunnen jullie niet gewoon antwoord geven?",
    "whyFaq",
  ),
  nl(
    "iDIN verzoek",
    "Ik heb een mail gekregen dat ik me moet identificeren met iDIN. Wat is dat en waarom moet dat? Ik heb net een pakket besteld.",
    "idin",
    "ordered",
  ),
  nl(
    "identiteit bevestigen",
    "Jullie vragen mij om mijn identiteit te bevestigen via mijn bank. Is dat veilig? Ik wil liever geen kopie van mijn paspoort sturen.",
    "idin",
  ),
  nl(
    "Automatisch betalen",
    "Ik betaal nu elke maand handmatig via een overschrijving. Dat vergeet ik wel eens. Kan ik ook automatisch laten afschrijven?",
    "directDebit",
  ),
  nl(
    "machtigingsformulier",
    "Ik wil graag betalen via automatische incasso maar ik doe liever niks online met mijn bank. Kan ik ook een formulier op papier ondertekenen en opsturen?",
    "directDebit",
  ),
  nl(
    "Jaarlijks betalen",
    "Ik krijg nu elke maand een factuur voor mijn webhosting. Liever zou ik een keer per jaar betalen, dat scheelt administratie. Is dat mogelijk?",
    "yearly",
  ),
  nl(
    "betaaltermijn aanpassen",
    "Kunnen jullie mijn abonnement omzetten van maandelijkse naar jaarlijkse betaling? Het gaat om het pakket van mijn stichting.",
    "yearly",
  ),
  nl(
    "Wordpress foutmelding",
    "Na een update van een plugin geeft mijn wordpress website een witte pagina met een foutmelding. Kunnen jullie kijken wat er mis is? Ik heb geen verstand van php.",
    "website",
  ),
  nl(
    "webshop doet raar",
    "Onze webshop laat sinds gisteren de productfotos niet meer zien en het afrekenen geeft een error. Helpen jullie ook met zulke problemen in de website zelf?",
    "website",
  ),
  nl(
    "Opzeggen",
    "Hierbij wil ik mijn abonnement opzeggen. We gaan stoppen met de winkel en hebben de website niet meer nodig. Graag een bevestiging van de einddatum.",
    "cancel",
    "cancelHostingKeepDomain",
  ),
  nl(
    "contract beeindigen",
    "Wij willen ons contract bij jullie beëindigen per de eerstvolgende mogelijkheid. Wat is de opzegtermijn en wanneer stopt de facturatie?",
    "cancel",
  ),
  nl(
    "opzegen pakket",
    "goedemiddag, ik wil mijn pakket opzegen omdat ik het niet meer gebruik. Moet ik daar iets voor invullen of is deze mail genoeg?",
    "cancel",
    "cancelHostingKeepDomain",
  ),
  nl(
    "Geld terug na opzegging",
    "Ik heb vorige maand opgezegd maar had het jaar al vooruit betaald. Krijg ik het resterende bedrag terug? Het gaat om ongeveer 8 maanden.",
    "refund",
  ),
  nl(
    "restitutie domein verhuisd",
    "Mijn domein is verhuisd naar een andere provider. Krijg ik een deel van het betaalde bedrag terug voor de resterende periode?",
    "refund",
  ),
  nl(
    "review schrijven",
    "Ik ben erg tevreden over jullie service en wil graag een recensie achterlaten. Waar kan ik dat het beste doen?",
    "review",
  ),
  nl(
    "Reactietijd",
    "Hoe snel kan ik een reactie verwachten als ik een ticket instuur? Voor ons bedrijf is het belangrijk dat storingen snel worden opgepakt. Bieden jullie een sla aan?",
    "serviceLevels",
  ),
  nl(
    "garantie uptime",
    "Wij overwegen om onze bedrijfssites bij jullie te hosten. Welke garantie geven jullie op de beschikbaarheid en hersteltijd?",
    "serviceLevels",
  ),
  nl(
    "status van mijn melding",
    "Een paar dagen geleden heb ik een probleem gemeld. Waar kan ik zien hoe het ermee staat? Ik heb nog geen update gehad.",
    "ticketStatus",
  ),
  nl(
    "Storing melden",
    "Waar kan ik een storing doorgeven? Ik ben geen klant bij jullie maar zie dat een site die bij jullie draait plat ligt. Kost het iets om een melding te maken?",
    "reportProblem",
  ),
  nl(
    "Telefoonnummer",
    "Ik wil jullie graag even bellen om iets te overleggen over mijn pakket. Op de website kan ik nergens een telefoonnummer vinden. Zijn jullie telefonisch bereikbaar?",
    "contact",
  ),
  nl(
    "contact opnemen",
    "hoe kan ik het beste contact met jullie opnemen als er iets is? Via mail of telefoon? Ik wil graag iemand spreken.",
    "contact",
  ),
  nl(
    "Dataverkeer limiet",
    "Ik kreeg een mail dat ik bijna aan mijn datalimiet zit. Wat gebeurt er als ik eroverheen ga? Moet ik dan extra betalen?",
    "fairUse",
  ),
  nl(
    "onbeperkte opslag",
    "Bij een andere provider had ik onbeperkte opslagruimte. Hoe zit dat bij jullie? Hoeveel ruimte en dataverkeer mag ik gebruiken?",
    "fairUse",
  ),
  nl(
    "Naam medewerker",
    "Waarom staat er nooit een naam onder jullie antwoorden? Ik zou graag steeds met dezelfde persoon contact hebben. Kan ik naar een specifieke medewerker vragen?",
    "noNames",
  ),
  nl(
    "Alleen hosting opzeggen",
    "We verhuizen onze website naar een ander bureau. De hosting mag dus weg maar de domeinnaam willen we bij jullie houden. Kan dat?",
    "cancelHostingKeepDomain",
  ),
  nl(
    "domein behouden",
    "ik wil stoppen met mijn webhosting pakket, maar mijn domijn wil ik graag behouden voor de toekomst. Hoe regel ik dat?",
    "cancelHostingKeepDomain",
  ),
  nl(
    "inloggen lukt niet",
    "Ik probeer in te loggen op mijn account maar krijg steeds de melding dat het wachtwoord onjuist is. Ik heb het nog nooit aangepast. Hoe kan ik het wachtwoord wijzigen?",
    "personalDetails",
  ),
  nl(
    "IBAN wijzigen",
    "Graag wil ik de automatische incasso voortaan van een andere rekening laten lopen. Mijn nieuwe iban is NL91ABNA0417164300. Kunnen jullie dit aanpassen?",
    "iban",
  ),
  nl(
    "Vraag over incasso machtiging",
    "Ik heb mijn bank gewisseld. Moet ik dan een nieuwe machtiging afgeven voor de incasso en hoe gaat dat?",
    "iban",
    "mandate",
  ),
  nl(
    "helpdesk onbereikbaar",
    "Ik heb al twee keer geprobeerd iemand te bereiken maar krijg alleen een automatisch antwoord. Hoe kan ik jullie klantenservice bereiken?",
    "contact",
  ),
  nl(
    "Kosten ticket",
    "Moet ik betalen om een ticket aan te maken? Ik heb namelijk geen service contract bij jullie. Ik wil een probleem melden.",
    "reportProblem",
  ),
  nl(
    "wanneer actief",
    "Afgelopen weekend een domeinnaam met hosting besteld. Wanneer wordt mijn abonnement geactiveerd? Ik heb nog geen inloggegevens voor het beheer.",
    "ordered",
  ),
  nl(
    "Klacht over faq's",
    "Ik werd weer doorverwezen naar een faq artikel terwijl mijn vraag heel specifiek was. Waarom doen jullie dat?",
    "whyFaq",
  ),
  nl(
    "Vraag over FUP",
    "Wat houdt jullie fair use policy precies in? Ik wil zeker weten dat ik niet ineens een hoge rekening krijg als mijn site populair wordt.",
    "fairUse",
  ),

  nl(
    "afschrijving niet gelukt",
    "Ik kreeg bericht dat de incasso van deze maand is mislukt omdat mijn rekening is opgeheven. Ik heb nu een rekening bij een andere bank, hoe geef ik die door?",
    "iban",
  ),
  nl(
    "Adres op factuur klopt niet",
    "Op de laatste factuur staat nog ons oude adres. We zitten sinds januari op een nieuwe locatie. Kunnen jullie dat aanpassen?",
    "naw",
    "personalDetails",
  ),
  nl(
    "bellen mogelijk?",
    "Is er een nummer waarop ik jullie kan bellen? Ik kom er via de mail niet uit en wil het graag even telefonisch bespreken.",
    "contact",
  ),
  nl(
    "Hoe lang duurt een reactie",
    "Ik heb vanochtend een ticket ingestuurd over een probleem met mijn mail. Hoe lang duurt het gemiddeld voordat jullie reageren?",
    "serviceLevels",
    "ticketStatus",
  ),
  // ── English, answered by the FAQ ──
  en(
    "Forgot my password",
    "Hi, I can't log in to my account anymore because I forgot the password. How can I reset it? Thanks, Mark",
    "personalDetails",
  ),
  en(
    "Change email address",
    "I am moving to a new email provider next month. How do I change the email address on my account so your invoices reach me?",
    "personalDetails",
    "naw",
  ),
  en(
    "New bank account",
    "We switched banks last month. Please collect the monthly amount from our new bank account from now on. How do I update the IBAN?",
    "iban",
  ),
  en(
    "Account suspended",
    "My website shows a page saying the account has been suspended. I did not get any warning. What do I need to do to get it back online?",
    "suspended",
  ),
  en(
    "Moved house",
    "I have moved to a new address in Utrecht. Where can I update my name and address details for the invoices?",
    "naw",
    "personalDetails",
  ),
  en(
    "remote help",
    "I'm not very technical and can't get my email settings right. Could one of your staff connect to my computer and have a look? I'm available tomorrow morning.",
    "remoteSupport",
  ),
  en(
    "Privacy question",
    "Who at your company can see my personal data? I'd like to know whether support staff can see my bank details and date of birth.",
    "privacy",
  ),
  en(
    "What is the direct debit mandate",
    "I received an email asking me to give a digital mandate through my bank. What exactly is this and is it safe? Can I reverse a payment later?",
    "mandate",
  ),
  en(
    "Just ordered",
    "I placed an order for a hosting package an hour ago. What happens next and how long until it is activated?",
    "ordered",
  ),
  en(
    "Stop sending FAQ links",
    "Every time I contact you I get referred to the FAQ. Why don't you just answer my question? It feels like nobody reads my tickets.",
    "whyFaq",
  ),
  en(
    "iDIN request?",
    "After my order I got a message asking me to verify my identity with iDIN. I have never heard of it. What is it and is it safe to use?",
    "idin",
    "ordered",
  ),
  en(
    "pay by direct debit",
    "Is it possible to pay my invoices by direct debit instead of transferring the money myself every month? That would be much easier.",
    "directDebit",
  ),
  en(
    "Yearly invoice",
    "I currently pay monthly for my hosting. Can I switch to paying once a year instead? It would save me a lot of admin.",
    "yearly",
  ),
  en(
    "Website broken",
    "My wordpress site shows an error since I installed a new theme. Can you help me fix my website? I don't know where to start.",
    "website",
  ),
  en(
    "Cancel my subscription",
    "I would like to cancel my subscription as I no longer need the website. Please let me know the end date of my contract.",
    "cancel",
    "cancelHostingKeepDomain",
  ),
  en(
    "Refund",
    "I cancelled my hosting last week but I had paid for the whole year in advance. Will I get a refund for the remaining months?",
    "refund",
  ),
  en(
    "leave a reveiw",
    "Your support has been great and I'd like to write a review somewhere. Where can I rate your services?",
    "review",
  ),
  en(
    "Response time guarantee",
    "We're considering moving our company sites to you. What response times do you guarantee, and do you offer an SLA?",
    "serviceLevels",
  ),
  en(
    "Status of my ticket",
    "I sent in a ticket on Monday and haven't heard anything. Where can I check the progress of my ticket?",
    "ticketStatus",
  ),
  en(
    "Outage",
    "Our website and email are both down since this morning. Nothing loads at all. How do I report an outage to you?",
    "reportProblem",
    "website",
  ),
  en(
    "phone number?",
    "I'd prefer to discuss this by phone. What number can I call? I couldn't find it on your website.",
    "contact",
  ),
  en(
    "Data limit",
    "I got an email that my site is close to its data limit. What happens if I go over the traffic limit? Will I be charged extra?",
    "fairUse",
  ),
  en(
    "Is storage unlimited?",
    "Another provider offered unlimited storage and bandwidth. Is your hosting unlimited as well, or is there a fair use limit?",
    "fairUse",
  ),
  en(
    "Who answered my ticket",
    "Your replies are always signed by the team and never by a person. Why don't your staff use their names? Can I ask for the same employee again?",
    "noNames",
  ),
  en(
    "Keep domain, cancel hosting",
    "We are moving the website to another agency. Can I cancel only the hosting and keep my domain name with you?",
    "cancelHostingKeepDomain",
  ),
  en(
    "cant login",
    "I'm trying to sign in to my account but the password doesn't work. How do I change my password?",
    "personalDetails",
  ),
  en(
    "How to contact support",
    "What's the best way to get in touch with your customer service? I'd like to talk to someone about my package.",
    "contact",
  ),
  en(
    "Is there a charge for tickets",
    "I'm not a customer yet but want to report a problem with a site you host. Do I need to be a customer, and does it cost anything?",
    "reportProblem",
  ),

  en(
    "Invoice address wrong",
    "Our invoices still show the old company address. We moved in January. Can you update our address details?",
    "naw",
    "personalDetails",
  ),
  en(
    "Direct debit failed",
    "The direct debit for this month failed because I closed my old bank account. How do I give you my new account number?",
    "iban",
  ),
  en(
    "How fast do you reply",
    "I submitted a ticket this morning about a problem with my email. How long does it usually take before you respond?",
    "serviceLevels",
    "ticketStatus",
  ),
  // ── Dutch, not answered by this FAQ ──
  nl(
    "Nieuwsbrief versturen",
    "Wij willen elke maand een nieuwsbrief naar onze klanten sturen. Welk programma raden jullie daarvoor aan? Mailchimp of iets anders?",
  ),
  nl(
    "SSL certificaat",
    "Mijn website geeft in chrome de melding 'niet veilig'. Hoe installeer ik een ssl certificaat zodat er een slotje komt?",
  ),
  nl(
    "mailbox vol",
    "Ik krijg steeds een melding dat mijn mailbox vol is. Hoe kan ik oude mails verwijderen of meer ruimte krijgen?",
  ),
  nl(
    "email op iphone instellen",
    "Ik heb een nieuwe iphone en wil mijn zakelijke mail daarop instellen. Welke imap en smtp server moet ik gebruiken?",
  ),
  nl(
    "DNS aanpassen",
    "Ik wil een A-record en een MX-record aanpassen voor mijn domein omdat we naar office 365 gaan. Waar kan ik de dns records wijzigen?",
  ),
  nl(
    "php versie",
    "Een plugin vraagt om php 8.2. Hoe kan ik de php versie van mijn hosting omhoog zetten? Ik zie het niet in het controlpanel.",
  ),
  nl(
    "backup terugzetten",
    "Ik heb per ongeluk een map met foto's verwijderd van mijn website. Kunnen jullie een backup van gisteren terugzetten?",
  ),
  nl(
    "Spam in mijn inbox",
    "De laatste weken krijg ik enorm veel spam binnen op mijn info adres. Hebben jullie een spamfilter dat ik strenger kan zetten?",
  ),
  nl(
    "subdomein",
    "Ik wil een subdomein shop.mijnbedrijf.nl aanmaken dat naar een aparte map wijst. Hoe doe ik dat?",
  ),
  nl(
    "prijs extra domein",
    "Wat kost het om er een extra .nl domeinnaam bij te nemen? En kan ik die aan mijn bestaande pakket koppelen?",
  ),
  nl(
    "vacature",
    "Ik ben systeembeheerder en zoek een nieuwe baan. Hebben jullie op dit moment vacatures? Ik kan ook als freelancer werken.",
  ),
  nl(
    "FTP gegevens",
    "Mijn webbouwer vraagt om de ftp gegevens. Waar vind ik de hostnaam en gebruikersnaam voor ftp? Ik heb filezilla geinstalleerd.",
  ),
  nl(
    "database aanmaken",
    "Voor een nieuwe applicatie heb ik een mysql database nodig. Hoe maak ik die aan en hoe kom ik in phpmyadmin?",
  ),
  nl(
    "mail komt in spam",
    "Mijn klanten zeggen dat mijn mails bij hen in de spam belanden. Moet ik iets met spf of dkim instellen?",
  ),
  nl(
    "Nieuwsbrief tool",
    "Welke nieuwsbrief tool kunnen jullie aanraden voor een kleine vereniging? We hebben ongeveer 300 leden.",
  ),
  nl(
    "cronjob",
    "Hoe stel ik een cronjob in die elke nacht een php script draait? Ik kan de optie niet vinden.",
  ),
  nl(
    "Doorsturen van mail",
    "Ik wil alle mail van info@ doorsturen naar mijn gmail. Kan ik een forward instellen en hoe werkt dat?",
  ),
  nl(
    "Google Workspace koppelen",
    "Wij stappen over op google workspace voor onze mail. Wat moeten we instellen zodat de mail voor onze domeinnaam daar binnenkomt?",
  ),
  nl(
    "Cookiebanner",
    "Moet ik een cookiemelding op mijn site hebben en welke plugin is daar goed voor? Ik gebruik google analytics.",
  ),
  nl(
    "Windows server",
    "Bieden jullie ook windows hosting aan met asp.net en een mssql database? Onze software draait alleen daarop.",
  ),
  nl(
    "Studentenkorting",
    "Ik ben student en wil een portfoliosite beginnen. Hebben jullie korting voor studenten of een goedkoop starterspakket?",
  ),
  nl(
    "node applicatie",
    "Kan ik op mijn pakket een node.js applicatie draaien met een eigen poort? Of heb ik daar een vps voor nodig?",
  ),

  nl(
    "Wachtwoord mailbox instellen outlook",
    "Ik heb in outlook een nieuwe mailbox toegevoegd maar hij blijft om het wachtwoord vragen. Welke poort moet ik gebruiken voor de uitgaande server?",
  ),
  nl(
    "domein verhuizen naar jullie",
    "Ik heb een domeinnaam bij een andere partij en wil die naar jullie overzetten. Heb ik daarvoor een verhuiscode nodig en hoe lang duurt dat?",
  ),
  nl(
    "Extra mailadressen",
    "Hoeveel e-mailadressen kan ik aanmaken binnen mijn pakket? We krijgen er twee nieuwe collega's bij die allebei een eigen adres nodig hebben.",
  ),
  nl(
    "website gehackt",
    "Er staan ineens vreemde links naar casinosites op onze homepage. Volgens mij zijn we gehackt. Hoe kan ik dit opschonen en voorkomen?",
  ),
  nl(
    "Wachtwoord vergeten van wordpress admin",
    "Ik kan niet meer inloggen in het beheer van mijn wordpress site omdat ik het admin wachtwoord kwijt ben. De mail voor reset komt niet aan.",
    "website",
  ),
  nl(
    "Offerte voor webshop",
    "Wij zoeken iemand die een complete webshop voor ons kan bouwen met koppeling naar ons kassasysteem. Kunnen jullie een offerte maken?",
  ),
  nl(
    "SPF record",
    "Mijn nieuwsbriefdienst vraagt om een spf en dkim record toe te voegen aan mijn domein. Waar kan ik dat doen in het controlpanel?",
  ),
  nl(
    "Parkeerpagina",
    "Op mijn nieuwe domein staat nog een parkeerpagina van jullie. Hoe haal ik die weg en zet ik mijn eigen pagina online?",
  ),
  nl(
    "Storing bij KPN",
    "Bij ons thuis doet het internet het niet meer sinds gisteravond, de router knippert rood. Kunnen jullie kijken of er een storing is bij kpn?",
  ),
  nl(
    "Agenda delen",
    "Kan ik met mijn mailbox bij jullie ook een agenda delen met mijn collega's, zoals bij exchange? We werken nu met losse agenda's.",
  ),
  nl(
    "tweestapsverificatie",
    "Bieden jullie tweestapsverificatie aan voor het controlpanel? Onze verzekeraar vraagt daarom voor de cyberpolis.",
  ),
  nl(
    "welke hosting voor drupal",
    "Wij willen een drupal site van ongeveer 2 gb draaien met veel bezoekers. Welk pakket past daar het best bij en hoeveel geheugen krijg ik?",
  ),
  // ── English, not answered by this FAQ ──
  en(
    "Newsletter software",
    "We want to start sending a monthly newsletter to our customers. Which newsletter tool would you recommend? Does it work with your mail servers?",
  ),
  en(
    "SSL certificate",
    "Chrome says my site is not secure. How do I install an SSL certificate on my domain?",
  ),
  en(
    "Email forwarding",
    "How can I forward all email sent to sales@ to my personal gmail address? I can't find the setting.",
  ),
  en(
    "Nameservers",
    "I'm transferring a domain from another registrar. Which nameservers should I enter there?",
  ),
  en("Windows hosting?", "Do you offer windows hosting with IIS and .NET support? Our intranet needs it."),
  en(
    "Mailbox full",
    "My mailbox keeps saying it's full and I'm not receiving new messages. How do I increase the mailbox size?",
  ),
  en(
    "Student discount",
    "I'm a student building my first website. Do you have any discounts for students or a free trial?",
  ),
  en("PHP version", "My plugin needs a newer php version. How do I upgrade php on my hosting account?"),
  en(
    "Restore backup",
    "I accidentally deleted some files from my site yesterday. Can you restore a backup from two days ago?",
  ),
  en(
    "Migrate my wordpress site to you",
    "I'd like to move my wordpress site from my current host to you. Do you have a migration tool or do I have to copy everything by hand?",
  ),
  en(
    "Which datacenter",
    "In which datacenter are your servers located and is the data stored within the EU? Our legal team asks.",
  ),
  en("git deploy", "Can I deploy my site with git push, or do I have to upload files over ftp each time?"),
  en(
    "Job application",
    "Are you hiring? I'm a developer with five years of experience in hosting and linux administration.",
  ),
  en(
    "Email on my phone",
    "I just got a new android phone. What incoming and outgoing server settings do I need to add my work email?",
  ),
  en(
    "Transfer domain to you",
    "I want to transfer my .com domain from godaddy to you. Do I need an auth code and how long does the transfer take?",
  ),
  en(
    "Site hacked",
    "There are strange redirects on my homepage to a pharmacy site. I think my site has been hacked. Can you scan it for malware?",
  ),
  en(
    "Need a quote",
    "We're looking for a partner to build a new company website with a booking system. Could you send us a quote?",
  ),
  en(
    "Shared calendar",
    "Does your email hosting support shared calendars and contacts like exchange? Our team needs to plan meetings together.",
  ),
  en(
    "Which plan for a forum",
    "I'm starting a forum that might get a few thousand visitors a day. Which hosting plan do you recommend and how much memory does it get?",
  ),
  en(
    "Two factor authentication",
    "Can I enable two factor authentication for the control panel login? Our insurer requires it.",
  ),
  en("Parked page", "My new domain still shows your parking page. How do I put my own site online instead?"),
  // ── Added later: more texts as customers write them (typos included) ──
  nl(
    "nog steeds geen antwoord",
    "Ik heb dinsdag een ticket aangemaakt over een dubbele afschrijving maar heb nog niks terug gehoord. Hoe kan ik zien of er al iemand naar kijkt?",
    "ticketStatus",
    "serviceLevels",
  ),
  en(
    "Still waiting for an answer",
    "I opened a ticket three days ago and haven't had any reply yet. Where can I see if someone is working on it?",
    "ticketStatus",
    "serviceLevels",
  ),
  nl(
    "nieuwe bankrekening",
    "Ons bedrijf heeft een nieuwe rekening bij de rabobank. Wilt u voortaan daarvan afschrijven? Het oude nummer vervalt eind deze maand.",
    "iban",
  ),
  en(
    "Moved office",
    "We moved to a new office last month. How do I update our address so the invoices show the right one?",
    "naw",
    "personalDetails",
  ),
  nl(
    "Jaarlijks betalen",
    "Is het mogelijk om voortaan 1x per jaar te betalen in plaats van elke maand? Scheelt ons een hoop administratie.",
    "yearly",
  ),
  nl(
    "Cookiemelding op website",
    "Volgens een klant moet onze website een cookiebanner hebben. Kunnen jullie die plaatsen of moet ik dat zelf doen in wordpress?",
  ),
  nl(
    "ftp gegevens",
    "Ik wil met filezilla bestanden uploaden naar mijn webruimte maar ik weet de ftp host en poort niet. Waar vind ik die?",
  ),
  nl(
    "Website erg traag",
    "Sinds een paar dagen laad onze webshop heel langzaam, soms wel 10 seconden. Ligt dat aan de server of aan onze thema?",
  ),
  nl(
    "Mail komt in spam bij klanten",
    "Onze offertes die we mailen komen bij veel klanten in de spambox terecht. Moeten we iets met spf of dkim instellen?",
  ),
  nl(
    "Database te groot",
    "Mijn mysql database is bijna 2 gb. Is daar een maximum voor en kan ik hem via phpmyadmin verkleinen?",
  ),
  nl(
    "Doorsturen naar andere website",
    "Ik wil dat mijnoudebedrijf.nl automatisch doorstuurt naar onze nieuwe site. Hoe stel ik een redirect in?",
  ),
  nl(
    "Extra mailbox aanmaken",
    "Er komt een nieuwe collega bij. Hoe maak ik een extra mailadres aan voor haar op ons domein?",
  ),
  nl(
    "Btw nummer op factuur",
    "Kunnen jullie ons btw nummer op de facturen vermelden? Dat heeft onze boekhouder nodig voor de aangifte.",
  ),
  nl(
    "SSH toegang",
    "Heb ik bij mijn pakket ook ssh toegang zodat ik composer kan draaien? Ik kan nergens een ssh key instellen.",
  ),
  nl(
    "Cronjob instellen",
    "Ik wil elke nacht een script laten draaien voor mijn webshop. Kan ik een cronjob aanmaken in het controlpanel?",
  ),
  nl(
    "Website maken",
    "Wij zijn een klein bakkerij en zoeken iemand die een simpele website voor ons kan bouwen. Doen jullie dat ook en wat kost dat ongeveer?",
  ),
  nl(
    "Meer opslag nodig",
    "Mijn hosting pakket zit bijna vol qua schijfruimte. Kan ik er opslag bijkopen zonder naar een groter pakket te gaan?",
  ),
  nl(
    "Outlook vraagt steeds wachtwoord",
    "Na de update van windows blijft outlook om mijn wachtwoord vragen ook al klopt het. Wat moet ik in outlook veranderen?",
  ),
  nl(
    "Email adres werkt niet meer",
    "Sinds gisteren kan ik geen mail meer versturen, ik krijg een foutmelding 550 relay not permitted. Wat betekend dat?",
  ),
  nl(
    "Vacature",
    "Hebben jullie nog plek voor een stagiair? Ik studeer informatica en zoek een stage voor het voorjaar.",
  ),
  en(
    "Cookie banner on my site",
    "Do I need a cookie banner on my website for GDPR, and can you add one for me or is there a plugin you recommend?",
  ),
  en(
    "Website very slow",
    "Our online shop has been loading really slow since last week, sometimes 8 seconds per page. Is something wrong with the server?",
  ),
  en(
    "Emails going to spam",
    "Our invoices that we email to customers end up in their junk folder. Do I need to set up spf or dkim records for my domain?",
  ),
  en(
    "Add a mailbox for new colleague",
    "We hired a new person. How do I create an extra email address for her on our domain?",
  ),
  en(
    "VAT number on invoices",
    "Could you put our VAT number on your invoices from now on? Our accountant needs it for the tax return.",
  ),
  en(
    "SSH access",
    "Does my plan include ssh access? I want to run composer and wp-cli but can't find where to add an ssh key.",
  ),
  en(
    "Redirect old domain",
    "I want my old domain to automatically redirect to our new website. Where can I set up a 301 redirect?",
  ),
  en(
    "How much does an extra domain cost",
    "Hi, what does it cost to register an extra .com domain name and can I add it to my current package?",
  ),
  nl(
    "Wat kost een ticket?",
    "Ik heb geen abonnement bij jullie maar heb wel een vraag over mijn website. Kost het geld om een ticket in te dienen?",
    "reportProblem",
  ),
  nl(
    "Nieuw rekeningnummer doorgeven",
    "Wij bankieren vanaf volgende maand bij de ING. Hoe geef ik het nieuwe rekeningnummer door voor de incasso?",
    "iban",
  ),
  nl(
    "Opzeggen per direct",
    "Wij willen ons hostingabonnement opzeggen omdat we stoppen met de winkel. Hoe werkt dat en wat is de opzegtermijn?",
    "cancel",
  ),
  nl(
    "Status van mijn verzoek",
    "Ik heb vorige week gevraagd om mijn pakket te wijzigen. Waar kan ik zien hoe het ermee staat?",
    "ticketStatus",
  ),
  nl(
    "Factuur als pdf",
    "Waar kan ik mijn facturen van vorig jaar downloaden als pdf? Mijn boekhouder wil ze allemaal hebben voor de jaarafsluiting.",
  ),
  nl(
    "Domeinnaam opzeggen bij oude provider",
    "Ik heb nog een domein lopen bij strato die ik wil opzeggen. Moet ik dat daar doen of kunnen jullie dat regelen?",
  ),
  nl(
    "Betalen met creditcard",
    "Kan ik ook met creditcard of paypal betalen in plaats van ideal? Ik woon in belgie en heb geen nederlandse bank.",
  ),
  nl(
    "Account aanmaken voor collega",
    "Kan mijn collega ook inloggen op ons account met een eigen login? Hij moet ook tickets kunnen zien.",
  ),
  nl(
    "Email wordt niet afgeleverd",
    "Mails naar een klant van ons komen terug met de melding mailbox unavailable. Aan onze kant of die van de klant?",
  ),
  en(
    "Invoice in English",
    "Could you send our invoices in English from now on? Our finance team is based in Germany and doesn't read Dutch.",
  ),
  en(
    "Outage at my internet provider?",
    "Our office internet has been down all morning. Is this something on your side or with our ISP?",
  ),
  en(
    "Pay by credit card",
    "Can I pay with a credit card or PayPal instead of direct debit? I live in Belgium and don't have a Dutch bank account.",
  ),
  en(
    "Extra user on my account",
    "Can my colleague get his own login for our customer account so he can see the tickets too?",
  ),
];
