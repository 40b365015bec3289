// Meilisearch killed (SIGKILL) in the middle of a crawl and started again seconds later at the
// same address: the crawler waits, retries its writes with logged backoff, finishes, and the
// index holds every project page once.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { loadConfig } from "../../config/config.js";
import { crawlSource, type CrawlReport } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import { IndexingError } from "../../indexer/indexer.js";
import { makeTempDir } from "../support/hooks.js";
import { serveGeneratedSite } from "../support/generated-site.js";
import { memoryLogger } from "../support/memory-logger.js";
import { indexerOn } from "../support/search-stack.js";
import { startStandaloneMeili } from "../support/standalone-meili.js";
import { indexedUrls } from "./support.js";

describe("fault: Meilisearch killed and restarted during a crawl", function () {
  this.timeout(300_000);

  it("waits for the engine, retries, and loses nothing", async function () {
    const site = await serveGeneratedSite({ projects: 300, delayMs: 3 });
    const meiliDir = await makeTempDir("away-meili");
    const dataDir = await makeTempDir("away");
    const meili = await startStandaloneMeili(meiliDir);
    try {
      const { client, indexer } = await indexerOn(meili);
      await indexer.ensureIndex();
      const config = await loadConfig({});
      const settings = { ...config.crawler, delayMs: 0, concurrency: 1, retries: 1, retryBaseMs: 10 };
      const { logger, records } = memoryLogger();
      const crawl = crawlSource(
        { name: "away", startUrls: [`${site.origin}/`], delayMs: 0 },
        {
          fetchPage: createFetcher(settings),
          fetchText: createTextFetcher(settings),
          vocabularies: await loadVocabularies(),
          upsert: indexer.upsert,
          removePages: (urls) => indexer.removePages(urls),
          isPermanentError: (error) => error instanceof IndexingError,
          batchSize: 50,
          logger,
          now: () => new Date(),
          settings,
          dataDir,
        },
      );
      // Down after the first batches, while pages are still being fetched; up again 4 s later.
      while (site.requests.length < 120) await new Promise((resolve) => setTimeout(resolve, 10));
      await meili.kill();
      const downAt = site.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 4000));
      const fetchedWhileDown = site.requests.length - downAt;
      await meili.start();
      const report: CrawlReport = await crawl;

      const retries = records.filter((record) => String(record.msg).includes("retrying"));
      expect(retries.length, "each failed attempt is logged").to.be.greaterThan(0);
      expect(fetchedWhileDown, "the crawl waits instead of fetching on").to.be.lessThan(60);
      expect(report.projectsIndexed).to.equal(300);
      const urls = await indexedUrls(client, "projects");
      expect(urls).to.deep.equal(site.projectUrls().sort());
    } finally {
      await meili.stop();
      await site.close();
      await rm(meiliDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
