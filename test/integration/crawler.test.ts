// The crawler against a local site that misbehaves on purpose: robots.txt, retries with
// backoff and Retry-After, limits on time, size, redirects and types, charsets, conditional GET,
// pages that disappear, the archive with a torn record, a rebuild from the archive with no
// network, and a crawl process killed mid-run and resumed.

import { spawn } from "node:child_process";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { applyEnv, loadConfig, type Config, type SourceConfig } from "../../config/config.js";
import { archiveDir, decodeRecords, encodeRecord, readArchives } from "../../crawlers/archive.js";
import { crawlSource, type CrawlReport } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { createPoliteness } from "../../crawlers/politeness.js";
import { loadVocabularies, type Vocabularies } from "../../crawlers/vocabulary.js";
import { silentLogger } from "../../core/logger.js";
import type { Project } from "../../core/project.js";
import { indexFromArchive } from "../../app/archive-rebuild.js";
import { createPipeline } from "../../app/pipeline.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { serveMisbehavingSite, type MisbehavingSite } from "../support/misbehaving-site.js";
import { FIXTURE_ORIGIN, FIXTURE_SITE } from "../support/paths.js";
import { searchStack } from "../support/search-stack.js";
import { serveStaticSite } from "../support/static-site.js";

describe("crawler against a misbehaving site", function () {
  this.timeout(60_000);
  let site: MisbehavingSite;
  let vocabularies: Vocabularies;
  let config: Config;
  const sleeps: number[] = [];

  before(async function () {
    site = await serveMisbehavingSite();
    vocabularies = await loadVocabularies();
    const base = await loadConfig({});
    const { url, masterKey } = testEngine();
    config = applyEnv(
      {
        ...base,
        dataDir: await makeTempDir("crawler"),
        crawler: {
          ...base.crawler,
          // Under the slow page's 2 s, and far over a loaded CI machine's slowest answer to a quick one.
          timeoutMs: 1_500,
          maxBodyBytes: 1_000_000,
          retries: 2,
          retryBaseMs: 10,
          delayMs: 0,
          maxRedirects: 5,
        },
        meili: { url, masterKey, index: uniqueIndexName("crawler") },
        sources: [{ name: "misbehaving", startUrls: [`${site.origin}/index.html`], delayMs: 0 }],
      },
      {},
      process.cwd(),
    );
  });

  after(async function () {
    await site.close();
    await rm(config.dataDir, { recursive: true, force: true });
    await testEngine()
      .client.deleteIndex(config.meili.index)
      .waitTask()
      .catch(() => {});
  });

  async function crawl(indexed: Map<string, Project>): Promise<CrawlReport> {
    return crawlSource(config.sources[0]!, {
      // Recorded, not waited for: the test checks the delays asked for without spending them.
      fetchPage: createFetcher(config.crawler, {
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
      }),
      fetchText: createTextFetcher(config.crawler),
      vocabularies,
      upsert: (projects) => {
        for (const project of projects) indexed.set(project.id, project);
        return Promise.resolve();
      },
      removePages: (urls) => {
        for (const [id, project] of indexed) if (urls.includes(project.sources[0]!.url)) indexed.delete(id);
        return Promise.resolve();
      },
      logger: silentLogger(),
      now: () => new Date("2026-11-23T12:00:00Z"),
      settings: config.crawler,
      dataDir: config.dataDir,
    });
  }

  describe("a first crawl", function () {
    const indexed = new Map<string, Project>();
    let report: CrawlReport;
    const titles = () => [...indexed.values()].map((project) => project.title).sort();
    const failure = (page: string) => report.failed.find((entry) => entry.url.endsWith(page))?.reason;

    before(async function () {
      report = await crawl(indexed);
    });

    it("obeys robots.txt and names itself with a contact URL", function () {
      expect(site.requests.some((request) => request.path.startsWith("/yksityinen/"))).to.equal(false);
      expect(report.disallowed).to.deep.equal([`${site.origin}/yksityinen/salainen.html`]);
      for (const request of site.requests)
        expect(request.headers["user-agent"]).to.match(/^HankehakuBot\/[\d.]+ \(\+https?:\/\/\S+\/bot;/);
    });

    it("retries a 500 and a 429, waiting as long as Retry-After asks", function () {
      expect(site.requests.filter((request) => request.path === "/epavakaa.html")).to.have.length(2);
      expect(site.requests.filter((request) => request.path === "/kiireinen.html")).to.have.length(2);
      expect(
        sleeps.some((ms) => ms >= 2000),
        `slept ${sleeps.join(", ")} ms`,
      ).to.equal(true);
      expect(titles()).to.include.members(["Epävakaa hanke", "Kiireinen hanke"]);
    });

    it("gives up on a page that never answers in time, after its retries", function () {
      expect(site.requests.filter((request) => request.path === "/hidas.html")).to.have.length(3);
      expect(failure("/hidas.html")).to.contain("no answer within 1500 ms");
    });

    it("stops a redirect loop, a 50 MB body, a gzip bomb and a page that is not HTML", function () {
      expect(failure("/silmukka.html")).to.contain("more than 5 redirects");
      expect(failure("/valtava.html")).to.contain("over the 1000000-byte limit");
      expect(failure("/pommi.html")).to.contain("over the 1000000-byte limit");
      expect(failure("/vaara-tyyppi.html")).to.contain("not HTML (application/pdf)");
    });

    it("reads a Latin-1 page with correct ä, ö and å", function () {
      const latin = [...indexed.values()].find((project) => project.url.endsWith("/latin1.html"))!;
      expect(latin.title).to.equal("Päijät-Hämeen hyvinvointihanke");
      expect(latin.description).to.contain("Päijät-Hämeessä ja Åland-yhteistyössä");
      expect(latin.regions).to.deep.equal(["Päijät-Häme"]);
    });

    it("indexes every good page despite the bad ones", function () {
      expect(titles()).to.deep.equal(
        [
          "Epävakaa hanke",
          "Etag-hanke",
          "Hanke 1",
          "Hanke 2",
          "Hanke 3",
          "Katoava hanke",
          "Kiireinen hanke",
          "Päijät-Hämeen hyvinvointihanke",
        ].sort(),
      );
      expect(report.newProjects).to.equal(8);
    });

    it("archives every response it received, and a torn record costs only itself", async function () {
      const [archive] = await readArchives(config.dataDir);
      const paths = archive!.records.map((record) => new URL(record.requestedUrl).pathname);
      expect(paths).to.include.members(["/index.html", "/hanke-1.html", "/etag.html", "/latin1.html"]);
      const latin = archive!.records.find((record) => record.requestedUrl.endsWith("/latin1.html"))!;
      expect(latin.status).to.equal(200);
      expect(latin.headers["content-type"]).to.equal("text/html; charset=ISO-8859-1");
      // A crash mid-write leaves half a record at the end of the file.
      const file = path.join(archiveDir(config.dataDir), "misbehaving.hha");
      const whole = encodeRecord({ ...latin, requestedUrl: `${site.origin}/torn.html` });
      await appendFile(file, whole.subarray(0, whole.length - 7));
      const decoded = decodeRecords(await readFile(file));
      expect(decoded.records).to.have.length(archive!.records.length);
      expect(decoded.skippedBytes).to.equal(whole.length - 7);
      // Damage inside the file costs only the damaged record, too.
      const damaged = Buffer.concat([encodeRecord(latin), Buffer.from("roskaa"), encodeRecord(latin)]);
      damaged.writeUInt8(damaged.readUInt8(20) ^ 0xff, 20);
      expect(decodeRecords(damaged).records).to.have.length(1);
    });
  });

  describe("re-crawls", function () {
    it("asks with the ETag and counts a 304 as unchanged; drops a page only when it is gone twice", async function () {
      const indexed = new Map<string, Project>();
      await crawl(indexed);
      const before = site.requests.length;
      site.removeVanishingPage();
      const second = await crawl(indexed);
      const etag = site.requests.slice(before).find((request) => request.path === "/etag.html")!;
      expect(etag.headers["if-none-match"]).to.equal('"v1"');
      expect(second.notModified).to.be.at.least(1);
      expect(
        [...indexed.values()].map((project) => project.title),
        "a page gone once stays",
      ).to.include("Katoava hanke");
      const third = await crawl(indexed);
      expect(third.removedProjects).to.equal(1);
      expect([...indexed.values()].map((project) => project.title)).to.not.include("Katoava hanke");
    });

    it("rebuilds the index from the archive alone, with no network", async function () {
      const engine = { client: testEngine().client, url: testEngine().url, embedded: false, stop: async () => {} };
      const pipeline = await createPipeline(config, engine, silentLogger());
      const { count } = await indexFromArchive(config, pipeline, silentLogger());
      const { search } = await searchStack(config.meili.index);
      const result = await search.search({ q: "", filters: {}, sort: "newest", page: 1, hitsPerPage: 50 });
      expect(count).to.equal(7);
      expect(result.hits.map((hit) => hit.title)).to.include.members([
        "Hanke 1",
        "Päijät-Hämeen hyvinvointihanke",
        "Etag-hanke",
      ]);
      expect(
        result.hits.map((hit) => hit.title),
        "the page gone twice stays out",
      ).to.not.include("Katoava hanke");
    });
  });
});

describe("crawl killed mid-run and resumed", function () {
  this.timeout(90_000);

  it("does not fetch finished pages again and makes no duplicate records", async function () {
    const site = await serveMisbehavingSite();
    const dataDir = await makeTempDir("resume");
    const indexName = uniqueIndexName("resume");
    const { url, masterKey } = testEngine();
    const source: SourceConfig = {
      name: "resume",
      startUrls: [`${site.origin}/index.html`],
      delayMs: 0,
      // The well-behaved pages only, so the run is about resuming.
      include: ["/hanke-\\d\\.html$", "/latin1\\.html$", "/etag\\.html$", "/katoava\\.html$"],
    };
    const configFile = path.join(dataDir, "config.json");
    await writeFile(
      configFile,
      JSON.stringify({
        sampleCorpus: false,
        sources: [source],
        crawler: { concurrency: 1 },
        meili: { index: indexName },
      }),
    );
    const env = {
      ...process.env,
      HANKEHAKU_CONFIG: configFile,
      HANKEHAKU_DATA_DIR: dataDir,
      MEILI_URL: url,
      MEILI_MASTER_KEY: masterKey,
      LOG_LEVEL: "warn",
    };
    // Pages answer slowly, so the crawl is surely still running when it is killed.
    site.setPageDelay(300);
    const crawlProcess = () =>
      spawn(process.execPath, ["--import", "tsx", "app/cli.ts", "crawl", "--source", "resume"], {
        env,
        stdio: "ignore",
      });
    try {
      const first = crawlProcess();
      const pageRequests = () => site.requests.filter((request) => /hanke-|latin1|etag|katoava/.test(request.path));
      while (pageRequests().length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      first.kill("SIGKILL");
      await new Promise((resolve) => first.once("exit", resolve));
      const frontierLog = await readFile(path.join(dataDir, "frontier", "resume.log"), "utf8");
      const finished = frontierLog
        .split("\n")
        .filter((line) => line.startsWith("F "))
        .map((line) => new URL(line.slice(2)).pathname);
      expect(finished.length, "some pages were finished before the kill").to.be.greaterThan(0);
      const before = site.requests.length;

      site.setPageDelay(0);
      const second = crawlProcess();
      const code = await new Promise((resolve) => second.once("exit", resolve));
      expect(code).to.equal(0);
      const refetched = site.requests
        .slice(before)
        .map((request) => request.path)
        .filter((requested) => finished.includes(requested));
      expect(refetched, "pages finished before the kill are not fetched again").to.deep.equal([]);

      const documents = await testEngine()
        .client.index(indexName)
        .getDocuments({ limit: 100, fields: ["url"] });
      const urls = documents.results.map((document) => document.url as string).sort();
      expect(urls).to.deep.equal([...new Set(urls)]);
      expect(urls.map((indexed) => new URL(indexed).pathname)).to.deep.equal([
        "/etag.html",
        "/hanke-1.html",
        "/hanke-2.html",
        "/hanke-3.html",
        "/katoava.html",
        "/latin1.html",
      ]);
    } finally {
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
      await testEngine()
        .client.deleteIndex(indexName)
        .waitTask()
        .catch(() => {});
    }
  });
});

describe("sitemaps", function () {
  it("skips a page whose sitemap lastmod is older than the copy from the last crawl", async function () {
    const site = await serveStaticSite(FIXTURE_SITE, { writtenForOrigin: FIXTURE_ORIGIN });
    const dataDir = await makeTempDir("lastmod");
    try {
      const config = await loadConfig({});
      const vocabularies = await loadVocabularies();
      const run = () =>
        crawlSource(
          { name: "fixtures", startUrls: [`${site.origin}/index.html`], delayMs: 0 },
          {
            fetchPage: createFetcher(config.crawler),
            fetchText: createTextFetcher(config.crawler),
            vocabularies,
            upsert: async () => {},
            logger: silentLogger(),
            now: () => new Date(),
            settings: config.crawler,
            dataDir,
          },
        );
      const first = await run();
      expect(first.projectsIndexed).to.equal(5);
      const before = site.requests.length;
      const second = await run();
      expect(second.unchangedBySitemap).to.equal(5);
      expect(site.requests.slice(before).filter((requested) => requested === "/muutos-nyt.html")).to.deep.equal([]);
    } finally {
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("politeness", function () {
  it("keeps requests to one host apart and lets other hosts run meanwhile", async function () {
    const started: { host: string; at: number }[] = [];
    const polite = createPoliteness({ concurrency: 2, delayFor: () => 100 });
    const t0 = performance.now();
    const job = (host: string) =>
      polite.run(host, async () => {
        started.push({ host, at: performance.now() - t0 });
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    await Promise.all([job("a"), job("a"), job("a"), job("b"), job("b")]);
    const a = started.filter((entry) => entry.host === "a").map((entry) => entry.at);
    const b = started.filter((entry) => entry.host === "b").map((entry) => entry.at);
    expect(a[1]! - a[0]!).to.be.at.least(95);
    expect(a[2]! - a[1]!).to.be.at.least(95);
    expect(b[0]!, "host b does not wait for host a").to.be.below(50);
  });
});
