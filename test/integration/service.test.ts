// `npm start` in small: the service with the sample corpus loaded through the crawl pipeline,
// a live source that cannot be reached, and the sample switched off with one setting.

import { readFile, rm } from "node:fs/promises";
import { expect } from "chai";
import { applyEnv, loadConfig, type Config } from "../../config/config.js";
import { SAMPLE_PROJECTS } from "../../sample-corpus/projects.js";
import { startService, type Service } from "../../app/service.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { memoryLogger } from "../support/memory-logger.js";
import { SAMPLE_GOLD_FILE } from "../../core/paths.js";

async function serviceConfig(overrides: Partial<Config>): Promise<Config> {
  const base = await loadConfig({});
  const dataDir = await makeTempDir("service");
  const { url, masterKey } = testEngine();
  return applyEnv(
    { ...base, ...overrides, port: 0, dataDir, meili: { url, masterKey, index: uniqueIndexName("service") } },
    {},
    process.cwd(),
  );
}

describe("the service (npm start)", function () {
  describe("with the sample corpus and an unreachable live source", function () {
    let service: Service;
    let config: Config;
    let records: Record<string, unknown>[];

    before(async function () {
      config = await serviceConfig({
        sampleCorpus: true,
        adminKey: "test-admin-key-123",
        // Port 9 on loopback: nothing listens there, like a live source while offline.
        sources: [{ name: "offline-source", startUrls: ["http://127.0.0.1:9/hankkeet"], schedule: "0 3 * * *" }],
      });
      const memory = memoryLogger();
      records = memory.records;
      service = await startService({ config, logger: memory.logger });
      await service.initialCrawl;
    });

    after(async function () {
      await service.stop();
      await testEngine().client.deleteIndex(config.meili.index).waitTask();
      await rm(config.dataDir, { recursive: true, force: true });
    });

    it("loads every sample project through the crawl pipeline, the simulated sites' pages included", async function () {
      const body = await (await fetch(`${service.url}/api/search?hitsPerPage=1`)).json();
      const handWritten = JSON.parse(await readFile(SAMPLE_GOLD_FILE, "utf8")) as unknown[];
      expect(SAMPLE_PROJECTS.length).to.be.at.least(60);
      expect(handWritten.length).to.be.at.least(60);
      expect(body.total).to.equal(SAMPLE_PROJECTS.length + handWritten.length);
    });

    it("has Swedish and English sample projects and facet counts over regions, funders and target groups", async function () {
      const body = await (await fetch(`${service.url}/api/search?hitsPerPage=1`)).json();
      expect(body.facets.language.sv).to.be.at.least(5);
      expect(body.facets.language.en).to.be.at.least(2);
      expect(Object.keys(body.facets.regions).length).to.be.at.least(19);
      expect(Object.keys(body.facets.funders).length).to.be.at.least(10);
      expect(Object.keys(body.facets.targetGroups).length).to.be.at.least(10);
    });

    it("finds a Swedish project by a Swedish word", async function () {
      const body = await (
        await fetch(`${service.url}/api/search?q=${encodeURIComponent("närståendevårdare")}&language=sv`)
      ).json();
      expect(body.hits[0].title).to.equal("Stöd för närståendevårdare i Östra Nyland");
      expect(body.hits[0].regions).to.deep.equal(["Uusimaa"]);
    });

    it("serves the search page and reports a healthy engine", async function () {
      const page = await fetch(`${service.url}/`);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.contain("<title>Hankehaku");
      const health = await (await fetch(`${service.url}/health`)).json();
      expect(health).to.deep.equal({ status: "ok", meilisearch: "reachable" });
    });

    it("shows operators each source's last crawl and next run, behind the admin key", async function () {
      expect((await fetch(`${service.url}/api/admin/sources`)).status).to.equal(401);
      const response = await fetch(`${service.url}/api/admin/sources`, {
        headers: { authorization: "Bearer test-admin-key-123" },
      });
      expect(response.status).to.equal(200);
      const { sources } = await response.json();
      expect(sources).to.have.length(1);
      expect(sources[0]).to.include({ name: "offline-source", enabled: true, schedule: "0 3 * * *" });
      expect(sources[0].lastError).to.contain("cannot reach http://127.0.0.1:9");
      expect(Date.parse(sources[0].nextRunAt)).to.be.greaterThan(Date.now());
    });

    it("serves the crawler's contact page that its User-Agent names", async function () {
      expect(config.crawler.userAgent).to.match(/^HankehakuBot\/[\d.]+ \(\+http:\/\/localhost:3000\/bot;/);
      const page = await fetch(`${service.url}/bot`);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.contain("User-agent: HankehakuBot");
    });

    it("logs a warning for the unreachable source and keeps serving", async function () {
      const warning = records.find((record) => record.source === "offline-source" && record.level === 40);
      expect(warning, "a warning about the offline source").to.not.equal(undefined);
      expect(String(warning!.err)).to.contain("127.0.0.1:9");
      expect((await fetch(`${service.url}/health`)).status).to.equal(200);
    });
  });

  describe("with the sample corpus switched off", function () {
    it("indexes nothing and does not serve the sample site", async function () {
      const config = await serviceConfig({ sampleCorpus: false, sources: [] });
      const service = await startService({ config, logger: memoryLogger().logger });
      try {
        await service.initialCrawl;
        const body = await (await fetch(`${service.url}/api/search`)).json();
        expect(body.total).to.equal(0);
        expect((await fetch(`${service.url}/sample/index.html`)).status).to.equal(404);
      } finally {
        await service.stop();
        await testEngine().client.deleteIndex(config.meili.index).waitTask();
        await rm(config.dataDir, { recursive: true, force: true });
      }
    });

    it("is switched off by HANKEHAKU_SAMPLE_CORPUS=false as well as by the config file", async function () {
      const config = await loadConfig({ HANKEHAKU_SAMPLE_CORPUS: "false" });
      expect(config.sampleCorpus).to.equal(false);
    });
  });
});
