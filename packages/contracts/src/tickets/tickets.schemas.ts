// The tickets' schemas, by topic: what a ticket is made of, the fields each category asks for,
// filing one, what customers and staff see, the list's queries, and later changes.
export * from "./ticket-attributes.ts";
export * from "./ticket-bulk-changes.ts";
export * from "./ticket-category-details.ts";
export * from "./ticket-changes.ts";
export * from "./ticket-creation.ts";
export * from "./ticket-merges.ts";
export * from "./ticket-queries.ts";
export * from "./ticket-views.ts";
