// The whole chain once: crawl the fixture site served on 127.0.0.1, normalize its pages,
// index them in the real Meilisearch, and search them through the Express API.

import { readFile } from "node:fs/promises";
import { expect } from "chai";
import request from "supertest";
import type { Express } from "express";
import { loadConfig } from "../../config/config.js";
import { crawlSource, type CrawlReport } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import { silentLogger } from "../../core/logger.js";
import { createApp } from "../../server/app.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { appConfig } from "../support/app-config.js";
import { searchStack } from "../support/search-stack.js";
import { FIXTURE_ORIGIN, FIXTURE_SITE, GOLD_FILE } from "../support/paths.js";
import { serveStaticSite, type StaticSite } from "../support/static-site.js";

/** For each seed page, a word of its text that no other seed page has. */
const DISTINCTIVE_WORDS: Record<string, string> = {
  "terveytta-edistavat-innovaatiot.html": "metatason",
  "innokyla-tiedote.html": "kansiin",
  "parasta-itaa.html": "Hyvinvointivoimala",
  "muutos-nyt.html": "monialaisilla",
  "kuntatuki-k5.html": "kuntatuki",
};

describe("end to end: crawl the fixture site, index, search over HTTP", function () {
  let site: StaticSite;
  let app: Express;
  let report: CrawlReport;
  let fetched: string[];
  const indexName = uniqueIndexName("e2e");

  before(async function () {
    site = await serveStaticSite(FIXTURE_SITE, { writtenForOrigin: FIXTURE_ORIGIN });
    const config = await loadConfig({});
    const { indexer, search } = await searchStack(indexName);
    await indexer.ensureIndex();
    const fetchPage = createFetcher(config.crawler);
    fetched = [];
    report = await crawlSource(
      { name: "fixtures", startUrls: [`${site.origin}/index.html`], delayMs: 0 },
      {
        fetchPage: (url) => {
          fetched.push(url);
          return fetchPage(url);
        },
        fetchText: createTextFetcher(config.crawler),
        vocabularies: await loadVocabularies(),
        upsert: (projects) => indexer.upsert(projects),
        logger: silentLogger(),
        now: () => new Date("2026-11-23T12:00:00Z"),
        settings: config.crawler,
      },
    );
    app = createApp({ search, config: appConfig(), logger: silentLogger() });
  });

  after(async function () {
    await site.close();
    await testEngine().client.deleteIndex(indexName).waitTask();
  });

  it("crawls the six HTML pages of the site and indexes the five project and news pages", function () {
    expect(report.pagesFetched).to.equal(6);
    expect(report.projectsIndexed).to.equal(5);
    expect(report.pagesNotProjects).to.equal(1);
  });

  it("stays on the site, obeys robots.txt and counts the dead links", function () {
    expect(fetched).to.have.length.greaterThan(0);
    expect(fetched.filter((url) => !url.startsWith(site.origin))).to.deep.equal([]);
    expect(report.disallowed.map((url) => new URL(url).pathname).sort()).to.deep.equal(
      ["/admin/", "/admin/login.html"].sort(),
    );
    expect(site.requests.some((path) => path.startsWith("/admin"))).to.equal(false);
    expect(report.notFound.length).to.be.greaterThan(30);
    expect(report.failed).to.deep.equal([]);
  });

  it("finds each seed page by a distinctive word of its text", async function () {
    const gold = JSON.parse(await readFile(GOLD_FILE, "utf8")) as { page: string }[];
    expect(gold.map((entry) => entry.page).sort()).to.deep.equal(Object.keys(DISTINCTIVE_WORDS).sort());
    for (const [page, word] of Object.entries(DISTINCTIVE_WORDS)) {
      const response = await request(app).get("/api/search").query({ q: word }).expect(200);
      const urls = response.body.hits.map((hit: { url: string }) => hit.url);
      // Typo tolerance may add near matches; the page with the word itself must come first.
      expect(urls[0], `searching "${word}"`).to.equal(`${site.origin}/${page}`);
    }
  });

  it("highlights the matched word in the hit, HTML-escaped", async function () {
    const response = await request(app).get("/api/search").query({ q: "monialaisilla" }).expect(200);
    expect(response.body.hits[0].highlight.title).to.contain("<mark>monialaisilla</mark>");
  });

  it("filters by region and returns facet counts", async function () {
    const all = await request(app).get("/api/search").expect(200);
    expect(all.body.total).to.equal(5);
    const regions = all.body.facets.regions as Record<string, number>;
    expect(regions).to.have.property("Uusimaa");
    const filtered = await request(app).get("/api/search").query({ region: "Uusimaa" }).expect(200);
    expect(filtered.body.total).to.equal(regions.Uusimaa);
    expect(filtered.body.hits).to.have.length.greaterThan(0);
    for (const hit of filtered.body.hits) expect(hit.regions).to.include("Uusimaa");
  });

  it("serves a whole record by id and a 404 for an unknown one", async function () {
    const hit = (await request(app).get("/api/search").query({ q: "monialaisilla" })).body.hits[0];
    const project = await request(app).get(`/api/projects/${hit.id}`).expect(200);
    expect(project.body.title).to.equal("Muutos Nyt - Hyvät asiat käytäntöön monialaisilla verkostoilla");
    expect(project.body.sources[0].url).to.equal(`${site.origin}/muutos-nyt.html`);
    await request(app).get("/api/projects/0000000000000000").expect(404);
  });
});
