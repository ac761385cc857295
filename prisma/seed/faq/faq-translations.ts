// English versions of the provider's FAQ, written by us from the Dutch original (which stays the
// reference: the web app says so on every translation and links to the original). Faithful to the
// meaning, not to the word order; links, names and figures as in the original. Keyed by the Dutch
// title exactly as in the manifest. A translation carries its original's keywords (staff curated
// them in both languages), so that it is found by the same words.

export interface ArticleTranslation {
  title: string;
  /** Markdown, laid out as the importer lays out the original (one block per line, "- " lists). */
  body: string;
}

export const englishTranslations: Record<string, ArticleTranslation> = {
  "Hoe kan ik mijn persoonlijke gegevens wijzigen?": {
    title: "How can I change my personal details?",
    body: [
      "Lost your My Account password? <https://www.i24.nl/nl/my-account/lost-password/>",
      "Change your e-mail address: go to My Account to change your e-mail address.",
      "Change your address: go to My Account to change your address.",
      "Change your IBAN / bank account: go to My Account to change your IBAN. You will then receive an e-mail with a digital mandate.",
      "Change your My Account password: go to My Account to change your password.",
      "Change the password of an e-mail account <https://www.i24.nl/nl/faq/ik-ben-het-wachtwoord-voor-mijn-e-mail-kwijt-hoe-los-ik-dat-op/>",
      "Change the password of the DirectAdmin control panel <https://www.i24.nl/nl/faq/hoe-wijzig-ik-het-directadmin-wachtwoord/>",
      "Lost your DirectAdmin password? Submit a ticket.",
    ].join("\n\n"),
  },
  "Hoe wijzig ik mijn IBAN (bankrekening) voor de automatische incasso’s?": {
    title: "How do I change my IBAN (bank account) for direct debits?",
    body: [
      "Would you like to change the account number we collect direct debits from? You can change your IBAN in My Account. You will then receive a link with which you give your digital mandate online at your bank.",
      "Do you have other questions or need help? Then please submit a ticket.",
      "Submit a ticket",
    ].join("\n\n"),
  },
  "Mijn account is suspended. Hoe los ik dat op?": {
    title: "My account is suspended. How do I solve that?",
    body: [
      "If your account is suspended, there can be several reasons for it.",
      "Contact customer service!",
    ].join("\n\n"),
  },
  "Waar kan ik mijn NAW gegevens wijzigen?": {
    title: "Where can I change my name and address details?",
    body: "To ask questions, report a technical problem or pass on (administrative) changes, you can submit a ticket through our customer service. Submitting a ticket gets you helped faster, and we have the details we need right away.",
  },
  "Hoe kan ik Remote Support krijgen?": {
    title: "How can I get Remote Support?",
    body: [
      "If you need help with a problem, a support employee can connect to your PC to look at the settings and help you solve the problem.",
      "You can order Remote Support here.",
      "A support employee will call you at the time you chose to guide you through setting up the connection.",
    ].join("\n\n"),
  },
  "Hoe is mijn privacy geregeld en wat kunnen anderen zien?": {
    title: "How is my privacy handled and what can others see?",
    body: [
      "We process your personal data as follows:",
      [
        "- After an order, your details are stored in our customer and invoicing system.",
        "- To identify new customers, we use iDIN or a digital mandate, once.",
        "- Your details can only be seen by our customer service and accounts receivable.",
        "- Our support staff can only see contact and technical details (no address, bank details or date of birth).",
        "- Invoicing, and the exchange with the bank to submit direct debits and process payments, are fully automated.",
        "- In the Dutch Whois (SIDN), personal details are hidden by default.",
      ].join("\n"),
      "More about iDIN and the digital mandate:",
      "<https://www.i24.nl/nl/faq/wat-is-een-digitale-incassomachtiging/>",
      "<https://www.i24.nl/nl/faq/wat-is-idin-identificatie/>",
      "Privacy Statement",
      "<https://www.i24.nl/nl/privacy-statement/>",
    ].join("\n\n"),
  },
  "Wat is een digitale incassomachtiging?": {
    title: "What is a digital direct debit mandate?",
    body: [
      "Digital direct debit mandate",
      "With a digital mandate you allow us to send direct debit instructions to your bank. Giving a mandate digitally is simple and free. No more filling in, printing, signing, scanning, uploading, identifying and so on. When you order through our website, you can give the digital mandate online straight away. Not given a digital mandate yet? Ask customer service for an activation link.",
      "What a recurring mandate means",
      "Payments by recurring direct debit only take place if you have given your permission for them with a mandate. After a debit you have 8 weeks to reverse the amount without giving a reason.",
      "Is giving a mandate online safe?",
      "Yes, it works just like iDEAL. Giving a mandate online takes place in your internet banking and always starts and ends on the SSL-secured page of viamijnbank.net. Data is handled with great care and secured in line with the requirements of the law.",
    ].join("\n\n"),
  },
  "Ik heb besteld, hoe nu verder?": {
    title: "I have placed an order. What happens next?",
    body: [
      "Once you have placed an order online, a number of steps follow:",
      "New customer > You receive an e-mail with a service account and password for our website.",
      "You receive an e-mail confirming your order.",
      "New customer > If your details cannot be verified automatically, you receive an iDIN request.",
      "You receive a confirmation that your order is being processed.",
      "You receive an e-mail that your subscription has been activated.",
      "You receive an e-mail with the details of your account for management (where applicable).",
      "You receive an e-mail that the order has been completed.",
      "You receive an e-mail with the invoice.",
      "All orders from our website are delivered within 24 hours, unless stated otherwise.",
      "Important:",
      "If you have questions or need help after your order, do not e-mail us, but create a ticket through our Support Center. Our Support Center is available 24×7, and you will be helped faster. After your order you received a password for using our websites and the Ticket System. If you have lost it or it never arrived, go to our Support Center, My Account, and request a new password. Your login name is the e-mail address you gave when ordering.",
    ].join("\n\n"),
  },
  "Waarom word ik doorverwezen naar de FAQ’s?": {
    title: "Why am I referred to the FAQs?",
    body: [
      "First of all, FAQs are meant to give you an answer quickly.",
      "Secondly, time is very precious, and support staff are there above all to solve problems. If support staff have to answer questions that are in the FAQs, other customers who have a problem have to wait longer than necessary.",
      "Moreover, as soon as you create a ticket, the available FAQs are shown automatically, based on keywords, and you can click through to them straight away. If you submit a ticket anyway, you will indeed still be referred to the relevant FAQ.",
      "By the way, we never send customers off with 'just look in the FAQs'; we always give the exact link to the right FAQ.",
      "If you really cannot find something, we will of course gladly answer your question.",
    ].join("\n\n"),
  },
  "Wat is IDIN?": {
    title: "What is iDIN?",
    body: [
      "iDIN is an online means of identification developed by the Dutch banks together. It lets you identify yourself online, safely and easily, with organisations such as insurers, web shops and government agencies.",
      "🔐 What can you do with it?",
      "With iDIN you can:",
      [
        "- Log in with affiliated organisations",
        "- Confirm your identity without creating separate accounts",
        "- Verify your age, for example when buying alcohol online",
        "- Sign documents digitally",
      ].join("\n"),
      "🛡️ How does it work?",
      "You use the login method of your own bank, such as internet banking or the mobile app. The organisation only gets access to the details you give permission for, such as:",
      [
        "- Name and address",
        "- Date of birth or an indication of age",
        "- Gender",
        "- E-mail address or phone number",
      ].join("\n"),
      "✅ Advantages",
      [
        "- No passport scan or signature needed",
        "- You do not have to upload anything; it can be done entirely online.",
        "- No extra passwords or accounts needed",
        "- Trusted and safe, comparable to iDEAL",
        "- You stay in control of which details you share",
      ].join("\n"),
    ].join("\n\n"),
  },
  "Ik wil betalen via automatische incasso, kan dat?": {
    title: "I want to pay by direct debit. Is that possible?",
    body: [
      "Through our Support Center you can arrange a direct debit quickly and easily. You receive a link with which you give your digital mandate online at your bank. Choose your bank and agree to our recurring direct debit. It works just like iDEAL and is just as safe.",
      "Would you rather sign with a pen?",
      "You can still pay by direct debit after filling in the mandate form. Then sign this form, scan it and send it as an attachment to this ticket. You can also send it by post to the address on the mandate.",
      "B.SEPA.085 – i-Stoplichtkaarten recurring mandate for European direct debit",
    ].join("\n\n"),
  },
  "Ik wil graag per jaar betalen ipv per maand, kan dat?": {
    title: "I would like to pay yearly instead of monthly. Is that possible?",
    body: "If you would rather pay yearly than monthly, you can have this changed by submitting a ticket.",
  },
  "Ik heb een probleem met mijn website. Kunnen jullie helpen?": {
    title: "I have a problem with my website. Can you help?",
    body: "Solving problems on a server is always at our expense. We are happy to help you solve problems with your website or with scripts you installed yourself, but this is not part of the standard service included. A support employee can have a webmaster or administrator look at it for you at the standard rates for support and/or troubleshooting. We charge additional support in blocks of 15 minutes.",
  },
  "Hoe kan ik mijn abonnement opzeggen?": {
    title: "How can I cancel my subscription?",
    body: "You can cancel your subscription at any time by submitting a ticket through customer service. Other forms of cancellation cannot be processed. This is to prevent mistakes and to keep a record. The end date is determined by the current subscription period or contract. That can be per month or per year. You can find this on your invoice. The cancellation must be submitted before a renewal, so not after receiving an invoice for a new period, because then the renewal has already been set in motion. No refund is given for subscription fees paid in advance.",
  },
  "Ik heb opgezegd, krijg ik geld terug?": {
    title: "I have cancelled. Will I get money back?",
    body: "When you have cancelled your domain and/or web hosting, the end date of the contracts and/or subscription period is kept as the end date. No refund is given after a cancellation or a transfer.",
  },
  "Kan ik jullie diensten ergens beoordelen?": {
    title: "Can I review your services somewhere?",
    body: "You can rate our services and leave a review on Google.",
  },
  "Wat zijn jullie Service Levels?": {
    title: "What are your Service Levels?",
    body: [
      "By default we deliver all services on a Best Effort basis. This means the services are delivered as well as possible, without guarantees on availability, response and recovery times. Usually all tickets are handled within 1 working day. If you want a faster and guaranteed response time, you can take out a higher Service Level.",
      "More information about Service Levels",
    ].join("\n\n"),
  },
  "Hoe kom ik achter de status van mijn melding?": {
    title: "How do I find out the status of my ticket?",
    body: "You can see the replies to and the progress of your ticket online at any moment. You also receive an e-mail of every update. You log in with your e-mail address. Once logged in, you can also fill in and upload documents we send you for handling requests and cancellations.",
  },
  "Hoe meld ik een storing of probleem?": {
    title: "How do I report an outage or a problem?",
    body: "If you have a question or want to report a problem, you can create a ticket. You do not need to be a customer of ours or have a service contract to submit a ticket. All tickets are handled. There are no costs for submitting tickets.",
  },
  "Hoe kan ik contact opnemen met jullie?": {
    title: "How can I contact you?",
    body: "Contact with us goes through the ticket system of our Customer Service. This way we can deploy our staff more efficiently and keep costs as low as possible. We have also proven to be effective at handling questions this way. No waiting on the phone, always an answer, and all your tickets confirmed by e-mail and to be found under your account. If for whatever reason you want contact by phone, you can also call us. In most cases a callback request will then be created, because our telephone operators have no access to your details.",
  },
  "Wat is jullie Fair Use Policy (FUP)": {
    title: "What is your Fair Use Policy (FUP)?",
    body: [
      "Where providers usually advertise unlimited data, there is in fact no such thing as unlimited use. The same goes for storage space that is sometimes offered as 'unlimited'. Unlimited does not exist! 'Limits' are in fact applied, otherwise one customer could take up the full capacity of a provider's entire server park for a few tens of euros a year; impossible, and in fact misleading. Because these limits are often completely unclear. And what happens when you go over your limit, and over which limit? As a customer you do not know where you stand at all, let alone what the costs are.",
      "We apply a Fair Use Policy. Every package of ours states a data limit (a maximum of data traffic, or traffic limit, per month). Here we apply a somewhat clearer policy. You can use the data allotted to you without worry. If you go over it once, nothing is wrong and you will not get a bill from us straight away. If you go over it systematically or extremely, we ask you to upgrade your package so that it fits your use better.",
      "You can find your usage in your control panel. The counter is reset to 0 every month and the automatic check is also monthly. If you almost reach your limit, an e-mail is sent to you automatically. In general this hardly ever happens, because the data limits we apply are amply sufficient for normal use of your e-mail or website.",
    ].join("\n\n"),
  },
  "Waarom noemen jullie geen namen in tickets?": {
    title: "Why don't you give names in tickets?",
    body: [
      "Team i24 Support",
      "Besides our permanent staff, our team consists of skilled and flexible freelancers and self-employed professionals. We work according to the new way of organising, which results in 'free' employees, lightning-fast service, sharp rates and high customer satisfaction!",
      "Privacy",
      "Because in the past it unfortunately happened regularly that employees were approached privately through other channels (social media) when someone had a technical problem, in the expectation of being helped faster, we decided, partly for privacy reasons, no longer to mention names in tickets. You can also no longer ask for a specific employee. Every employee has sufficient knowledge and experience. We also work, precisely in the interest of the customer and of a consistent service, according to strict procedures, and tickets must be able to be taken over from one another because of changing staffing. This results in our fast resolution times.",
      "Customers sometimes tell us that this feels impersonal, but after this explanation they can accept it. We are one team, and together we make sure that you, whoever helps you, get the best service!",
    ].join("\n\n"),
  },
  "Ik wil mijn hosting opzeggen maar mijn domein behouden. Kan dat?": {
    title: "I want to cancel my hosting but keep my domain. Is that possible?",
    body: [
      "Yes, that is possible. State that you only want to cancel your hosting (website and e-mail) and keep the domain.",
      "When and how can you cancel?",
      "You can cancel your subscription at any time by submitting a ticket through customer service. Other forms of cancellation cannot be processed. This is to prevent mistakes and to keep a record. The end date is determined by the current subscription period or contract. That can be per month or per year. You can find this on your invoice. The cancellation must be submitted before a renewal, so not after receiving an invoice for a new period, because then the renewal has already been set in motion. No refund is given for subscription fees paid in advance.",
    ].join("\n\n"),
  },
};
