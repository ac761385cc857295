// What the rest of the API uses of service levels: the clock rules, the level and targets a ticket
// gets, and the business calendar.
export * from "./business-calendar.ts";
export * from "./service-level-rules.ts";
export * from "./sla-clock.ts";
