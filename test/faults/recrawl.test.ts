// Re-crawls of a site without a sitemap, whose list pages answer 304: the links of those pages
// are read from their stored copies, so an edited project page is updated, and a deleted one
// (still linked, or no longer linked) leaves the index after two crawls that find it gone.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { loadConfig } from "../../config/config.js";
import { crawlSource, type CrawlReport } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { loadVocabularies, type Vocabularies } from "../../crawlers/vocabulary.js";
import { silentLogger } from "../../core/logger.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { serveGeneratedSite, type GeneratedSite } from "../support/generated-site.js";
import { searchStack } from "../support/search-stack.js";
import { dropIndex, indexedUrls } from "./support.js";

describe("fault: re-crawls see every change behind pages that answer 304", function () {
  this.timeout(180_000);
  let site: GeneratedSite;
  let dataDir: string;
  let vocabularies: Vocabularies;
  const index = uniqueIndexName("recrawl");

  before(async function () {
    site = await serveGeneratedSite({ projects: 60 });
    dataDir = await makeTempDir("recrawl");
    vocabularies = await loadVocabularies();
  });
  after(async function () {
    await site.close();
    await rm(dataDir, { recursive: true, force: true });
    await dropIndex(testEngine().client, index);
  });

  async function crawl(): Promise<CrawlReport> {
    const { indexer } = await searchStack(index);
    await indexer.ensureIndex();
    const settings = { ...(await loadConfig({})).crawler, delayMs: 0 };
    return crawlSource(
      { name: "recrawl", startUrls: [`${site.origin}/`], delayMs: 0 },
      {
        fetchPage: createFetcher(settings),
        fetchText: createTextFetcher(settings),
        vocabularies,
        upsert: indexer.upsert,
        removePages: (urls) => indexer.removePages(urls),
        logger: silentLogger(),
        now: () => new Date(),
        settings,
        dataDir,
      },
    );
  }
  const record = async (n: number) =>
    testEngine()
      .client.index(index)
      .getDocuments({ filter: `sourceUrls = "${site.origin}/hankkeet/hanke-${n}.html"` })
      .then(({ results }) => results[0]);

  it("updates an edited page and drops deleted ones after two misses", async function () {
    const first = await crawl();
    expect(first.projectsIndexed).to.equal(60);
    site.edit(5, "Sitra");
    site.remove(6);
    site.remove(7, { unlink: true });

    const second = await crawl();
    expect(second.notModified, "list pages and unchanged pages answer 304").to.be.greaterThan(50);
    expect(second.changedProjects).to.equal(1);
    expect(JSON.stringify(await record(5))).to.contain("Sitra");
    expect(second.notFound.map((url) => new URL(url).pathname).sort()).to.deep.equal([
      "/hankkeet/hanke-6.html",
      "/hankkeet/hanke-7.html",
    ]);
    expect(await indexedUrls(testEngine().client, index)).to.have.length(60);

    const third = await crawl();
    expect(third.removedProjects).to.equal(2);
    expect(await indexedUrls(testEngine().client, index)).to.deep.equal(site.projectUrls().sort());
  });
});
