// The child process of bench/memory.bench.ts: crawls one local site into a no-op index and
// prints its peak RSS in bytes (process.resourceUsage().maxRSS). With "idle" it only loads the
// same modules, the baseline.
// Usage: node --import tsx bench/memory-crawl.ts <origin|idle> <maxPages>

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../config/config.js";
import { silentLogger } from "../core/logger.js";
import { crawlSource } from "../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../crawlers/fetcher.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";

const [origin = "idle", maxPages = "2000"] = process.argv.slice(2);
const vocabularies = await loadVocabularies();
let pages = 0;
if (origin !== "idle") {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-memory-"));
  const settings = { ...(await loadConfig({})).crawler, delayMs: 0, maxPages: Number(maxPages) };
  const report = await crawlSource(
    { name: "memory", startUrls: [`${origin}/`], delayMs: 0 },
    {
      fetchPage: createFetcher(settings),
      fetchText: createTextFetcher(settings),
      vocabularies,
      upsert: async () => {},
      logger: silentLogger(),
      now: () => new Date(),
      settings,
      dataDir,
    },
  );
  pages = report.pagesFetched;
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, pages }) + "\n");
