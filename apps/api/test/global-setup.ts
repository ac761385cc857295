// One migrated template database per run (on DATABASE_URL's server, or an embedded one); see
// test/database-per-file.ts for the per-file clones.
export { default } from "@helpdesk/db-tools/vitest-global-setup";
