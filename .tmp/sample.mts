import { readFile, mkdtemp } from "node:fs/promises";
import { crawlSource } from "../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../crawlers/fetcher.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { loadConfig } from "../config/config.js";
import { silentLogger } from "../core/logger.js";
import { sampleSource, withSampleSite } from "../app/sample-source.js";
import { SAMPLE_PROJECTS } from "../sample-corpus/projects.js";
const config = await loadConfig({});
const settings = { ...config.crawler, delayMs: 0 };
const records = new Map<string, any>();
const vocabularies = await loadVocabularies(); const dataDir = await mkdtemp("/tmp/x/s");
await withSampleSite((origin) => crawlSource({ ...sampleSource(3000), startUrls: [`${origin}/index.html`] }, {
  fetchPage: createFetcher(settings), fetchText: createTextFetcher(settings), vocabularies,
  upsert: async (ps) => ps.forEach((p) => records.set(p.id, p)), logger: silentLogger(), now: () => new Date(), settings,
  dataDir,
}));
const gold = JSON.parse(await readFile("sample-corpus/gold.json", "utf8")) as { page: string; title: string }[];
const goldPages = new Set(gold.map((g) => g.page));
const paths = [...records.values()].map((r) => new URL(r.url).pathname.replace(/^\//, ""));
console.log(records.size, SAMPLE_PROJECTS.length, gold.length);
console.log("not in gold (and not top-level):", paths.filter((p) => p.includes("/") && !goldPages.has(p)));
console.log("gold missing:", [...goldPages].filter((p) => !paths.includes(p)));
const titles = new Map<string, string[]>(); for (const r of records.values()) titles.set(r.title, [...(titles.get(r.title) ?? []), r.url]);
console.log("dup titles:", [...titles].filter(([, u]) => u.length > 1));
