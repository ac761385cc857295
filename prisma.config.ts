// Prisma CLI configuration (Prisma 7 reads the connection from here, not from the schema).
// Only `prisma generate` is run through the CLI; migrations go through packages/db-tools.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
