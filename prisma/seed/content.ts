// `pnpm db:seed:content`: only the product content (the FAQ), safe in production. Docker runs it at
// every start; it adds what is missing and leaves what staff edited.
import { withDevDatabase } from "@helpdesk/db-tools";
import { createDatabase } from "../../apps/api/src/db/prisma.ts";
import { importFaqContent } from "./faq/import-faq.ts";

await withDevDatabase(async (url) => {
  const db = createDatabase(url);
  try {
    const faq = await importFaqContent(db);
    console.log(
      faq.articlesCreated.length
        ? `Imported ${faq.articlesCreated.length} FAQ articles`
        : "FAQ articles already present",
    );
  } finally {
    await db.$disconnect();
  }
});
