// What retention (privacy) may do with the FAQ's suggestion events: delete those past their period.
export { deleteEventsBefore as deleteSuggestionEventsBefore } from "./faq-usage.repository.ts";
