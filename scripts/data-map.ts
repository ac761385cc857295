// `pnpm docs:data-map`: writes the data map (what personal data is stored, where, how long, who sees
// it) into the README, from the list the code keeps (apps/api/src/modules/privacy/data-map.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataMapMarkdown } from "../apps/api/src/modules/privacy/data-map.ts";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const start = "<!-- data-map:start -->";
const end = "<!-- data-map:end -->";
const text = readFileSync(readme, "utf8");
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
writeFileSync(readme, `${text.slice(0, from + start.length)}\n${dataMapMarkdown()}\n${text.slice(to)}`);
console.log("README.md: data map written");
