/**
 * Generated from the Helpdesk API's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with `pnpm client:generate`; a test fails while this file is out of date.
 */

export interface paths {
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens with their last use, newest first (admins only) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token for an integration; its secret is in this response only (admins only) */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token: it stops working at once (admins only) */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointment-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free remote-support slots (anyone, guests too): within the service calendar's opening hours, none in the past or on a closed day, only those with a place left */
        get: operations["listAppointmentSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A day's remote-support appointments, earliest first, with the number to call (staff who work tickets) */
        get: operations["listAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Slot length and staff capacity per slot of remote-support appointments (admins) */
        get: operations["getAppointmentSettings"];
        /** Set the slot length and staff capacity per slot (admins); booked appointments keep their times */
        put: operations["updateAppointmentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a single-use sign-in link to a customer (always 202: no account enumeration) */
        post: operations["requestEmailLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-link/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the token from an e-mailed link */
        post: operations["confirmEmailLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password (staff and customers) */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of the refresh-token cookie */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a password-reset link (always 202: no account enumeration) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the e-mailed link; ends every other session */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the refresh-token cookie for a new access token (the cookie rotates) */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/months/{month}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a month invoiced (billing): its entries are locked, no entry can be added to it any more (409 when marked already) */
        post: operations["markMonthInvoiced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current rate per started 15 minutes (staff who work tickets) */
        get: operations["getBillingRate"];
        /** Set the rate per started 15 minutes, in euro cents without VAT (admins); consents keep theirs */
        put: operations["setBillingRate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billable blocks per ticket for one month, per customer, in cents (billing and customer service) */
        get: operations["getBillingStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's statement as CSV: one row per ticket, amounts in cents and in euro (billing and customer service) */
        get: operations["downloadBillingStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standard answers, newest first, optionally by words or changed since (staff who work tickets) */
        get: operations["listCannedReplies"];
        put?: never;
        /** Write a standard answer; an unknown placeholder or FAQ article is refused with 400 on `body.body` (admins only) */
        post: operations["createCannedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canned-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A standard answer with its placeholders as written (staff who work tickets) */
        get: operations["getCannedReply"];
        /** Change a standard answer; refused with 409 edit_conflict when someone saved since `expectedUpdatedAt` (admins only) */
        put: operations["updateCannedReply"];
        post?: never;
        /** Remove a standard answer (admins only) */
        delete: operations["deleteCannedReply"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-links/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline with the e-mailed link: works once (404 after), and not for another signed-in customer */
        post: operations["answerConsentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-links/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an e-mailed consent link asks, before it is answered (404 for an unknown, used or expired link, or one of another customer's ticket) */
        post: operations["viewConsentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers by name, e-mail, phone or domain (staff who may see customer data) */
        get: operations["searchCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer, with exactly the fields the caller's role may see (404 when it may see none) */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer's billing periods and IBAN, with a reason that the audit trail keeps (billing only) */
        patch: operations["updateCustomerBilling"];
        trace?: never;
    };
    "/api/v1/customers/{id}/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Customer service starts the data export for a customer who asked by ticket; the link goes to the customer, never to staff */
        post: operations["requestCustomerDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of a customer's erasure: who, when, why, how much (customer service and admins) */
        get: operations["getCustomerErasure"];
        put?: never;
        /** Erase a customer (right to be forgotten): personal fields cleared, tickets kept but scrubbed of them, files deleted, sessions ended (customer service and admins; 409 when erased already) */
        post: operations["eraseCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of a customer's record (customer service, billing and admins) */
        get: operations["listCustomerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/private-data-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who was shown this customer's address, bank account or date of birth, newest first (admins and customer service) */
        get: operations["listCustomerPrivateDataAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a failed e-mail a fresh set of tries */
        post: operations["retryFailedEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-outbox/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mails that failed after their last try (admins and customer service) */
        get: operations["listFailedEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-previews/{template}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An e-mail template rendered with sample data, HTML and plain text (admins) */
        get: operations["previewEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FAQ categories, in display order */
        get: operations["listFaqCategories"];
        put?: never;
        /** Add an FAQ category, shown last (admins and customer service) */
        post: operations["createFaqCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an FAQ category; its slug stays (admins and customer service) */
        patch: operations["renameFaqCategory"];
        trace?: never;
    };
    "/api/v1/faq-category-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the order of the FAQ categories: every slug once (admins and customer service) */
        put: operations["orderFaqCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which articles deflect tickets and which queries found nothing (admins and customer service) */
        get: operations["getFaqInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-suggestion-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report what happened to suggestions in a ticket form, one event or a batch of up to 50 (anonymous; used to improve ranking) */
        post: operations["recordFaqSuggestionEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synonym groups used by FAQ suggestions (admins and customer service) */
        get: operations["listFaqSynonyms"];
        put?: never;
        /** Add a synonym group (admins and customer service) */
        post: operations["createFaqSynonymGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq-synonyms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a synonym group (admins and customer service) */
        delete: operations["deleteFaqSynonymGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published FAQ articles (drafts too for staff who edit the FAQ), optionally by category or language */
        get: operations["listFaqArticles"];
        put?: never;
        /** Write an FAQ article (admins and customer service) */
        post: operations["createFaqArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faqs/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One FAQ article (a draft answers 404 unless the caller edits the FAQ); an old slug redirects (308) to the current one */
        get: operations["getFaqArticle"];
        put?: never;
        post?: never;
        /** Delete an FAQ article (admins and customer service) */
        delete: operations["deleteFaqArticle"];
        options?: never;
        head?: never;
        /** Change an FAQ article, its slug too (the old one keeps redirecting); refused with 409 when someone saved since `expectedUpdatedAt` (admins and customer service) */
        patch: operations["updateFaqArticle"];
        trace?: never;
    };
    "/api/v1/faqs/popular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The most used published FAQ articles (clicked from suggestions or linked in answers, last 90 days); the FAQ's own order fills in where use is lacking */
        get: operations["listPopularFaqArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faqs/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FAQ articles that answer what the customer is typing (empty when nothing is relevant) */
        get: operations["suggestFaqArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-up/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When tickets waiting on the customer get a reminder and when they are solved without an answer (admins) */
        get: operations["getFollowUpSettings"];
        /** Switch the follow-up of pending tickets on or off and set its days (admins); reminders already sent stay */
        put: operations["updateFollowUpSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** For mail providers: one raw MIME message (multipart field `message`), authenticated with the X-Inbound-Secret header. The provider also sends the envelope sender (X-Envelope-From) and, when it checked them, its SPF/DKIM/DMARC results (X-Authentication-Results): a reply lands on its ticket only when the envelope sender is the From address and the results pass */
        post: operations["receiveInboundEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events of the ticket changes the caller may see (`Last-Event-ID` resumes); closes when the session ends */
        get: operations["openLiveStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/stream-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A single-use ticket (valid 30 s) to open one live stream with the signed-in session */
        post: operations["createLiveStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's monthly overview of billed support: blocks and amounts per ticket per month */
        get: operations["getMyBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed-in customer asks for everything we hold about them: one archive, prepared by a job and e-mailed as a single-use link (409 while one is being prepared) */
        post: operations["requestMyDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-export/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The archive of the e-mailed link, once, for the customer it was made for (404 for a used, expired or unknown link, or another account's) */
        post: operations["downloadMyDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which of your notifications also come by e-mail, and in which language */
        get: operations["getNotificationPreferences"];
        /** Sets which of your notifications also come by e-mail, and in which language */
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first (`unread=true`: only unread), with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one of your notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Colleagues an internal note can mention as `@handle` (the part of their address before the @) */
        get: operations["listMentionableStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread (the bell) */
        get: operations["getUnreadNotificationCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who else has any of these tickets open, and who is typing (the queue's rows; staff who work tickets) */
        get: operations["getQueuePresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the process is up and the database answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins, customer service and agents (team figures, no one named): tickets, backlog, response times, service levels, deflection, satisfaction and billable blocks for a period and the previous one */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{figure}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One figure of the report as CSV, the period's rows and then the previous period's */
        get: operations["downloadReportFigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last 50 retention runs and previews, newest first: the audit of retention (admins) */
        get: operations["listRetentionRuns"];
        put?: never;
        /** Apply the retention periods now, or preview what they would anonymise and delete (dryRun); 409 while another run is busy (admins) */
        post: operations["startRetentionRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long personal data is kept, and whether the daily run applies it (admins) */
        get: operations["getRetentionSettings"];
        /** Set the retention periods and switch the daily run on or off (admins) */
        put: operations["updateRetentionSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-levels/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins: the business calendar (working hours, time zone, holidays, closing days) */
        get: operations["getServiceCalendar"];
        /** Admins: set the business calendar; running due times are not rewritten unless recomputed */
        put: operations["updateServiceCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-levels/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins: the targets of every service level and priority */
        get: operations["listServiceLevelPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-levels/policies/{level}/{priority}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admins: set the targets of a level and priority. Tickets keep the targets they were given; ask POST /service-levels/recompute to apply new ones */
        put: operations["updateServiceLevelPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-levels/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admins: give tickets the level and targets that apply now (after a policy, calendar or customer level change); on each ticket's audit trail */
        post: operations["recomputeServiceLevels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-levels/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins and customer service: per level and week, the share of first responses within target and the median first-response time in working hours */
        get: operations["getServiceLevelReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team name, public address, e-mail sender, footer and support hours (admins) */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings; refused with 409 when another admin saved since `expectedUpdatedAt` (admins) */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/v1/settings/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team name and support hours, for everybody (the contact page shows them) */
        get: operations["getPublicSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/review-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a good rating offers a public review (admins) */
        get: operations["getReviewLinkSetting"];
        /** Set the public review page (https), or null for the default (admins) */
        put: operations["updateReviewLinkSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts with role, active or not, invitation pending (admins only) */
        get: operations["listStaffMembers"];
        put?: never;
        /** Invite a staff member (admins only): they get an e-mailed link to choose their own password; no self-registration for staff */
        post: operations["createStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff member's role (admins only; the last active admin stays an admin: 409) */
        patch: operations["changeStaffRole"];
        trace?: never;
    };
    "/api/v1/staff/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a staff member (admins only): no sign-in, sessions end at once, their open tickets return to the unassigned queue; not yourself nor the last active admin (409) */
        post: operations["deactivateStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of a staff account (admins only) */
        get: operations["listStaffEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again (admins only; only while it is pending): the link of the earlier e-mail stops working */
        post: operations["resendStaffInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/private-data-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which customers' private fields this staff member was shown, newest first (admins only) */
        get: operations["listStaffPrivateDataAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated staff member sign in again (admins only) */
        post: operations["reactivateStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff who work tickets, by name, to assign a ticket to (for ticket-working staff; no e-mail addresses) */
        get: operations["listAssignableStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password with the token from the invitation e-mail; then sign in as usual */
        post: operations["acceptStaffInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-ratings/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts the click and sends a happy customer on to the public review page (303) */
        get: operations["followReviewLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers: their own tickets. Staff: the queue, with filters and free-text search */
        get: operations["listTickets"];
        put?: never;
        /** File a ticket: anyone, free of charge (guests give e-mail and name), with files staged by POST /uploads. Send an Idempotency-Key header to retry safely. */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its thread (customers see the team, never a person, and no internal notes) */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Staff: status, priority, category, assignee (take over). Customers: close or reopen their own */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/api/v1/tickets/{id}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The remote-support appointment booked with a ticket: for its customer and staff who work tickets */
        get: operations["getTicketAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (multipart field `file`), optionally to one of the ticket's messages */
        post: operations["uploadTicketAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (always as a download, never rendered inline) */
        get: operations["downloadTicketAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consents asked and given on a ticket and the blocks billed per month: for the ticket's customer and staff who work tickets */
        get: operations["getTicketBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/billing-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Billing records that billable work was agreed with the customer otherwise, with the reason (the current rate is copied) */
        post: operations["createBillingAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/canned-replies/{cannedId}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A standard answer filled in for this ticket (customer name, ticket number, FAQ links), as Markdown for the reply box; counts one use (staff who work tickets) */
        post: operations["renderCannedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/consent-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the customer's consent before billable work (staff who work tickets): what will be done and an optional cap in blocks; the current rate is copied onto it and the customer is e-mailed a single-use link (409 without a rate or a customer) */
        post: operations["createConsentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/consent-requests/{consentId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The ticket's customer accepts or declines a consent request in the portal (409 when answered) */
        post: operations["answerConsentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's history: every change with who, when, before and after (staff only) */
        get: operations["listTicketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff who work tickets: the tickets linked to this one (both directions) */
        get: operations["listTicketLinks"];
        put?: never;
        /** Staff who work tickets: link a related ticket (once per pair, never to itself); answers the links */
        post: operations["linkTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/links/{otherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Staff who work tickets: remove the link between two tickets (no link: nothing changes); answers the links left */
        delete: operations["unlinkTicket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff who work tickets: merge this ticket into another of the same customer (thread, files, time and history move there; this one is closed and points to it); the customer gets one e-mail. Answers the target */
        post: operations["mergeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply (customers and staff) or add an internal note (staff), with files staged by POST /uploads; a reply to a closed ticket starts a follow-up */
        post: operations["addTicketMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/messages/{messageId}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff who work tickets: a public message (and its files) becomes the first message of a new ticket for the same customer, who is told */
        post: operations["splitTicketMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who else has the ticket open, and who is typing a reply (staff who work tickets) */
        get: operations["getTicketPresence"];
        /** Heartbeat of an open ticket (every 10 s; gone 25 s after the last), saying whether you type */
        put: operations["beatTicketPresence"];
        post?: never;
        /** You closed the ticket: others stop seeing you at once */
        delete: operations["leaveTicketPresence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's satisfaction rating (its customer, and the staff who work tickets) */
        get: operations["getTicketRating"];
        /** The signed-in customer rates their solved ticket, or changes the rating or its comment (for 7 days) */
        put: operations["rateTicket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/rating/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One click from the solved e-mail: rates the ticket with the link's choice, no sign-in (each link works once) */
        post: operations["rateTicketByLink"];
        delete?: never;
        options?: never;
        head?: never;
        /** The comment after a link's click (the link that set the rating, for 7 days) */
        patch: operations["commentTicketRatingByLink"];
        trace?: never;
    };
    "/api/v1/tickets/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Staff who work tickets: put a ticket aside until a future instant (it leaves the queue's views and returns by itself then; a customer's reply ends it), or null to bring it back now */
        put: operations["snoozeTicket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The time logged on a ticket, with its billable minutes and blocks (staff who work tickets) */
        get: operations["listTimeEntries"];
        put?: never;
        /** Log time on a ticket (staff who work tickets): 1 to 1440 minutes, not in the future; billable only under an accepted consent with room under its cap (else 409), never in an invoiced month */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/time-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a time entry until its month is invoiced (409 after); on the audit trail */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        /** Correct a time entry until its month is invoiced (409 after); on the audit trail */
        patch: operations["updateTimeEntry"];
        trace?: never;
    };
    "/api/v1/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff who work tickets: the same change (status, priority, assignee) to up to 100 tickets, each with the rules of PATCH /tickets/{id} in its own transaction; the outcome per ticket */
        post: operations["bulkUpdateTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: how many tickets match the list's filters, and how many each queue view holds with them (the phone desk counts its own callback requests) */
        get: operations["countTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff and integrations: every ticket in order of its last change (updatedAt, id), to mirror the data; a page and the cursor to continue from, now or later */
        get: operations["exportTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file (multipart field `file`) before its ticket or reply exists (anyone); send the returned token in `attachments` within 24 hours */
        post: operations["stageUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints, newest first (admins only) */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a webhook endpoint; its signing secret is in this response only (admins only) */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint with its deliveries (admins only) */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Disable or enable a webhook endpoint, or change its events (admins only) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first, each with its attempts (admins only) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (the same signed body, with a new timestamp) (admins only) */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Answered whether or not the address is known */
        Accepted: {
            /** @constant */
            status: "accepted";
        };
        AcceptStaffInvitation: {
            password: string;
            token: string;
        };
        AnswerConsent: {
            /** @enum {string} */
            answer: "accepted" | "declined";
        };
        AnswerConsentLink: {
            /** @enum {string} */
            answer: "accepted" | "declined";
            token: string;
        };
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            /** @example CRM-koppeling */
            name: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
            scopes: ("tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "faq:write" | "admin")[] | null;
            /** @example hdk_Zm9v */
            secretStart: string;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        AppointmentDay: {
            /** Format: date */
            date: string;
            items: components["schemas"]["StaffAppointment"][];
        };
        AppointmentSettings: {
            /** @example 2 */
            capacity: number;
            /** @example 30 */
            slotMinutes: number;
        };
        AppointmentSettingsOutput: {
            /** @example 2 */
            capacity: number;
            /** @example 30 */
            slotMinutes: number;
        };
        AppointmentSlot: {
            /** Format: date-time */
            endsAt: string;
            free: number;
            /** Format: date-time */
            startsAt: string;
        };
        AppointmentSlotList: {
            items: components["schemas"]["AppointmentSlot"][];
            slotMinutes: number;
            /** @example Europe/Amsterdam */
            timeZone: string;
        };
        AssignableStaffList: {
            items: components["schemas"]["AssignableStaffMember"][];
        };
        AssignableStaffMember: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
        };
        Attachment: {
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            size: number;
        };
        BillingConsent: {
            answeredAt: string | null;
            answeredVia: ("portal" | "email") | null;
            blocksUsed: number;
            capBlocks: number | null;
            centsPerBlock: number;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "customer_consent" | "agreed_otherwise";
            /** Format: date-time */
            requestedAt: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            vatPercent: number;
        };
        /** @example 2026-11 */
        BillingMonth: string;
        BillingRate: {
            rate: {
                centsPerBlock: number;
                /** Format: date-time */
                setAt: string;
                vatPercent: number;
            } | null;
        };
        BillingRateInput: {
            centsPerBlock: number;
            vatPercent: number;
        };
        /**
         * @example {
         *       "ticketIds": [
         *         "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13",
         *         "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
         *       ],
         *       "change": {
         *         "status": "pending",
         *         "priority": "high"
         *       }
         *     }
         */
        BulkTicketChange: {
            change: {
                assigneeId?: string | null;
                /** @enum {string} */
                priority?: "low" | "normal" | "high" | "urgent";
                /** @enum {string} */
                status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            };
            ticketIds: string[];
        };
        BulkTicketResult: {
            changed: number;
            failed: number;
            items: {
                ok: boolean;
                problem?: {
                    /** @enum {string} */
                    code: "validation_failed" | "malformed_json" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "conflict" | "reply_crossed" | "edit_conflict" | "idempotency_mismatch" | "unprocessable_content" | "too_many_requests" | "service_unavailable" | "internal_error" | "rating_link_invalid" | "rating_link_expired" | "rating_link_used" | "rating_locked" | "ticket_not_solved" | "billing_not_invoiced";
                    detail: string;
                    status: number;
                };
                /** Format: uuid */
                ticketId: string;
            }[];
        };
        CallbackTicket: {
            attachments: components["schemas"]["Attachment"][];
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            messages: components["schemas"]["CallbackTicketMessage"][];
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "callback";
        };
        CallbackTicketMessage: {
            attachments: components["schemas"]["Attachment"][];
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        CallbackTicketSummary: {
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "callback";
        };
        CannedReply: {
            actions: {
                category: ("administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other") | null;
                priority: ("low" | "normal" | "high" | "urgent") | null;
                status: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed") | null;
            };
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Wachtwoord vergeten */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            usageCount: number;
        };
        CannedReplyActions: {
            /** @default null */
            category: ("administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other") | null;
            /** @default null */
            priority: ("low" | "normal" | "high" | "urgent") | null;
            /** @default null */
            status: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed") | null;
        };
        CannedReplyPage: {
            items: components["schemas"]["CannedReply"][];
            nextCursor: string | null;
        };
        ChangeStaffRole: {
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
        };
        ConsentLink: {
            token: string;
        };
        ConsentLinkView: {
            consent: components["schemas"]["BillingConsent"];
            /** Format: uuid */
            ticketId: string;
            /** @example #385017264 */
            ticketNumber: string;
        };
        CreateApiToken: {
            /**
             * Format: date-time
             * @example 2099-12-31T23:59:59Z
             */
            expiresAt?: string;
            /** @example CRM-koppeling */
            name: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
            scopes?: ("tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "faq:write" | "admin")[];
        };
        CreateBillingAgreement: {
            capBlocks?: number;
            reason: string;
        };
        CreateCannedReply: {
            actions?: components["schemas"]["CannedReplyActions"];
            /**
             * @example Beste {{customer.name}},
             *
             *     In {{faq:wachtwoord-vergeten}} staat stap voor stap hoe u een nieuw wachtwoord kiest.
             *
             *     Met vriendelijke groet
             */
            body: string;
            /** @example Wachtwoord vergeten */
            title: string;
        };
        CreateConsentRequest: {
            capBlocks?: number;
            description: string;
        };
        CreatedApiToken: {
            /**
             * Format: starts_with
             * @example hdk_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo
             */
            secret: string;
            token: components["schemas"]["ApiToken"];
        };
        CreatedWebhook: {
            /** @example whsec_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo */
            secret: string;
            webhook: components["schemas"]["Webhook"];
        };
        CreateFaqArticle: {
            body: string;
            categorySlug: string;
            /**
             * @description Words and phrases customers use for this article (also in other languages)
             * @default []
             */
            keywords: string[];
            /**
             * @default nl
             * @enum {string}
             */
            language: "nl" | "en";
            /**
             * @description Made from the title when left out
             * @example abonnement-opzeggen
             */
            slug?: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published";
            title: string;
        };
        CreateFaqCategory: {
            /** @example Opzeggen */
            name: string;
            /**
             * @description Made from the name when left out; stays when renamed
             * @example abonnement-opzeggen
             */
            slug?: string;
        };
        CreateFaqSynonymGroup: {
            terms: string[];
        };
        CreateStaffMember: {
            /** @example jan.jansen@example.nl */
            email: string;
            name: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
        };
        CreateTicket: ({
            /** @constant */
            category: "administrative";
            details: {
                /** @enum {string} */
                change: "contact_details" | "postal_address" | "email_address" | "other";
            };
        } | {
            /** @constant */
            category: "billing";
            details: {
                /** @enum {string} */
                request: "direct_debit" | "iban_change" | "yearly_billing" | "invoice_question" | "other";
            };
        } | {
            /** @constant */
            category: "cancellation";
            details: {
                /** @enum {string} */
                cancel: "hosting" | "domain" | "hosting_and_domain";
                /** Format: date */
                requestedEndDate: string;
                serviceName: string;
            };
        } | {
            /** @constant */
            category: "technical";
            details: {
                affectedService?: string;
                /** @enum {string} */
                kind: "problem" | "outage";
            };
        } | {
            /** @constant */
            category: "remote_support";
            details: {
                /** @example 06 12345678 */
                phone: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                slotStart: string;
            };
        } | {
            /** @constant */
            category: "callback";
            details: {
                /** @example Jan Jansen */
                callerName: string;
                phone: string;
                preferredTime: string;
            };
        } | {
            /** @constant */
            category: "other";
            /** @default {} */
            details: Record<string, never>;
        }) & {
            /** @description Tokens from POST /uploads; at most 10, each used once */
            attachments?: string[];
            /** @example jan.jansen@example.nl */
            email?: string;
            /** @example Sinds gisteren laadt mijn website erg langzaam. */
            message: string;
            /** @example Jan Jansen */
            name?: string;
            /** Format: uuid */
            serviceId?: string;
            /** @example Mijn website is traag */
            subject: string;
        };
        CreateTicketMessage: {
            /** @description Tokens from POST /uploads; at most 10, each used once */
            attachments?: string[];
            /** @example Dank u, we kijken ernaar en laten het vandaag weten. */
            body: string;
            expectedLastMessageId?: string | null;
            /** @default false */
            internal: boolean;
        };
        CreateTimeEntry: {
            billable: boolean;
            /** Format: date */
            date?: string;
            minutes: number;
            note?: string;
        };
        CreateWebhook: {
            events: ("ticket.created" | "message.added" | "ticket.status_changed" | "ticket.assigned" | "ticket.rated")[];
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "admin";
            secret?: string;
            /**
             * Format: uri
             * @example https://crm.example.com/hooks/helpdesk
             */
            url: string;
        };
        CustomerErasure: {
            counts: {
                attachments: number;
                emailOriginals: number;
                events: number;
                messages: number;
                queuedEmails: number;
                services: number;
                tickets: number;
            };
            /** Format: uuid */
            customerId: string;
            /** Format: date-time */
            erasedAt: string;
            erasedBy: {
                /** Format: uuid */
                id: string;
                name: string | null;
            };
            reason: string;
        };
        CustomerErasureRequest: {
            /** @description Why, for the record; do not repeat the customer's data here */
            reason: string;
        };
        CustomerEvent: {
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            changes: ({
                /** @enum {string} */
                after: "monthly" | "yearly";
                /** @enum {string} */
                before: "monthly" | "yearly";
                /** @constant */
                field: "billingPeriod";
                /** Format: uuid */
                serviceId: string;
                serviceName: string;
            } | {
                /** @enum {string} */
                change: "added" | "changed" | "removed";
                /** @constant */
                field: "iban";
            })[];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
            /** @enum {string} */
            type: "billing_changed";
        };
        CustomerEventList: {
            items: components["schemas"]["CustomerEvent"][];
        };
        CustomerFullView: {
            dateOfBirth: string | null;
            email: string;
            emailVerified: boolean;
            iban: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "nl" | "en";
            name: string;
            phone: string | null;
            postalAddress: string | null;
            services: components["schemas"]["CustomerService"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "full";
        };
        CustomerPage: {
            items: components["schemas"]["CustomerView"][];
            nextCursor: string | null;
        };
        CustomerService: {
            /** @enum {string} */
            billingPeriod: "monthly" | "yearly";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "hosting" | "domain";
            name: string;
            /** @enum {string} */
            serviceLevel: "best_effort" | "standard" | "premium";
        };
        CustomerSupportView: {
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "nl" | "en";
            name: string;
            phone: string | null;
            services: components["schemas"]["CustomerService"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "support";
        };
        CustomerTicket: {
            attachments: components["schemas"]["Attachment"][];
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            expectedResponseBy: string | null;
            followUpOf: {
                /** Format: uuid */
                id: string;
                /** @example #385017264 */
                number: string;
            } | null;
            /** Format: uuid */
            id: string;
            mergedInto: {
                /** Format: uuid */
                id: string;
                /** @example #385017264 */
                number: string;
            } | null;
            messages: components["schemas"]["CustomerTicketMessage"][];
            /** @example #385017264 */
            number: string;
            responseGuaranteed: boolean;
            responseTarget: {
                /** @enum {string} */
                clock: "business" | "calendar";
                minutes: number;
            } | null;
            /** @enum {string} */
            serviceLevel: "best_effort" | "standard" | "premium";
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "customer";
        };
        CustomerTicketMessage: {
            attachments: components["schemas"]["Attachment"][];
            author: {
                name: string;
                /** @constant */
                type: "customer";
            } | {
                name: string;
                /** @constant */
                type: "team";
            };
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        CustomerTicketSummary: {
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "customer";
        };
        CustomerView: components["schemas"]["CustomerSupportView"] | components["schemas"]["CustomerFullView"];
        DataExportDownload: {
            token: string;
        };
        DataExportRequested: {
            /** Format: date-time */
            requestedAt: string;
        };
        EmailLinkConfirm: {
            token: string;
        };
        EmailOnly: {
            /** @example jan.jansen@example.nl */
            email: string;
        };
        EmailPreview: {
            html: string;
            /** @enum {string} */
            language: "nl" | "en";
            subject: string;
            /** @enum {string} */
            template: "sign_in_link" | "password_reset" | "staff_invitation" | "ticket_received" | "cancellation_received" | "team_reply" | "waiting_for_customer" | "ticket_solved" | "ticket_closed" | "consent_request";
            text: string;
        };
        FailedEmail: {
            attempts: number;
            /** Format: date-time */
            failedAt: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            /** Format: date-time */
            occurredAt: string;
            ticketId: string | null;
            type: string;
        };
        FailedEmailList: {
            items: components["schemas"]["FailedEmail"][];
        };
        FaqArticle: {
            body: string;
            category: components["schemas"]["FaqCategory"];
            /** Format: uuid */
            id: string;
            keywords: string[];
            /** @enum {string} */
            language: "nl" | "en";
            slug: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            /** @description Set when this article is a translation: the original it was translated from (the reference when they differ) */
            translationOf: components["schemas"]["FaqArticleLink"] | null;
            /** @description Published translations of this article, in other languages */
            translations: components["schemas"]["FaqArticleLink"][];
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        FaqArticleLink: {
            /** @enum {string} */
            language: "nl" | "en";
            slug: string;
            title: string;
            url: string;
        };
        FaqArticleSummary: {
            category: components["schemas"]["FaqCategory"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "nl" | "en";
            slug: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        FaqCategory: {
            name: string;
            slug: string;
        };
        FaqCategoryList: {
            items: components["schemas"]["FaqCategory"][];
        };
        FaqCategoryOrder: {
            /**
             * @example [
             *       "opzeggen",
             *       "facturen",
             *       "e-mail"
             *     ]
             */
            slugs: string[];
        };
        FaqInsights: {
            articles: {
                clicked: number;
                deflected: number;
                shown: number;
                slug: string;
                title: string;
            }[];
            unansweredQueries: {
                count: number;
                query: string;
            }[];
        };
        FaqPage: {
            items: components["schemas"]["FaqArticleSummary"][];
            nextCursor: string | null;
        };
        FaqPopularList: {
            items: components["schemas"]["FaqArticleSummary"][];
        };
        FaqSuggestion: {
            /** @description The words of the snippet that matched the query: [start, end) offsets into `snippet` (UTF-16 code units); the snippet itself is plain text, never HTML */
            highlights: {
                end: number;
                start: number;
            }[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "nl" | "en";
            score: number;
            slug: string;
            snippet: string;
            title: string;
            /** @description Set on a translation: the slug of the original it was translated from */
            translationOf: string | null;
            url: string;
        };
        FaqSuggestionEvent: {
            articleIds: string[];
            /** Format: uuid */
            formSessionId: string;
            query: string;
            /** @constant */
            type: "shown";
        } | {
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            formSessionId: string;
            query: string;
            /** @constant */
            type: "clicked";
        } | {
            /** Format: uuid */
            formSessionId: string;
            /** @enum {string} */
            type: "submitted" | "abandoned";
        };
        FaqSuggestionEventReport: {
            events: components["schemas"]["FaqSuggestionEvent"][];
        } | components["schemas"]["FaqSuggestionEvent"];
        FaqSuggestionList: {
            items: components["schemas"]["FaqSuggestion"][];
        };
        FaqSynonymGroup: {
            /** Format: uuid */
            id: string;
            terms: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        FaqSynonymList: {
            items: components["schemas"]["FaqSynonymGroup"][];
        };
        FollowUpSettings: {
            /** @example true */
            enabled: boolean;
            /** @example 3 */
            remindAfterDays: number;
            /** @example 4 */
            solveAfterDays: number;
        };
        FollowUpSettingsOutput: {
            /** @example true */
            enabled: boolean;
            /** @example 3 */
            remindAfterDays: number;
            /** @example 4 */
            solveAfterDays: number;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        InboundEmailOutcome: {
            /** @constant */
            outcome: "ignored";
            /** @enum {string} */
            reason: "automatic" | "no_sender" | "empty";
        } | {
            /** Format: uuid */
            messageId: string;
            /** @constant */
            outcome: "reply";
            /** Format: uuid */
            ticketId: string;
        } | {
            /** @constant */
            outcome: "new_ticket";
            /** @enum {string} */
            reason: "no_reply_address" | "sender_not_requester" | "sender_not_verified";
            /** Format: uuid */
            ticketId: string;
        };
        InvoicedMonth: {
            entries: number;
            /** Format: date-time */
            invoicedAt: string;
            month: components["schemas"]["BillingMonth"];
        };
        LinkedTicket: {
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
        };
        LinkedTicketList: {
            items: components["schemas"]["LinkedTicket"][];
        };
        /**
         * @example {
         *       "ticketId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
         *     }
         */
        LinkTicket: {
            /** Format: uuid */
            ticketId: string;
        };
        LoginRequest: {
            /** @example jan.jansen@example.nl */
            email: string;
            password: string;
        };
        Me: {
            user: components["schemas"]["User"];
        };
        /**
         * @example {
         *       "targetTicketId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
         *     }
         */
        MergeTicket: {
            /** Format: uuid */
            targetTicketId: string;
        };
        MyBilling: {
            months: {
                invoiced: boolean;
                month: components["schemas"]["BillingMonth"];
                tickets: {
                    amountCents: number;
                    billableMinutes: number;
                    billedBlocks: number;
                    centsPerBlock: number;
                    subject: string;
                    /** Format: uuid */
                    ticketId: string;
                    /** @example #385017264 */
                    ticketNumber: string;
                    totalCents: number;
                    vatCents: number;
                    vatPercent: number;
                }[];
                totals: {
                    amountCents: number;
                    billedBlocks: number;
                    totalCents: number;
                    vatCents: number;
                };
            }[];
        };
        /**
         * @example {
         *       "id": "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61",
         *       "kind": "mentioned",
         *       "ticket": {
         *         "id": "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
         *         "number": "#104-882-731",
         *         "subject": "Mail komt niet aan"
         *       },
         *       "actorName": "Sanne de Vries",
         *       "excerpt": "@jan kun jij de DNS-records controleren?",
         *       "readAt": null,
         *       "createdAt": "2026-11-28T09:15:00.000Z"
         *     }
         */
        Notification: {
            actorName: string | null;
            /** Format: date-time */
            createdAt: string;
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "assigned" | "customer_replied" | "unassigned_ticket" | "mentioned";
            readAt: string | null;
            ticket: {
                /** Format: uuid */
                id: string;
                number: string;
                subject: string;
            };
        };
        /**
         * @example {
         *       "email": {
         *         "assigned": true,
         *         "customer_replied": true,
         *         "unassigned_ticket": false,
         *         "mentioned": true
         *       },
         *       "language": "nl"
         *     }
         */
        NotificationPreferences: {
            email: {
                assigned: boolean;
                customer_replied: boolean;
                mentioned: boolean;
                unassigned_ticket: boolean;
            };
            /** @enum {string} */
            language: "nl" | "en";
        };
        /**
         * @example {
         *       "email": {
         *         "assigned": true,
         *         "customer_replied": true,
         *         "unassigned_ticket": false,
         *         "mentioned": true
         *       },
         *       "language": "nl"
         *     }
         */
        NotificationPreferencesOutput: {
            email: {
                assigned: boolean;
                customer_replied: boolean;
                mentioned: boolean;
                unassigned_ticket: boolean;
            };
            /** @enum {string} */
            language: "nl" | "en";
        };
        PasswordResetConfirm: {
            password: string;
            token: string;
        };
        PresenceHeartbeat: {
            typing: boolean;
        };
        PrivateDataAccess: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            customerId: string;
            fields: ("postalAddress" | "iban" | "dateOfBirth")[];
            /** Format: uuid */
            id: string;
            /** @description The web app's screen, when it said so */
            screen: string | null;
            /** @description The endpoint that showed them, e.g. "GET /customers/{id}" */
            source: string;
            staff: {
                /** Format: uuid */
                id: string;
                name: string | null;
                role: ("agent" | "customer_service" | "billing" | "phone_desk" | "admin") | null;
            };
        };
        PrivateDataAccessPage: {
            items: components["schemas"]["PrivateDataAccess"][];
            nextCursor: string | null;
        };
        Problem: {
            /** @enum {string} */
            code: "validation_failed" | "malformed_json" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "conflict" | "reply_crossed" | "edit_conflict" | "idempotency_mismatch" | "unprocessable_content" | "too_many_requests" | "service_unavailable" | "internal_error" | "rating_link_invalid" | "rating_link_expired" | "rating_link_used" | "rating_locked" | "ticket_not_solved" | "billing_not_invoiced";
            /** @description edit_conflict only: the stored version, saved by someone else since the caller opened it */
            current?: {
                [key: string]: unknown;
            };
            detail?: string;
            errors?: {
                code: string;
                message: string;
                path: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            /** @description edit_conflict only: the change that was refused, as the caller sent it */
            submitted?: {
                [key: string]: unknown;
            };
            title: string;
            type: string;
        };
        PublicSettings: {
            supportHoursText: string;
            teamName: string;
        };
        RateTicket: {
            comment?: string | null;
            /** @enum {string} */
            score: "good" | "bad";
        };
        RatingLink: {
            token: string;
        };
        RatingLinkComment: {
            comment: string;
            token: string;
        };
        Readiness: {
            /** @enum {string} */
            database: "ok" | "unavailable";
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        RenameFaqCategory: {
            /** @example Opzeggen */
            name: string;
        };
        RenderedCannedReply: {
            actions: {
                category: ("administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other") | null;
                priority: ("low" | "normal" | "high" | "urgent") | null;
                status: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed") | null;
            };
            /**
             * @example Beste Anna de Vries,
             *
             *     In [Wachtwoord vergeten](https://support.example.nl/faq/wachtwoord-vergeten) staat stap voor stap hoe u een nieuw wachtwoord kiest.
             *
             *     Met vriendelijke groet
             */
            body: string;
        };
        Report: {
            current: {
                backlog: {
                    /** Format: date */
                    bucket: string;
                    open: number | null;
                    pending: number | null;
                    unsolved: number;
                }[];
                billable: {
                    blocks: number;
                    month: string;
                    tickets: number;
                }[];
                deflection: {
                    clicked: number;
                    deflected: number;
                    sessions: number;
                    shown: number;
                    submittedAnyway: number;
                };
                /** Format: date */
                from: string;
                responseTimes: {
                    firstResponse: {
                        medianMinutes: number | null;
                        p90Minutes: number | null;
                        tickets: number;
                    };
                    resolution: {
                        medianMinutes: number | null;
                        p90Minutes: number | null;
                        tickets: number;
                    };
                };
                satisfaction: {
                    bad: number;
                    comments: number;
                    good: number;
                    goodShare: number | null;
                    ratings: number;
                    reviewClicks: number;
                };
                serviceLevels: {
                    firstResponseKnown: number;
                    firstResponseMet: number;
                    /** @enum {string} */
                    level: "best_effort" | "standard" | "premium";
                    resolutionKnown: number;
                    resolutionMet: number;
                    tickets: number;
                }[];
                tickets: {
                    byCategory: {
                        /** Format: date */
                        bucket: string;
                        /** @enum {string} */
                        category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
                        tickets: number;
                    }[];
                    byChannel: {
                        /** Format: date */
                        bucket: string;
                        /** @enum {string} */
                        channel: "web" | "phone" | "email" | "api";
                        tickets: number;
                    }[];
                    total: number;
                };
                /** Format: date */
                to: string;
                topArticles: {
                    /** Format: uuid */
                    articleId: string;
                    clicked: number;
                    deflected: number;
                    title: string;
                }[];
                unansweredQueries: {
                    query: string;
                    sessions: number;
                }[];
            };
            /** @enum {string} */
            grouping: "day" | "week" | "month";
            previous: {
                backlog: {
                    /** Format: date */
                    bucket: string;
                    open: number | null;
                    pending: number | null;
                    unsolved: number;
                }[];
                billable: {
                    blocks: number;
                    month: string;
                    tickets: number;
                }[];
                deflection: {
                    clicked: number;
                    deflected: number;
                    sessions: number;
                    shown: number;
                    submittedAnyway: number;
                };
                /** Format: date */
                from: string;
                responseTimes: {
                    firstResponse: {
                        medianMinutes: number | null;
                        p90Minutes: number | null;
                        tickets: number;
                    };
                    resolution: {
                        medianMinutes: number | null;
                        p90Minutes: number | null;
                        tickets: number;
                    };
                };
                satisfaction: {
                    bad: number;
                    comments: number;
                    good: number;
                    goodShare: number | null;
                    ratings: number;
                    reviewClicks: number;
                };
                serviceLevels: {
                    firstResponseKnown: number;
                    firstResponseMet: number;
                    /** @enum {string} */
                    level: "best_effort" | "standard" | "premium";
                    resolutionKnown: number;
                    resolutionMet: number;
                    tickets: number;
                }[];
                tickets: {
                    byCategory: {
                        /** Format: date */
                        bucket: string;
                        /** @enum {string} */
                        category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
                        tickets: number;
                    }[];
                    byChannel: {
                        /** Format: date */
                        bucket: string;
                        /** @enum {string} */
                        channel: "web" | "phone" | "email" | "api";
                        tickets: number;
                    }[];
                    total: number;
                };
                /** Format: date */
                to: string;
                topArticles: {
                    /** Format: uuid */
                    articleId: string;
                    clicked: number;
                    deflected: number;
                    title: string;
                }[];
                unansweredQueries: {
                    query: string;
                    sessions: number;
                }[];
            };
            timeZone: string;
        };
        RetentionCounts: {
            attachments: number;
            emailOriginals: number;
            events: number;
            messages: number;
            privateDataLog: number;
            queuedEmails: number;
            suggestionEvents: number;
            tickets: number;
        };
        RetentionRun: {
            counts: components["schemas"]["RetentionCounts"];
            cutoffs: {
                closedTicketsBefore: string | null;
                privateDataLogBefore: string | null;
                suggestionEventsBefore: string | null;
            };
            dryRun: boolean;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startedAt: string;
            startedBy: {
                /** Format: uuid */
                id: string;
                name: string | null;
            } | null;
        };
        RetentionRunList: {
            items: components["schemas"]["RetentionRun"][];
        };
        RetentionRunRequest: {
            /** @description true: count what would go, change nothing (a preview) */
            dryRun: boolean;
        };
        RetentionSettings: {
            /** @description Closed and solved tickets of guests and former customers (no service any more) are anonymised this many months after their last change */
            closedTicketMonths: number | null;
            /** @description Records of who was shown private fields are deleted after this many months */
            privateDataLogMonths: number | null;
            /** @description Whether the daily run applies these periods */
            scheduled: boolean;
            /** @description Anonymous FAQ suggestion events are deleted after this many months */
            suggestionEventMonths: number | null;
        };
        RetentionSettingsView: {
            /** @description Closed and solved tickets of guests and former customers (no service any more) are anonymised this many months after their last change */
            closedTicketMonths: number | null;
            /** @description Records of who was shown private fields are deleted after this many months */
            privateDataLogMonths: number | null;
            /** @description Whether the daily run applies these periods */
            scheduled: boolean;
            /** @description Anonymous FAQ suggestion events are deleted after this many months */
            suggestionEventMonths: number | null;
            /** Format: date-time */
            updatedAt: string;
        };
        RetriedEmail: {
            /** @constant */
            status: "scheduled";
        };
        ReviewLinkSetting: {
            isDefault: boolean;
            url: string;
        };
        ServiceCalendar: {
            closingDays: string[];
            dutchHolidays: boolean;
            /** @example Europe/Amsterdam */
            timeZone: string;
            /**
             * @example [
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [],
             *       []
             *     ]
             */
            weeklyHours: {
                /** @example 09:00 */
                from: string;
                /** @example 09:00 */
                to: string;
            }[][];
        };
        ServiceCalendarOutput: {
            closingDays: string[];
            dutchHolidays: boolean;
            /** @example Europe/Amsterdam */
            timeZone: string;
            /**
             * @example [
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [
             *         {
             *           "from": "09:00",
             *           "to": "17:00"
             *         }
             *       ],
             *       [],
             *       []
             *     ]
             */
            weeklyHours: {
                /** @example 09:00 */
                from: string;
                /** @example 09:00 */
                to: string;
            }[][];
        };
        ServiceLevelPolicy: {
            /** @enum {string} */
            clock: "business" | "calendar";
            firstResponseMinutes: number;
            guaranteed: boolean;
            /** @enum {string} */
            level: "best_effort" | "standard" | "premium";
            nextResponseMinutes: number;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            resolutionMinutes: number;
            /** Format: date-time */
            updatedAt: string;
        };
        ServiceLevelPolicyInput: {
            /** @enum {string} */
            clock: "business" | "calendar";
            firstResponseMinutes: number;
            guaranteed: boolean;
            nextResponseMinutes: number;
            resolutionMinutes: number;
        };
        ServiceLevelPolicyList: {
            items: components["schemas"]["ServiceLevelPolicy"][];
        };
        ServiceLevelRecompute: {
            tickets: "open" | string[];
        };
        ServiceLevelRecomputeResult: {
            recomputed: number;
        };
        ServiceLevelReport: {
            items: {
                firstResponseMetShare: number | null;
                /** @enum {string} */
                level: "best_effort" | "standard" | "premium";
                medianFirstResponseHours: number | null;
                tickets: number;
                /** Format: date */
                week: string;
            }[];
        };
        Session: {
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            /** @constant */
            tokenType: "Bearer";
            user: components["schemas"]["User"];
        };
        Settings: {
            emailFooter: string;
            mailFromAddress: string;
            publicUrl: string;
            supportHoursText: string;
            teamName: string;
            updatedAt: string | null;
        };
        /**
         * @example {
         *       "subject": "Tweede vraag: e-mail op de telefoon instellen"
         *     }
         */
        SplitTicketMessage: {
            subject?: string;
        };
        StaffAppointment: {
            customerName: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @example 06 12345678 */
            phone: string;
            /** Format: date-time */
            startsAt: string;
            subject: string;
            /** Format: uuid */
            ticketId: string;
            /** @example #385017264 */
            ticketNumber: string;
            /** @enum {string} */
            ticketStatus: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
        };
        StaffEvent: {
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            after: unknown;
            before: unknown;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "invited" | "invitation_resent" | "invitation_accepted" | "role_changed" | "deactivated" | "reactivated";
        };
        StaffEventList: {
            items: components["schemas"]["StaffEvent"][];
        };
        StaffMember: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            deactivatedAt: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            invitationPending: boolean;
            invitedAt: string | null;
            name: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin";
        };
        StaffPage: {
            items: components["schemas"]["StaffMember"][];
            nextCursor: string | null;
        };
        StaffRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        StaffTicket: {
            assignee: components["schemas"]["StaffRef"] | null;
            attachments: components["schemas"]["Attachment"][];
            billing: components["schemas"]["TicketBillingTotals"];
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** @enum {string} */
            channel: "web" | "phone" | "email" | "api";
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["StaffRef"] | null;
            details: {
                [key: string]: unknown;
            };
            followUpOf: {
                /** Format: uuid */
                id: string;
                /** @example #385017264 */
                number: string;
            } | null;
            /** Format: uuid */
            id: string;
            mergedInto: {
                /** Format: uuid */
                id: string;
                /** @example #385017264 */
                number: string;
            } | null;
            messages: components["schemas"]["StaffTicketMessage"][];
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            requester: {
                customerId: string | null;
                email: string | null;
                name: string;
                verified: boolean;
            };
            serviceId: string | null;
            sla: components["schemas"]["TicketSla"];
            snoozedUntil: string | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "staff";
        };
        StaffTicketMessage: {
            attachments: components["schemas"]["Attachment"][];
            author: {
                id: string | null;
                name: string;
                /** @constant */
                type: "customer";
            } | {
                id: string | null;
                name: string;
                /** @constant */
                type: "staff";
            };
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            internal: boolean;
        };
        StaffTicketSummary: {
            assignee: components["schemas"]["StaffRef"] | null;
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            requester: {
                customerId: string | null;
                email: string | null;
                name: string;
                verified: boolean;
            };
            sla: components["schemas"]["TicketSla"];
            snoozedUntil: string | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            view: "staff";
        };
        StagedUpload: {
            contentType: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            size: number;
            /** @description The token of a file staged with POST /uploads */
            token: string;
        };
        Statement: {
            invoicedAt: string | null;
            month: components["schemas"]["BillingMonth"];
            rows: components["schemas"]["StatementRow"][];
            totals: {
                amountCents: number;
                billedBlocks: number;
                totalCents: number;
                vatCents: number;
            };
        };
        StatementRow: {
            amountCents: number;
            billableMinutes: number;
            billedBlocks: number;
            centsPerBlock: number;
            customerId: string | null;
            customerName: string;
            /** Format: uuid */
            ticketId: string;
            /** @example #385017264 */
            ticketNumber: string;
            totalCents: number;
            vatCents: number;
            vatPercent: number;
        };
        TicketAppointment: {
            /** Format: date-time */
            endsAt: string;
            /** @example 06 12345678 */
            phone: string;
            /** Format: date-time */
            startsAt: string;
        };
        TicketBilling: {
            billableAllowed: boolean;
            billedBlocks: number;
            consents: components["schemas"]["BillingConsent"][];
            months: {
                billableMinutes: number;
                billedBlocks: number;
                invoiced: boolean;
                month: components["schemas"]["BillingMonth"];
            }[];
        };
        TicketBillingTotals: {
            billableMinutes: number;
            billedBlocks: number;
        };
        TicketCounts: {
            cap: number;
            capped: {
                sla: {
                    breached: boolean;
                    dueToday: boolean;
                };
                total: boolean;
                views: {
                    mine: boolean;
                    open: boolean;
                    snoozed: boolean;
                    solved: boolean;
                    unassigned: boolean;
                    waiting: boolean;
                };
            };
            sla: {
                breached: number;
                dueToday: number;
            };
            total: number;
            views: {
                mine: number;
                open: number;
                snoozed: number;
                solved: number;
                unassigned: number;
                waiting: number;
            };
        };
        TicketCreated: {
            /** @enum {string} */
            category: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
        };
        TicketEvent: {
            actor: {
                apiToken: boolean;
                id: string | null;
                name: string | null;
                /** @enum {string} */
                type: "guest" | "customer" | "staff" | "system";
            };
            after: unknown;
            before: unknown;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            type: string;
        };
        TicketEventList: {
            items: components["schemas"]["TicketEvent"][];
        };
        TicketExportPage: {
            hasMore: boolean;
            items: components["schemas"]["StaffTicketSummary"][];
            nextCursor: string;
            /** Format: date-time */
            settledBefore: string;
        };
        TicketMessageCreated: {
            followUp: {
                /** Format: uuid */
                id: string;
                /** @example #385017264 */
                number: string;
            } | null;
            message: components["schemas"]["CustomerTicketMessage"] | components["schemas"]["StaffTicketMessage"] | components["schemas"]["CallbackTicketMessage"];
        };
        TicketPage: {
            items: (components["schemas"]["CustomerTicketSummary"] | components["schemas"]["StaffTicketSummary"] | components["schemas"]["CallbackTicketSummary"])[];
            nextCursor: string | null;
        };
        TicketRating: {
            /** Format: date-time */
            changeableUntil: string;
            comment: string | null;
            /** Format: date-time */
            ratedAt: string;
            reviewClicks: number | null;
            reviewToken: string | null;
            /** @enum {string} */
            score: "good" | "bad";
        };
        TicketRatingState: {
            rating: components["schemas"]["TicketRating"] | null;
            ticketNumber: string;
        };
        TicketSla: {
            breached: ("first_response" | "next_response" | "resolution")[];
            firstResponseDueAt: string | null;
            level: ("best_effort" | "standard" | "premium") | null;
            nextResponseDueAt: string | null;
            paused: boolean;
            resolutionDueAt: string | null;
        };
        TicketSnooze: {
            /** @example 2026-12-01T09:00:00+01:00 */
            snoozedUntil: string | null;
        };
        TicketSnoozed: {
            snoozedUntil: string | null;
        };
        TicketSplit: {
            /** Format: uuid */
            id: string;
            /** @example #385017264 */
            number: string;
        };
        TicketView: components["schemas"]["CustomerTicket"] | components["schemas"]["StaffTicket"] | components["schemas"]["CallbackTicket"];
        TimeEntry: {
            billable: boolean;
            billingMonth: components["schemas"]["BillingMonth"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            /** Format: uuid */
            id: string;
            invoiced: boolean;
            loggedBy: components["schemas"]["StaffRef"];
            minutes: number;
            note: string;
        };
        TimeEntryList: {
            billing: components["schemas"]["TicketBillingTotals"];
            items: components["schemas"]["TimeEntry"][];
        };
        UpdateCannedReply: {
            actions?: components["schemas"]["CannedReplyActions"];
            /**
             * @example Beste {{customer.name}},
             *
             *     In {{faq:wachtwoord-vergeten}} staat stap voor stap hoe u een nieuw wachtwoord kiest.
             *
             *     Met vriendelijke groet
             */
            body: string;
            /**
             * Format: date-time
             * @description The reply's `updatedAt` when the editor opened it: when someone saved since, the change is refused with 409 edit_conflict carrying both versions
             * @example 2026-11-28T10:15:00.000Z
             */
            expectedUpdatedAt?: string;
            /** @example Wachtwoord vergeten */
            title: string;
        };
        UpdateCustomerBilling: {
            iban?: string | null;
            /** @example Klant vraagt per ticket om jaarlijks te betalen */
            reason: string;
            services?: {
                /** @enum {string} */
                billingPeriod: "monthly" | "yearly";
                /** Format: uuid */
                id: string;
            }[];
        };
        UpdateFaqArticle: {
            body?: string;
            categorySlug?: string;
            /**
             * Format: date-time
             * @description The article's `updatedAt` when the editor opened it: when someone saved since, the change is refused with 409 edit_conflict carrying both versions (never a silent overwrite)
             * @example 2026-11-28T10:15:00.000Z
             */
            expectedUpdatedAt?: string;
            /** @description Words and phrases customers use for this article (also in other languages) */
            keywords?: string[];
            /** @enum {string} */
            language?: "nl" | "en";
            /**
             * @description A new address, e.g. after the title changed; the old one redirects to it
             * @example abonnement-opzeggen
             */
            slug?: string;
            /** @enum {string} */
            status?: "draft" | "published";
            title?: string;
        };
        UpdateReviewLink: {
            url: string | null;
        };
        UpdateSettings: {
            /**
             * @description Closes every customer e-mail; plain text or Markdown (links become links). Empty: none
             * @example Support B.V. · Kerkstraat 1, Utrecht · KvK 12345678
             */
            emailFooter?: string;
            /**
             * @description The settings' `updatedAt` when the form was opened (null: never saved): when an admin saved since, the change is refused with 409 edit_conflict
             * @example 2026-11-28T10:15:00.000Z
             */
            expectedUpdatedAt?: string | null;
            /**
             * Format: email
             * @description The address e-mails come from (its sender name is the team name)
             * @example support@example.nl
             */
            mailFromAddress?: string;
            /**
             * Format: uri
             * @description Base address of the web app, used in every link in e-mails
             */
            publicUrl?: string;
            /**
             * @description When the team answers, shown to customers on the contact page and in e-mails. Empty: not shown
             * @example Maandag t/m vrijdag van 9:00 tot 17:00 uur
             */
            supportHoursText?: string;
            /**
             * @description The name customers see on every staff reply and as the e-mails' sender name
             * @example Team Support
             */
            teamName?: string;
        };
        UpdateTicket: {
            assigneeId?: string | null;
            /** @enum {string} */
            category?: "administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other";
            /** Format: date-time */
            expectedUpdatedAt?: string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            serviceId?: string | null;
            /** @enum {string} */
            status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
        };
        UpdateTimeEntry: {
            billable?: boolean;
            /** Format: date */
            date?: string;
            minutes?: number;
            note?: string;
        };
        UpdateWebhook: {
            enabled?: boolean;
            events?: ("ticket.created" | "message.added" | "ticket.status_changed" | "ticket.assigned" | "ticket.rated")[];
        };
        User: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "phone_desk" | "admin" | "customer";
        };
        Webhook: {
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            events: ("ticket.created" | "message.added" | "ticket.status_changed" | "ticket.assigned" | "ticket.rated")[];
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "agent" | "customer_service" | "billing" | "admin";
            /** @example whsec_Zm9v */
            secretStart: string;
            /** @example https://crm.example.com/hooks/helpdesk */
            url: string;
        };
        WebhookDelivery: {
            attempts: {
                /** Format: date-time */
                attemptedAt: string;
                durationMs: number;
                error: string | null;
                responseExcerpt: string | null;
                statusCode: number | null;
            }[];
            deliveredAt: string | null;
            /** @enum {string} */
            event: "ticket.created" | "message.added" | "ticket.status_changed" | "ticket.assigned" | "ticket.rated";
            /** Format: uuid */
            id: string;
            nextAttemptAt: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** Format: uuid */
            ticketId: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "name": "CRM-koppeling",
                     *           "role": "agent",
                     *           "scopes": [
                     *             "tickets:read"
                     *           ],
                     *           "secretStart": "hdk_Zm9v",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "createdBy": "string",
                     *           "expiresAt": "2019-08-24T14:15:22Z",
                     *           "lastUsedAt": "2019-08-24T14:15:22Z",
                     *           "revokedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "CRM-koppeling",
                 *       "role": "agent",
                 *       "scopes": [
                 *         "tickets:read"
                 *       ],
                 *       "expiresAt": "2099-12-31T23:59:59Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiToken"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "CRM-koppeling",
                     *         "role": "agent",
                     *         "scopes": [
                     *           "tickets:read"
                     *         ],
                     *         "secretStart": "hdk_Zm9v",
                     *         "createdAt": "2019-08-24T14:15:22Z",
                     *         "createdBy": "string",
                     *         "expiresAt": "2019-08-24T14:15:22Z",
                     *         "lastUsedAt": "2019-08-24T14:15:22Z",
                     *         "revokedAt": "2019-08-24T14:15:22Z"
                     *       },
                     *       "secret": "hdk_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAppointmentSlots: {
        parameters: {
            query?: {
                /** @example 7 */
                days?: number;
                /** @example 2019-08-24 */
                from?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "timeZone": "Europe/Amsterdam",
                     *       "slotMinutes": -9007199254740991,
                     *       "items": [
                     *         {
                     *           "startsAt": "2019-08-24T14:15:22Z",
                     *           "endsAt": "2019-08-24T14:15:22Z",
                     *           "free": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentSlotList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @example 2019-08-24 */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "date": "2019-08-24",
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "ticketNumber": "#385017264",
                     *           "ticketStatus": "new",
                     *           "subject": "string",
                     *           "customerName": "string",
                     *           "phone": "06 12345678",
                     *           "startsAt": "2019-08-24T14:15:22Z",
                     *           "endsAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentDay"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slotMinutes": 30,
                     *       "capacity": 2
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentSettingsOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAppointmentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "slotMinutes": 30,
                 *       "capacity": 2
                 *     }
                 */
                "application/json": components["schemas"]["AppointmentSettings"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slotMinutes": 30,
                     *       "capacity": 2
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentSettingsOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestEmailLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "jan.jansen@example.nl"
                 *     }
                 */
                "application/json": components["schemas"]["EmailOnly"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmEmailLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst"
                 *     }
                 */
                "application/json": components["schemas"]["EmailLinkConfirm"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "string",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 1,
                     *       "user": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "email": "string",
                     *         "name": "string",
                     *         "role": "agent"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "jan.jansen@example.nl",
                 *       "password": "string"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "string",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 1,
                     *       "user": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "email": "string",
                     *         "name": "string",
                     *         "role": "agent"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "jan.jansen@example.nl"
                 *     }
                 */
                "application/json": components["schemas"]["EmailOnly"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst",
                 *       "password": "stringstri"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "string",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 1,
                     *       "user": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "email": "string",
                     *         "name": "string",
                     *         "role": "agent"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markMonthInvoiced: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2026-11 */
                month: components["schemas"]["BillingMonth"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2026-11",
                     *       "invoicedAt": "2019-08-24T14:15:22Z",
                     *       "entries": -9007199254740991
                     *     }
                     */
                    "application/json": components["schemas"]["InvoicedMonth"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBillingRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rate": {
                     *         "centsPerBlock": 1,
                     *         "vatPercent": 0,
                     *         "setAt": "2019-08-24T14:15:22Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingRate"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBillingRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "centsPerBlock": 1,
                 *       "vatPercent": 0
                 *     }
                 */
                "application/json": components["schemas"]["BillingRateInput"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rate": {
                     *         "centsPerBlock": 1,
                     *         "vatPercent": 0,
                     *         "setAt": "2019-08-24T14:15:22Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingRate"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBillingStatement: {
        parameters: {
            query: {
                /** @example 2026-11 */
                month: components["schemas"]["BillingMonth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2026-11",
                     *       "invoicedAt": "2019-08-24T14:15:22Z",
                     *       "rows": [
                     *         {
                     *           "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *           "customerName": "string",
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "ticketNumber": "#385017264",
                     *           "billableMinutes": -9007199254740991,
                     *           "billedBlocks": -9007199254740991,
                     *           "centsPerBlock": -9007199254740991,
                     *           "vatPercent": -9007199254740991,
                     *           "amountCents": -9007199254740991,
                     *           "vatCents": -9007199254740991,
                     *           "totalCents": -9007199254740991
                     *         }
                     *       ],
                     *       "totals": {
                     *         "billedBlocks": -9007199254740991,
                     *         "amountCents": -9007199254740991,
                     *         "vatCents": -9007199254740991,
                     *         "totalCents": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadBillingStatement: {
        parameters: {
            query: {
                /** @example 2026-11 */
                month: components["schemas"]["BillingMonth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCannedReplies: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
                /** @example string */
                q?: string;
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "title": "Wachtwoord vergeten",
                     *           "body": "string",
                     *           "actions": {
                     *             "status": "new",
                     *             "priority": "low",
                     *             "category": "administrative"
                     *           },
                     *           "usageCount": 0,
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["CannedReplyPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "Wachtwoord vergeten",
                 *       "body": "Beste {{customer.name}},\n\nIn {{faq:wachtwoord-vergeten}} staat stap voor stap hoe u een nieuw wachtwoord kiest.\n\nMet vriendelijke groet",
                 *       "actions": {
                 *         "status": null,
                 *         "priority": null,
                 *         "category": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCannedReply"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "title": "Wachtwoord vergeten",
                     *       "body": "string",
                     *       "actions": {
                     *         "status": "new",
                     *         "priority": "low",
                     *         "category": "administrative"
                     *       },
                     *       "usageCount": 0,
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "title": "Wachtwoord vergeten",
                     *       "body": "string",
                     *       "actions": {
                     *         "status": "new",
                     *         "priority": "low",
                     *         "category": "administrative"
                     *       },
                     *       "usageCount": 0,
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "Wachtwoord vergeten",
                 *       "body": "Beste {{customer.name}},\n\nIn {{faq:wachtwoord-vergeten}} staat stap voor stap hoe u een nieuw wachtwoord kiest.\n\nMet vriendelijke groet",
                 *       "actions": {
                 *         "status": null,
                 *         "priority": null,
                 *         "category": null
                 *       },
                 *       "expectedUpdatedAt": "2026-11-28T10:15:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCannedReply"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "title": "Wachtwoord vergeten",
                     *       "body": "string",
                     *       "actions": {
                     *         "status": "new",
                     *         "priority": "low",
                     *         "category": "administrative"
                     *       },
                     *       "usageCount": 0,
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerConsentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst",
                 *       "answer": "accepted"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerConsentLink"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *       "ticketNumber": "#385017264",
                     *       "consent": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "kind": "customer_consent",
                     *         "description": "string",
                     *         "centsPerBlock": 1,
                     *         "vatPercent": 0,
                     *         "capBlocks": 1,
                     *         "status": "pending",
                     *         "blocksUsed": 0,
                     *         "requestedAt": "2019-08-24T14:15:22Z",
                     *         "answeredAt": "2019-08-24T14:15:22Z",
                     *         "answeredVia": "portal"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentLinkView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    viewConsentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst"
                 *     }
                 */
                "application/json": components["schemas"]["ConsentLink"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *       "ticketNumber": "#385017264",
                     *       "consent": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "kind": "customer_consent",
                     *         "description": "string",
                     *         "centsPerBlock": 1,
                     *         "vatPercent": 0,
                     *         "capBlocks": 1,
                     *         "status": "pending",
                     *         "blocksUsed": 0,
                     *         "requestedAt": "2019-08-24T14:15:22Z",
                     *         "answeredAt": "2019-08-24T14:15:22Z",
                     *         "answeredVia": "portal"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentLinkView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCustomers: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
                /**
                 * @description Part of a name, e-mail address, phone or domain; without it, every customer
                 * @example string
                 */
                q?: string;
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "view": "support",
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "email": "string",
                     *           "name": "string",
                     *           "phone": "string",
                     *           "language": "nl",
                     *           "emailVerified": true,
                     *           "services": [
                     *             {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *               "kind": "hosting",
                     *               "name": "string",
                     *               "serviceLevel": "best_effort",
                     *               "billingPeriod": "monthly"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "view": "support",
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "phone": "string",
                     *       "language": "nl",
                     *       "emailVerified": true,
                     *       "services": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "kind": "hosting",
                     *           "name": "string",
                     *           "serviceLevel": "best_effort",
                     *           "billingPeriod": "monthly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCustomerBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Klant vraagt per ticket om jaarlijks te betalen",
                 *       "iban": "NL91 ABNA 0417 1643 00",
                 *       "services": [
                 *         {
                 *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                 *           "billingPeriod": "monthly"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomerBilling"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "view": "support",
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "phone": "string",
                     *       "language": "nl",
                     *       "emailVerified": true,
                     *       "services": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "kind": "hosting",
                     *           "name": "string",
                     *           "serviceLevel": "best_effort",
                     *           "billingPeriod": "monthly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCustomerDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DataExportRequested"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomerErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *       "erasedAt": "2019-08-24T14:15:22Z",
                     *       "erasedBy": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "string"
                     *       },
                     *       "reason": "string",
                     *       "counts": {
                     *         "tickets": -9007199254740991,
                     *         "messages": -9007199254740991,
                     *         "events": -9007199254740991,
                     *         "attachments": -9007199254740991,
                     *         "services": -9007199254740991,
                     *         "queuedEmails": -9007199254740991,
                     *         "emailOriginals": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerErasure"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "string"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerErasureRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *       "erasedAt": "2019-08-24T14:15:22Z",
                     *       "erasedBy": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "string"
                     *       },
                     *       "reason": "string",
                     *       "counts": {
                     *         "tickets": -9007199254740991,
                     *         "messages": -9007199254740991,
                     *         "events": -9007199254740991,
                     *         "attachments": -9007199254740991,
                     *         "services": -9007199254740991,
                     *         "queuedEmails": -9007199254740991,
                     *         "emailOriginals": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerErasure"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomerEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "type": "billing_changed",
                     *           "actor": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string"
                     *           },
                     *           "reason": "string",
                     *           "changes": [
                     *             {
                     *               "field": "billingPeriod",
                     *               "serviceId": "8f8bb40f-b96b-40fe-9064-5031fbe483f9",
                     *               "serviceName": "string",
                     *               "before": "monthly",
                     *               "after": "monthly"
                     *             }
                     *           ],
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerEventList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomerPrivateDataAccess: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "at": "2019-08-24T14:15:22Z",
                     *           "staff": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string",
                     *             "role": "agent"
                     *           },
                     *           "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *           "fields": [
                     *             "postalAddress"
                     *           ],
                     *           "source": "string",
                     *           "screen": "string"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["PrivateDataAccessPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryFailedEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "scheduled"
                     *     }
                     */
                    "application/json": components["schemas"]["RetriedEmail"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFailedEmails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "type": "string",
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "attempts": -9007199254740991,
                     *           "lastError": "string",
                     *           "occurredAt": "2019-08-24T14:15:22Z",
                     *           "failedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FailedEmailList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewEmail: {
        parameters: {
            query?: {
                /** @example nl */
                language?: "nl" | "en";
            };
            header?: never;
            path: {
                /** @example sign_in_link */
                template: "sign_in_link" | "password_reset" | "staff_invitation" | "ticket_received" | "cancellation_received" | "team_reply" | "waiting_for_customer" | "ticket_solved" | "ticket_closed" | "consent_request";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "template": "sign_in_link",
                     *       "language": "nl",
                     *       "subject": "string",
                     *       "html": "string",
                     *       "text": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["EmailPreview"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFaqCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "slug": "string",
                     *           "name": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqCategoryList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFaqCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Opzeggen",
                 *       "slug": "abonnement-opzeggen"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFaqCategory"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "string",
                     *       "name": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["FaqCategory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameFaqCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example string */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Opzeggen"
                 *     }
                 */
                "application/json": components["schemas"]["RenameFaqCategory"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "string",
                     *       "name": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["FaqCategory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    orderFaqCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "slugs": [
                 *         "opzeggen",
                 *         "facturen",
                 *         "e-mail"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FaqCategoryOrder"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "slug": "string",
                     *           "name": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqCategoryList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFaqInsights: {
        parameters: {
            query?: {
                /** @example 90 */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "articles": [
                     *         {
                     *           "slug": "string",
                     *           "title": "string",
                     *           "shown": -9007199254740991,
                     *           "clicked": -9007199254740991,
                     *           "deflected": -9007199254740991
                     *         }
                     *       ],
                     *       "unansweredQueries": [
                     *         {
                     *           "query": "string",
                     *           "count": -9007199254740991
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqInsights"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordFaqSuggestionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         {
                 *           "type": "shown",
                 *           "formSessionId": "7ad14e0a-4f43-4c8d-987d-a8cafafc03b0",
                 *           "query": "string",
                 *           "articleIds": [
                 *             "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FaqSuggestionEventReport"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFaqSynonyms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "terms": [
                     *             "string"
                     *           ],
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqSynonymList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFaqSynonymGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "terms": [
                 *         "opzeggen",
                 *         "opzeggen"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateFaqSynonymGroup"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "terms": [
                     *         "string"
                     *       ],
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["FaqSynonymGroup"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFaqSynonymGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFaqArticles: {
        parameters: {
            query?: {
                /** @example string */
                category?: string;
                /** @example string */
                cursor?: string;
                /** @example nl */
                lang?: "nl" | "en";
                /** @example 25 */
                limit?: number;
                /**
                 * @description Words in the title or keywords (case-insensitive), e.g. for the editors' list
                 * @example string
                 */
                q?: string;
                /**
                 * @description Drafts (and `any`: drafts and published) are listed only for staff who edit the FAQ; default published
                 * @example draft
                 */
                status?: "draft" | "published" | "any";
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "slug": "string",
                     *           "title": "string",
                     *           "category": {
                     *             "slug": "string",
                     *             "name": "string"
                     *           },
                     *           "language": "nl",
                     *           "status": "draft",
                     *           "url": "string",
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["FaqPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFaqArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "slug": "abonnement-opzeggen",
                 *       "title": "string",
                 *       "body": "string",
                 *       "categorySlug": "string",
                 *       "language": "nl",
                 *       "keywords": [],
                 *       "status": "draft"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFaqArticle"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "slug": "string",
                     *       "title": "string",
                     *       "category": {
                     *         "slug": "string",
                     *         "name": "string"
                     *       },
                     *       "language": "nl",
                     *       "status": "draft",
                     *       "url": "string",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "body": "string",
                     *       "keywords": [
                     *         "string"
                     *       ],
                     *       "translationOf": {
                     *         "slug": "string",
                     *         "title": "string",
                     *         "language": "nl",
                     *         "url": "string"
                     *       },
                     *       "translations": [
                     *         {
                     *           "slug": "string",
                     *           "title": "string",
                     *           "language": "nl",
                     *           "url": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqArticle"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFaqArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example string */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "slug": "string",
                     *       "title": "string",
                     *       "category": {
                     *         "slug": "string",
                     *         "name": "string"
                     *       },
                     *       "language": "nl",
                     *       "status": "draft",
                     *       "url": "string",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "body": "string",
                     *       "keywords": [
                     *         "string"
                     *       ],
                     *       "translationOf": {
                     *         "slug": "string",
                     *         "title": "string",
                     *         "language": "nl",
                     *         "url": "string"
                     *       },
                     *       "translations": [
                     *         {
                     *           "slug": "string",
                     *           "title": "string",
                     *           "language": "nl",
                     *           "url": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqArticle"];
                };
            };
            /** @description Redirect: the Location header says where */
            308: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFaqArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example string */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFaqArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example string */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "slug": "abonnement-opzeggen",
                 *       "title": "string",
                 *       "body": "string",
                 *       "categorySlug": "string",
                 *       "language": "nl",
                 *       "keywords": [
                 *         "string"
                 *       ],
                 *       "status": "draft",
                 *       "expectedUpdatedAt": "2026-11-28T10:15:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFaqArticle"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "slug": "string",
                     *       "title": "string",
                     *       "category": {
                     *         "slug": "string",
                     *         "name": "string"
                     *       },
                     *       "language": "nl",
                     *       "status": "draft",
                     *       "url": "string",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "body": "string",
                     *       "keywords": [
                     *         "string"
                     *       ],
                     *       "translationOf": {
                     *         "slug": "string",
                     *         "title": "string",
                     *         "language": "nl",
                     *         "url": "string"
                     *       },
                     *       "translations": [
                     *         {
                     *           "slug": "string",
                     *           "title": "string",
                     *           "language": "nl",
                     *           "url": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqArticle"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPopularFaqArticles: {
        parameters: {
            query?: {
                /**
                 * @description Articles in this language only; without it, originals only (no translations)
                 * @example nl
                 */
                lang?: "nl" | "en";
                /** @example 5 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "slug": "string",
                     *           "title": "string",
                     *           "category": {
                     *             "slug": "string",
                     *             "name": "string"
                     *           },
                     *           "language": "nl",
                     *           "status": "draft",
                     *           "url": "string",
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqPopularList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestFaqArticles: {
        parameters: {
            query: {
                /**
                 * @description The customer's language; articles in it rank first
                 * @example nl
                 */
                lang?: "nl" | "en";
                /** @example 5 */
                limit?: number;
                /**
                 * @description What the customer has typed so far, unfinished last word included
                 * @example string
                 */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "slug": "string",
                     *           "title": "string",
                     *           "url": "string",
                     *           "language": "nl",
                     *           "translationOf": "string",
                     *           "snippet": "string",
                     *           "highlights": [
                     *             {
                     *               "start": 0,
                     *               "end": 0
                     *             }
                     *           ],
                     *           "score": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FaqSuggestionList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "remindAfterDays": 3,
                     *       "solveAfterDays": 4
                     *     }
                     */
                    "application/json": components["schemas"]["FollowUpSettingsOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFollowUpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "remindAfterDays": 3,
                 *       "solveAfterDays": 4
                 *     }
                 */
                "application/json": components["schemas"]["FollowUpSettings"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "remindAfterDays": 3,
                     *       "solveAfterDays": 4
                     *     }
                     */
                    "application/json": components["schemas"]["FollowUpSettingsOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveInboundEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    message: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "outcome": "ignored",
                     *       "reason": "automatic"
                     *     }
                     */
                    "application/json": components["schemas"]["InboundEmailOutcome"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openLiveStream: {
        parameters: {
            query: {
                /** @example 4711 */
                lastEventId?: string;
                /** @example string */
                ticket: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLiveStreamTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": "string",
                     *       "expiresAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        ticket: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "email": "string",
                     *         "name": "string",
                     *         "role": "agent"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyBilling: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "months": [
                     *         {
                     *           "month": "2026-11",
                     *           "invoiced": true,
                     *           "tickets": [
                     *             {
                     *               "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *               "ticketNumber": "#385017264",
                     *               "subject": "string",
                     *               "billableMinutes": -9007199254740991,
                     *               "billedBlocks": -9007199254740991,
                     *               "centsPerBlock": -9007199254740991,
                     *               "vatPercent": -9007199254740991,
                     *               "amountCents": -9007199254740991,
                     *               "vatCents": -9007199254740991,
                     *               "totalCents": -9007199254740991
                     *             }
                     *           ],
                     *           "totals": {
                     *             "billedBlocks": -9007199254740991,
                     *             "amountCents": -9007199254740991,
                     *             "vatCents": -9007199254740991,
                     *             "totalCents": -9007199254740991
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MyBilling"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMyDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DataExportRequested"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMyDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst"
                 *     }
                 */
                "application/json": components["schemas"]["DataExportDownload"];
            };
        };
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": {
                     *         "assigned": true,
                     *         "customer_replied": true,
                     *         "unassigned_ticket": false,
                     *         "mentioned": true
                     *       },
                     *       "language": "nl"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferencesOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": {
                 *         "assigned": true,
                 *         "customer_replied": true,
                 *         "unassigned_ticket": false,
                 *         "mentioned": true
                 *       },
                 *       "language": "nl"
                 *     }
                 */
                "application/json": components["schemas"]["NotificationPreferences"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": {
                     *         "assigned": true,
                     *         "customer_replied": true,
                     *         "unassigned_ticket": false,
                     *         "mentioned": true
                     *       },
                     *       "language": "nl"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferencesOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
                /** @example true */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61",
                     *           "kind": "mentioned",
                     *           "ticket": {
                     *             "id": "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                     *             "number": "#104-882-731",
                     *             "subject": "Mail komt niet aan"
                     *           },
                     *           "actorName": "Sanne de Vries",
                     *           "excerpt": "@jan kun jij de DNS-records controleren?",
                     *           "readAt": null,
                     *           "createdAt": "2026-11-28T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string",
                     *       "unreadCount": 0
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                        unreadCount: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61",
                     *       "kind": "mentioned",
                     *       "ticket": {
                     *         "id": "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                     *         "number": "#104-882-731",
                     *         "subject": "Mail komt niet aan"
                     *       },
                     *       "actorName": "Sanne de Vries",
                     *       "excerpt": "@jan kun jij de DNS-records controleren?",
                     *       "readAt": null,
                     *       "createdAt": "2026-11-28T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMentionableStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61",
                     *           "name": "Jan Jansen",
                     *           "handle": "jan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            handle: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unreadCount": 3
                     *     }
                     */
                    "application/json": {
                        unreadCount: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnreadNotificationCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unreadCount": 3
                     *     }
                     */
                    "application/json": {
                        unreadCount: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQueuePresence: {
        parameters: {
            query: {
                /**
                 * @example [
                 *       "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                 *     ]
                 */
                tickets: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "viewers": [
                     *             {
                     *               "staffId": "5eb948b0-6e3c-44ad-8484-899600499f5d",
                     *               "name": "string",
                     *               "typing": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            ticketId: string;
                            viewers: {
                                name: string;
                                /** Format: uuid */
                                staffId: string;
                                typing: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "database": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "service_unavailable",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query: {
                /** @example 2026-11-01 */
                from: string;
                /** @example day */
                grouping?: "day" | "week" | "month";
                /** @example 2026-11-28 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "grouping": "day",
                     *       "timeZone": "string",
                     *       "current": {
                     *         "from": "2019-08-24",
                     *         "to": "2019-08-24",
                     *         "tickets": {
                     *           "total": 0,
                     *           "byChannel": [
                     *             {
                     *               "bucket": "2019-08-24",
                     *               "channel": "web",
                     *               "tickets": 0
                     *             }
                     *           ],
                     *           "byCategory": [
                     *             {
                     *               "bucket": "2019-08-24",
                     *               "category": "administrative",
                     *               "tickets": 0
                     *             }
                     *           ]
                     *         },
                     *         "backlog": [
                     *           {
                     *             "bucket": "2019-08-24",
                     *             "unsolved": 0,
                     *             "open": 0,
                     *             "pending": 0
                     *           }
                     *         ],
                     *         "responseTimes": {
                     *           "firstResponse": {
                     *             "tickets": 0,
                     *             "medianMinutes": 0,
                     *             "p90Minutes": 0
                     *           },
                     *           "resolution": {
                     *             "tickets": 0,
                     *             "medianMinutes": 0,
                     *             "p90Minutes": 0
                     *           }
                     *         },
                     *         "serviceLevels": [
                     *           {
                     *             "level": "best_effort",
                     *             "tickets": 0,
                     *             "firstResponseMet": 0,
                     *             "firstResponseKnown": 0,
                     *             "resolutionMet": 0,
                     *             "resolutionKnown": 0
                     *           }
                     *         ],
                     *         "deflection": {
                     *           "sessions": 0,
                     *           "shown": 0,
                     *           "clicked": 0,
                     *           "deflected": 0,
                     *           "submittedAnyway": 0
                     *         },
                     *         "topArticles": [
                     *           {
                     *             "articleId": "51fa4a0e-8c7f-4728-a148-d47e6fea8ffc",
                     *             "title": "string",
                     *             "deflected": 0,
                     *             "clicked": 0
                     *           }
                     *         ],
                     *         "unansweredQueries": [
                     *           {
                     *             "query": "string",
                     *             "sessions": 0
                     *           }
                     *         ],
                     *         "satisfaction": {
                     *           "ratings": 0,
                     *           "good": 0,
                     *           "bad": 0,
                     *           "goodShare": 0,
                     *           "comments": 0,
                     *           "reviewClicks": 0
                     *         },
                     *         "billable": [
                     *           {
                     *             "month": "string",
                     *             "tickets": 0,
                     *             "blocks": 0
                     *           }
                     *         ]
                     *       },
                     *       "previous": {
                     *         "from": "2019-08-24",
                     *         "to": "2019-08-24",
                     *         "tickets": {
                     *           "total": 0,
                     *           "byChannel": [
                     *             {
                     *               "bucket": "2019-08-24",
                     *               "channel": "web",
                     *               "tickets": 0
                     *             }
                     *           ],
                     *           "byCategory": [
                     *             {
                     *               "bucket": "2019-08-24",
                     *               "category": "administrative",
                     *               "tickets": 0
                     *             }
                     *           ]
                     *         },
                     *         "backlog": [
                     *           {
                     *             "bucket": "2019-08-24",
                     *             "unsolved": 0,
                     *             "open": 0,
                     *             "pending": 0
                     *           }
                     *         ],
                     *         "responseTimes": {
                     *           "firstResponse": {
                     *             "tickets": 0,
                     *             "medianMinutes": 0,
                     *             "p90Minutes": 0
                     *           },
                     *           "resolution": {
                     *             "tickets": 0,
                     *             "medianMinutes": 0,
                     *             "p90Minutes": 0
                     *           }
                     *         },
                     *         "serviceLevels": [
                     *           {
                     *             "level": "best_effort",
                     *             "tickets": 0,
                     *             "firstResponseMet": 0,
                     *             "firstResponseKnown": 0,
                     *             "resolutionMet": 0,
                     *             "resolutionKnown": 0
                     *           }
                     *         ],
                     *         "deflection": {
                     *           "sessions": 0,
                     *           "shown": 0,
                     *           "clicked": 0,
                     *           "deflected": 0,
                     *           "submittedAnyway": 0
                     *         },
                     *         "topArticles": [
                     *           {
                     *             "articleId": "51fa4a0e-8c7f-4728-a148-d47e6fea8ffc",
                     *             "title": "string",
                     *             "deflected": 0,
                     *             "clicked": 0
                     *           }
                     *         ],
                     *         "unansweredQueries": [
                     *           {
                     *             "query": "string",
                     *             "sessions": 0
                     *           }
                     *         ],
                     *         "satisfaction": {
                     *           "ratings": 0,
                     *           "good": 0,
                     *           "bad": 0,
                     *           "goodShare": 0,
                     *           "comments": 0,
                     *           "reviewClicks": 0
                     *         },
                     *         "billable": [
                     *           {
                     *             "month": "string",
                     *             "tickets": 0,
                     *             "blocks": 0
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReportFigure: {
        parameters: {
            query: {
                /** @example 2026-11-01 */
                from: string;
                /** @example day */
                grouping?: "day" | "week" | "month";
                /** @example 2026-11-28 */
                to: string;
            };
            header?: never;
            path: {
                /** @example tickets */
                figure: "tickets" | "backlog" | "response-times" | "service-levels" | "deflection" | "top-articles" | "unanswered-queries" | "satisfaction" | "billable";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRetentionRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "dryRun": true,
                     *           "startedBy": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string"
                     *           },
                     *           "cutoffs": {
                     *             "closedTicketsBefore": "2019-08-24T14:15:22Z",
                     *             "privateDataLogBefore": "2019-08-24T14:15:22Z",
                     *             "suggestionEventsBefore": "2019-08-24T14:15:22Z"
                     *           },
                     *           "counts": {
                     *             "tickets": -9007199254740991,
                     *             "messages": -9007199254740991,
                     *             "events": -9007199254740991,
                     *             "attachments": -9007199254740991,
                     *             "emailOriginals": -9007199254740991,
                     *             "queuedEmails": -9007199254740991,
                     *             "privateDataLog": -9007199254740991,
                     *             "suggestionEvents": -9007199254740991
                     *           },
                     *           "startedAt": "2019-08-24T14:15:22Z",
                     *           "finishedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionRunList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRetentionRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "dryRun": true
                 *     }
                 */
                "application/json": components["schemas"]["RetentionRunRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "dryRun": true,
                     *       "startedBy": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "string"
                     *       },
                     *       "cutoffs": {
                     *         "closedTicketsBefore": "2019-08-24T14:15:22Z",
                     *         "privateDataLogBefore": "2019-08-24T14:15:22Z",
                     *         "suggestionEventsBefore": "2019-08-24T14:15:22Z"
                     *       },
                     *       "counts": {
                     *         "tickets": -9007199254740991,
                     *         "messages": -9007199254740991,
                     *         "events": -9007199254740991,
                     *         "attachments": -9007199254740991,
                     *         "emailOriginals": -9007199254740991,
                     *         "queuedEmails": -9007199254740991,
                     *         "privateDataLog": -9007199254740991,
                     *         "suggestionEvents": -9007199254740991
                     *       },
                     *       "startedAt": "2019-08-24T14:15:22Z",
                     *       "finishedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionRun"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRetentionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "closedTicketMonths": 1,
                     *       "privateDataLogMonths": 1,
                     *       "suggestionEventMonths": 1,
                     *       "scheduled": true,
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionSettingsView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRetentionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "closedTicketMonths": 1,
                 *       "privateDataLogMonths": 1,
                 *       "suggestionEventMonths": 1,
                 *       "scheduled": true
                 *     }
                 */
                "application/json": components["schemas"]["RetentionSettings"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "closedTicketMonths": 1,
                     *       "privateDataLogMonths": 1,
                     *       "suggestionEventMonths": 1,
                     *       "scheduled": true,
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionSettingsView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "timeZone": "Europe/Amsterdam",
                     *       "weeklyHours": [
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [],
                     *         []
                     *       ],
                     *       "dutchHolidays": true,
                     *       "closingDays": [
                     *         "2019-08-24"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceCalendarOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateServiceCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "timeZone": "Europe/Amsterdam",
                 *       "weeklyHours": [
                 *         [
                 *           {
                 *             "from": "09:00",
                 *             "to": "17:00"
                 *           }
                 *         ],
                 *         [
                 *           {
                 *             "from": "09:00",
                 *             "to": "17:00"
                 *           }
                 *         ],
                 *         [
                 *           {
                 *             "from": "09:00",
                 *             "to": "17:00"
                 *           }
                 *         ],
                 *         [
                 *           {
                 *             "from": "09:00",
                 *             "to": "17:00"
                 *           }
                 *         ],
                 *         [
                 *           {
                 *             "from": "09:00",
                 *             "to": "17:00"
                 *           }
                 *         ],
                 *         [],
                 *         []
                 *       ],
                 *       "dutchHolidays": true,
                 *       "closingDays": [
                 *         "2019-08-24"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceCalendar"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "timeZone": "Europe/Amsterdam",
                     *       "weeklyHours": [
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [
                     *           {
                     *             "from": "09:00",
                     *             "to": "17:00"
                     *           }
                     *         ],
                     *         [],
                     *         []
                     *       ],
                     *       "dutchHolidays": true,
                     *       "closingDays": [
                     *         "2019-08-24"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceCalendarOutput"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceLevelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "level": "best_effort",
                     *           "priority": "low",
                     *           "firstResponseMinutes": -9007199254740991,
                     *           "nextResponseMinutes": -9007199254740991,
                     *           "resolutionMinutes": -9007199254740991,
                     *           "clock": "business",
                     *           "guaranteed": true,
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceLevelPolicyList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateServiceLevelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example best_effort */
                level: "best_effort" | "standard" | "premium";
                /** @example low */
                priority: "low" | "normal" | "high" | "urgent";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "firstResponseMinutes": 1,
                 *       "nextResponseMinutes": 1,
                 *       "resolutionMinutes": 1,
                 *       "clock": "business",
                 *       "guaranteed": true
                 *     }
                 */
                "application/json": components["schemas"]["ServiceLevelPolicyInput"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "level": "best_effort",
                     *       "priority": "low",
                     *       "firstResponseMinutes": -9007199254740991,
                     *       "nextResponseMinutes": -9007199254740991,
                     *       "resolutionMinutes": -9007199254740991,
                     *       "clock": "business",
                     *       "guaranteed": true,
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceLevelPolicy"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeServiceLevels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "tickets": "open"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceLevelRecompute"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recomputed": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceLevelRecomputeResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceLevelReport: {
        parameters: {
            query?: {
                /** @example 8 */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "level": "best_effort",
                     *           "week": "2019-08-24",
                     *           "tickets": 0,
                     *           "firstResponseMetShare": 0,
                     *           "medianFirstResponseHours": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceLevelReport"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "teamName": "string",
                     *       "publicUrl": "string",
                     *       "mailFromAddress": "string",
                     *       "emailFooter": "string",
                     *       "supportHoursText": "string",
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "teamName": "Team Support",
                 *       "publicUrl": "http://example.com",
                 *       "mailFromAddress": "support@example.nl",
                 *       "emailFooter": "Support B.V. · Kerkstraat 1, Utrecht · KvK 12345678",
                 *       "supportHoursText": "Maandag t/m vrijdag van 9:00 tot 17:00 uur",
                 *       "expectedUpdatedAt": "2026-11-28T10:15:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSettings"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "teamName": "string",
                     *       "publicUrl": "string",
                     *       "mailFromAddress": "string",
                     *       "emailFooter": "string",
                     *       "supportHoursText": "string",
                     *       "updatedAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "teamName": "string",
                     *       "supportHoursText": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["PublicSettings"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewLinkSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "string",
                     *       "isDefault": true
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewLinkSetting"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReviewLinkSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": "https://g.page/r/voorbeeld/review"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateReviewLink"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "string",
                     *       "isDefault": true
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewLinkSetting"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaffMembers: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "email": "string",
                     *           "name": "string",
                     *           "role": "agent",
                     *           "active": true,
                     *           "invitationPending": true,
                     *           "invitedAt": "2019-08-24T14:15:22Z",
                     *           "deactivatedAt": "2019-08-24T14:15:22Z",
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "jan.jansen@example.nl",
                 *       "name": "string",
                 *       "role": "agent"
                 *     }
                 */
                "application/json": components["schemas"]["CreateStaffMember"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "role": "agent",
                     *       "active": true,
                     *       "invitationPending": true,
                     *       "invitedAt": "2019-08-24T14:15:22Z",
                     *       "deactivatedAt": "2019-08-24T14:15:22Z",
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeStaffRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "role": "agent"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeStaffRole"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "role": "agent",
                     *       "active": true,
                     *       "invitationPending": true,
                     *       "invitedAt": "2019-08-24T14:15:22Z",
                     *       "deactivatedAt": "2019-08-24T14:15:22Z",
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "role": "agent",
                     *       "active": true,
                     *       "invitationPending": true,
                     *       "invitedAt": "2019-08-24T14:15:22Z",
                     *       "deactivatedAt": "2019-08-24T14:15:22Z",
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaffEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "type": "invited",
                     *           "actor": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string"
                     *           },
                     *           "before": null,
                     *           "after": null,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StaffEventList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendStaffInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "role": "agent",
                     *       "active": true,
                     *       "invitationPending": true,
                     *       "invitedAt": "2019-08-24T14:15:22Z",
                     *       "deactivatedAt": "2019-08-24T14:15:22Z",
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaffPrivateDataAccess: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "at": "2019-08-24T14:15:22Z",
                     *           "staff": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string",
                     *             "role": "agent"
                     *           },
                     *           "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *           "fields": [
                     *             "postalAddress"
                     *           ],
                     *           "source": "string",
                     *           "screen": "string"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["PrivateDataAccessPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "email": "string",
                     *       "name": "string",
                     *       "role": "agent",
                     *       "active": true,
                     *       "invitationPending": true,
                     *       "invitedAt": "2019-08-24T14:15:22Z",
                     *       "deactivatedAt": "2019-08-24T14:15:22Z",
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssignableStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "name": "string",
                     *           "role": "agent"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AssignableStaffList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptStaffInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstringstringst",
                 *       "password": "stringstri"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptStaffInvitation"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followReviewLink: {
        parameters: {
            query: {
                /** @example stringstri */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect: the Location header says where */
            303: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @example me */
                assignee?: "me" | "none" | string;
                /** @example true */
                breached?: "true" | "false";
                /**
                 * @example [
                 *       "administrative"
                 *     ]
                 */
                category?: ("administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other")[];
                /** @example string */
                cursor?: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                customer?: string;
                /** @example today */
                due?: "today";
                /** @example 25 */
                limit?: number;
                /**
                 * @example [
                 *       "low"
                 *     ]
                 */
                priority?: ("low" | "normal" | "high" | "urgent")[];
                /** @example string */
                q?: string;
                /** @example true */
                snoozed?: "true" | "false";
                /** @example oldest */
                sort?: "oldest" | "newest" | "due";
                /**
                 * @example [
                 *       "new"
                 *     ]
                 */
                status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
                /** @example true */
                verified?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "view": "customer",
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "number": "#385017264",
                     *           "subject": "string",
                     *           "status": "new",
                     *           "category": "administrative",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "category": "administrative",
                 *       "details": {
                 *         "change": "contact_details"
                 *       },
                 *       "subject": "Mijn website is traag",
                 *       "message": "Sinds gisteren laadt mijn website erg langzaam.",
                 *       "attachments": [
                 *         "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                 *       ],
                 *       "email": "jan.jansen@example.nl",
                 *       "name": "Jan Jansen",
                 *       "serviceId": "8f8bb40f-b96b-40fe-9064-5031fbe483f9"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTicket"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "number": "#385017264",
                     *       "status": "new",
                     *       "category": "administrative"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketCreated"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/idempotency-mismatch",
                     *       "title": "Idempotency key reused with a different request",
                     *       "status": 422,
                     *       "code": "idempotency_mismatch",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "view": "customer",
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "number": "#385017264",
                     *       "subject": "string",
                     *       "status": "new",
                     *       "category": "administrative",
                     *       "details": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "followUpOf": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "mergedInto": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "attachments": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "fileName": "string",
                     *           "contentType": "string",
                     *           "size": -9007199254740991,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "messages": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "author": {
                     *             "type": "customer",
                     *             "name": "string"
                     *           },
                     *           "body": "string",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "attachments": [
                     *             {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *               "fileName": "string",
                     *               "contentType": "string",
                     *               "size": -9007199254740991,
                     *               "createdAt": "2019-08-24T14:15:22Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "serviceLevel": "best_effort",
                     *       "expectedResponseBy": "2019-08-24T14:15:22Z",
                     *       "responseGuaranteed": true,
                     *       "responseTarget": {
                     *         "minutes": 1,
                     *         "clock": "business"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "status": "new",
                 *       "priority": "low",
                 *       "category": "administrative",
                 *       "assigneeId": "665a9750-71bd-4b96-bacd-9efa4ae022dd",
                 *       "serviceId": "8f8bb40f-b96b-40fe-9064-5031fbe483f9",
                 *       "expectedUpdatedAt": "2019-08-24T14:15:22Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTicket"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "view": "customer",
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "number": "#385017264",
                     *       "subject": "string",
                     *       "status": "new",
                     *       "category": "administrative",
                     *       "details": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "followUpOf": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "mergedInto": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "attachments": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "fileName": "string",
                     *           "contentType": "string",
                     *           "size": -9007199254740991,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "messages": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "author": {
                     *             "type": "customer",
                     *             "name": "string"
                     *           },
                     *           "body": "string",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "attachments": [
                     *             {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *               "fileName": "string",
                     *               "contentType": "string",
                     *               "size": -9007199254740991,
                     *               "createdAt": "2019-08-24T14:15:22Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "serviceLevel": "best_effort",
                     *       "expectedResponseBy": "2019-08-24T14:15:22Z",
                     *       "responseGuaranteed": true,
                     *       "responseTarget": {
                     *         "minutes": 1,
                     *         "clock": "business"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "startsAt": "2019-08-24T14:15:22Z",
                     *       "endsAt": "2019-08-24T14:15:22Z",
                     *       "phone": "06 12345678"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketAppointment"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadTicketAttachment: {
        parameters: {
            query?: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                messageId?: string;
            };
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "fileName": "string",
                     *       "contentType": "string",
                     *       "size": -9007199254740991,
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/payload-too-large",
                     *       "title": "The request body is too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unsupported-media-type",
                     *       "title": "The request body has an unsupported content type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadTicketAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                attachmentId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "consents": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "kind": "customer_consent",
                     *           "description": "string",
                     *           "centsPerBlock": 1,
                     *           "vatPercent": 0,
                     *           "capBlocks": 1,
                     *           "status": "pending",
                     *           "blocksUsed": 0,
                     *           "requestedAt": "2019-08-24T14:15:22Z",
                     *           "answeredAt": "2019-08-24T14:15:22Z",
                     *           "answeredVia": "portal"
                     *         }
                     *       ],
                     *       "months": [
                     *         {
                     *           "month": "2026-11",
                     *           "billableMinutes": 0,
                     *           "billedBlocks": 0,
                     *           "invoiced": true
                     *         }
                     *       ],
                     *       "billedBlocks": 0,
                     *       "billableAllowed": true
                     *     }
                     */
                    "application/json": components["schemas"]["TicketBilling"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBillingAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "string",
                 *       "capBlocks": 1
                 *     }
                 */
                "application/json": components["schemas"]["CreateBillingAgreement"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "kind": "customer_consent",
                     *       "description": "string",
                     *       "centsPerBlock": 1,
                     *       "vatPercent": 0,
                     *       "capBlocks": 1,
                     *       "status": "pending",
                     *       "blocksUsed": 0,
                     *       "requestedAt": "2019-08-24T14:15:22Z",
                     *       "answeredAt": "2019-08-24T14:15:22Z",
                     *       "answeredVia": "portal"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingConsent"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renderCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                cannedId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "body": "Beste Anna de Vries,\n\nIn [Wachtwoord vergeten](https://support.example.nl/faq/wachtwoord-vergeten) staat stap voor stap hoe u een nieuw wachtwoord kiest.\n\nMet vriendelijke groet",
                     *       "actions": {
                     *         "status": "new",
                     *         "priority": "low",
                     *         "category": "administrative"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RenderedCannedReply"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConsentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "description": "string",
                 *       "capBlocks": 1
                 *     }
                 */
                "application/json": components["schemas"]["CreateConsentRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "kind": "customer_consent",
                     *       "description": "string",
                     *       "centsPerBlock": 1,
                     *       "vatPercent": 0,
                     *       "capBlocks": 1,
                     *       "status": "pending",
                     *       "blocksUsed": 0,
                     *       "requestedAt": "2019-08-24T14:15:22Z",
                     *       "answeredAt": "2019-08-24T14:15:22Z",
                     *       "answeredVia": "portal"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingConsent"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerConsentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                consentId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "answer": "accepted"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerConsent"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "kind": "customer_consent",
                     *       "description": "string",
                     *       "centsPerBlock": 1,
                     *       "vatPercent": 0,
                     *       "capBlocks": 1,
                     *       "status": "pending",
                     *       "blocksUsed": 0,
                     *       "requestedAt": "2019-08-24T14:15:22Z",
                     *       "answeredAt": "2019-08-24T14:15:22Z",
                     *       "answeredVia": "portal"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingConsent"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "type": "string",
                     *           "actor": {
                     *             "type": "guest",
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string",
                     *             "apiToken": true
                     *           },
                     *           "before": null,
                     *           "after": null,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketEventList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "number": "#385017264",
                     *           "subject": "string",
                     *           "status": "new"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LinkedTicketList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ticketId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                 *     }
                 */
                "application/json": components["schemas"]["LinkTicket"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "number": "#385017264",
                     *           "subject": "string",
                     *           "status": "new"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LinkedTicketList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                otherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "number": "#385017264",
                     *           "subject": "string",
                     *           "status": "new"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LinkedTicketList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "targetTicketId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                 *     }
                 */
                "application/json": components["schemas"]["MergeTicket"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "view": "customer",
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "number": "#385017264",
                     *       "subject": "string",
                     *       "status": "new",
                     *       "category": "administrative",
                     *       "details": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "updatedAt": "2019-08-24T14:15:22Z",
                     *       "followUpOf": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "mergedInto": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       },
                     *       "attachments": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "fileName": "string",
                     *           "contentType": "string",
                     *           "size": -9007199254740991,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "messages": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "author": {
                     *             "type": "customer",
                     *             "name": "string"
                     *           },
                     *           "body": "string",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "attachments": [
                     *             {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *               "fileName": "string",
                     *               "contentType": "string",
                     *               "size": -9007199254740991,
                     *               "createdAt": "2019-08-24T14:15:22Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "serviceLevel": "best_effort",
                     *       "expectedResponseBy": "2019-08-24T14:15:22Z",
                     *       "responseGuaranteed": true,
                     *       "responseTarget": {
                     *         "minutes": 1,
                     *         "clock": "business"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "body": "Dank u, we kijken ernaar en laten het vandaag weten.",
                 *       "internal": false,
                 *       "attachments": [
                 *         "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                 *       ],
                 *       "expectedLastMessageId": "fe2cbde3-55bb-454f-848f-0870790b111b"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTicketMessage"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "author": {
                     *           "type": "customer",
                     *           "name": "string"
                     *         },
                     *         "body": "string",
                     *         "createdAt": "2019-08-24T14:15:22Z",
                     *         "attachments": [
                     *           {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "fileName": "string",
                     *             "contentType": "string",
                     *             "size": -9007199254740991,
                     *             "createdAt": "2019-08-24T14:15:22Z"
                     *           }
                     *         ]
                     *       },
                     *       "followUp": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "number": "#385017264"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketMessageCreated"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/idempotency-mismatch",
                     *       "title": "Idempotency key reused with a different request",
                     *       "status": 422,
                     *       "code": "idempotency_mismatch",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    splitTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "subject": "Tweede vraag: e-mail op de telefoon instellen"
                 *     }
                 */
                "application/json": components["schemas"]["SplitTicketMessage"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "number": "#385017264"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketSplit"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "viewers": [
                     *         {
                     *           "staffId": "5eb948b0-6e3c-44ad-8484-899600499f5d",
                     *           "name": "string",
                     *           "typing": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        viewers: {
                            name: string;
                            /** Format: uuid */
                            staffId: string;
                            typing: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beatTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "typing": true
                 *     }
                 */
                "application/json": components["schemas"]["PresenceHeartbeat"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "viewers": [
                     *         {
                     *           "staffId": "5eb948b0-6e3c-44ad-8484-899600499f5d",
                     *           "name": "string",
                     *           "typing": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        viewers: {
                            name: string;
                            /** Format: uuid */
                            staffId: string;
                            typing: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketNumber": "string",
                     *       "rating": {
                     *         "score": "good",
                     *         "comment": "string",
                     *         "ratedAt": "2019-08-24T14:15:22Z",
                     *         "changeableUntil": "2019-08-24T14:15:22Z",
                     *         "reviewToken": "string",
                     *         "reviewClicks": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketRatingState"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "score": "good",
                 *       "comment": "string"
                 *     }
                 */
                "application/json": components["schemas"]["RateTicket"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketNumber": "string",
                     *       "rating": {
                     *         "score": "good",
                     *         "comment": "string",
                     *         "ratedAt": "2019-08-24T14:15:22Z",
                     *         "changeableUntil": "2019-08-24T14:15:22Z",
                     *         "reviewToken": "string",
                     *         "reviewClicks": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketRatingState"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateTicketByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstri"
                 *     }
                 */
                "application/json": components["schemas"]["RatingLink"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketNumber": "string",
                     *       "rating": {
                     *         "score": "good",
                     *         "comment": "string",
                     *         "ratedAt": "2019-08-24T14:15:22Z",
                     *         "changeableUntil": "2019-08-24T14:15:22Z",
                     *         "reviewToken": "string",
                     *         "reviewClicks": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketRatingState"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/rating-link-expired",
                     *       "title": "This rating link has expired",
                     *       "status": 410,
                     *       "code": "rating_link_expired",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commentTicketRatingByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "stringstri",
                 *       "comment": "string"
                 *     }
                 */
                "application/json": components["schemas"]["RatingLinkComment"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketNumber": "string",
                     *       "rating": {
                     *         "score": "good",
                     *         "comment": "string",
                     *         "ratedAt": "2019-08-24T14:15:22Z",
                     *         "changeableUntil": "2019-08-24T14:15:22Z",
                     *         "reviewToken": "string",
                     *         "reviewClicks": -9007199254740991
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketRatingState"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/rating-link-expired",
                     *       "title": "This rating link has expired",
                     *       "status": 410,
                     *       "code": "rating_link_expired",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    snoozeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "snoozedUntil": "2026-12-01T09:00:00+01:00"
                 *     }
                 */
                "application/json": components["schemas"]["TicketSnooze"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "snoozedUntil": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketSnoozed"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "date": "2019-08-24",
                     *           "billingMonth": "2026-11",
                     *           "minutes": -9007199254740991,
                     *           "billable": true,
                     *           "note": "string",
                     *           "loggedBy": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string"
                     *           },
                     *           "invoiced": true,
                     *           "createdAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "billing": {
                     *         "billableMinutes": 0,
                     *         "billedBlocks": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TimeEntryList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "minutes": 1,
                 *       "billable": true,
                 *       "note": "string",
                 *       "date": "2019-08-24"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTimeEntry"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "date": "2019-08-24",
                     *       "billingMonth": "2026-11",
                     *       "minutes": -9007199254740991,
                     *       "billable": true,
                     *       "note": "string",
                     *       "loggedBy": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "string"
                     *       },
                     *       "invoiced": true,
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                entryId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                entryId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "minutes": 1,
                 *       "billable": true,
                 *       "note": "string",
                 *       "date": "2019-08-24"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTimeEntry"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "date": "2019-08-24",
                     *       "billingMonth": "2026-11",
                     *       "minutes": -9007199254740991,
                     *       "billable": true,
                     *       "note": "string",
                     *       "loggedBy": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "name": "string"
                     *       },
                     *       "invoiced": true,
                     *       "createdAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/conflict",
                     *       "title": "Conflict with the current state",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUpdateTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ticketIds": [
                 *         "5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13",
                 *         "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                 *       ],
                 *       "change": {
                 *         "status": "pending",
                 *         "priority": "high"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BulkTicketChange"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "ok": true,
                     *           "problem": {
                     *             "status": -9007199254740991,
                     *             "code": "validation_failed",
                     *             "detail": "string"
                     *           }
                     *         }
                     *       ],
                     *       "changed": -9007199254740991,
                     *       "failed": -9007199254740991
                     *     }
                     */
                    "application/json": components["schemas"]["BulkTicketResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTickets: {
        parameters: {
            query?: {
                /** @example me */
                assignee?: "me" | "none" | string;
                /** @example true */
                breached?: "true" | "false";
                /**
                 * @example [
                 *       "administrative"
                 *     ]
                 */
                category?: ("administrative" | "billing" | "cancellation" | "technical" | "remote_support" | "callback" | "other")[];
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                customer?: string;
                /** @example today */
                due?: "today";
                /**
                 * @example [
                 *       "low"
                 *     ]
                 */
                priority?: ("low" | "normal" | "high" | "urgent")[];
                /** @example string */
                q?: string;
                /** @example true */
                snoozed?: "true" | "false";
                /**
                 * @example [
                 *       "new"
                 *     ]
                 */
                status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                /** @example 2026-11-28T09:00:00Z */
                updated_since?: string;
                /** @example true */
                verified?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 0,
                     *       "views": {
                     *         "mine": 0,
                     *         "unassigned": 0,
                     *         "open": 0,
                     *         "waiting": 0,
                     *         "snoozed": 0,
                     *         "solved": 0
                     *       },
                     *       "sla": {
                     *         "breached": 0,
                     *         "dueToday": 0
                     *       },
                     *       "cap": 0,
                     *       "capped": {
                     *         "total": true,
                     *         "views": {
                     *           "mine": true,
                     *           "unassigned": true,
                     *           "open": true,
                     *           "waiting": true,
                     *           "snoozed": true,
                     *           "solved": true
                     *         },
                     *         "sla": {
                     *           "breached": true,
                     *           "dueToday": true
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TicketCounts"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportTickets: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "view": "staff",
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "number": "#385017264",
                     *           "subject": "string",
                     *           "status": "new",
                     *           "category": "administrative",
                     *           "priority": "low",
                     *           "requester": {
                     *             "customerId": "87d8e330-2878-4742-a86f-dbbb3bf522ac",
                     *             "name": "string",
                     *             "email": "string",
                     *             "verified": true
                     *           },
                     *           "assignee": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *             "name": "string"
                     *           },
                     *           "sla": {
                     *             "level": "best_effort",
                     *             "firstResponseDueAt": "2019-08-24T14:15:22Z",
                     *             "nextResponseDueAt": "2019-08-24T14:15:22Z",
                     *             "resolutionDueAt": "2019-08-24T14:15:22Z",
                     *             "breached": [
                     *               "first_response"
                     *             ],
                     *             "paused": true
                     *           },
                     *           "snoozedUntil": "2019-08-24T14:15:22Z",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "updatedAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ],
                     *       "nextCursor": "string",
                     *       "hasMore": true,
                     *       "settledBefore": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketExportPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stageUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                     *       "name": "string",
                     *       "size": -9007199254740991,
                     *       "contentType": "string",
                     *       "expiresAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StagedUpload"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/payload-too-large",
                     *       "title": "The request body is too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unsupported-media-type",
                     *       "title": "The request body has an unsupported content type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "url": "https://crm.example.com/hooks/helpdesk",
                     *           "events": [
                     *             "ticket.created"
                     *           ],
                     *           "role": "agent",
                     *           "secretStart": "whsec_Zm9v",
                     *           "createdAt": "2019-08-24T14:15:22Z",
                     *           "failingSince": "2019-08-24T14:15:22Z",
                     *           "disabledAt": "2019-08-24T14:15:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": "https://crm.example.com/hooks/helpdesk",
                 *       "events": [
                 *         "ticket.created"
                 *       ],
                 *       "role": "agent",
                 *       "secret": "stringstringstringstring"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhook": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *         "url": "https://crm.example.com/hooks/helpdesk",
                     *         "events": [
                     *           "ticket.created"
                     *         ],
                     *         "role": "agent",
                     *         "secretStart": "whsec_Zm9v",
                     *         "createdAt": "2019-08-24T14:15:22Z",
                     *         "failingSince": "2019-08-24T14:15:22Z",
                     *         "disabledAt": "2019-08-24T14:15:22Z"
                     *       },
                     *       "secret": "whsec_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "events": [
                 *         "ticket.created"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "url": "https://crm.example.com/hooks/helpdesk",
                     *       "events": [
                     *         "ticket.created"
                     *       ],
                     *       "role": "agent",
                     *       "secretStart": "whsec_Zm9v",
                     *       "createdAt": "2019-08-24T14:15:22Z",
                     *       "failingSince": "2019-08-24T14:15:22Z",
                     *       "disabledAt": "2019-08-24T14:15:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @example string */
                cursor?: string;
                /** @example 25 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "event": "ticket.created",
                     *           "ticketId": "e3e3e8ea-b02a-4536-85a2-a9c90f4ee74f",
                     *           "occurredAt": "2019-08-24T14:15:22Z",
                     *           "status": "pending",
                     *           "nextAttemptAt": "2019-08-24T14:15:22Z",
                     *           "deliveredAt": "2019-08-24T14:15:22Z",
                     *           "attempts": [
                     *             {
                     *               "attemptedAt": "2019-08-24T14:15:22Z",
                     *               "statusCode": -9007199254740991,
                     *               "durationMs": 0,
                     *               "error": "string",
                     *               "responseExcerpt": "string"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                deliveryId: string;
                /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this user or API token: wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window ends */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "too_many_requests",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://helpdesk.invalid/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "requestId": "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
