// No page is lost: three fixture sites (test/fixtures/merge-sites, see generate.ts there) served on
// 127.0.0.1, crawled by the real crawler into the real Meilisearch. A registry whose 15 project
// pages share a banner <h1> gives 15 records with their own names; a page reached by two URLs is
// one record; the same project on two sites is one record with both sources; two unrelated
// projects with one generic name on two sites stay two. What was learnt of the registry's
// template is kept in the data directory and used by the next run.

import { access, rm } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { loadConfig, type CrawlerConfig } from "../../config/config.js";
import { crawlSource, projectFromPage } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { openTemplateLearner } from "../../crawlers/template-learning.js";
import { loadVocabularies, type Vocabularies } from "../../crawlers/vocabulary.js";
import { silentLogger } from "../../core/logger.js";
import type { Project } from "../../core/project.js";
import type { Indexer } from "../../indexer/indexer.js";
import { BANNER, REGISTRY_PROJECTS } from "../fixtures/merge-sites/generate.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { REPO_ROOT } from "../../core/paths.js";
import { searchStack } from "../support/search-stack.js";
import { serveStaticSite, type StaticSite } from "../support/static-site.js";

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "merge-sites");
const SITE_NAMES = ["rekisteri", "yhdistys", "kunta"] as const;

describe("one record per project, and never a project lost (fixture sites)", function () {
  this.timeout(120_000);
  const sites = new Map<string, StaticSite>();
  const indexName = uniqueIndexName("merge_sites");
  let dataDir: string;
  let indexer: Indexer;
  let vocabularies: Vocabularies;
  let crawler: CrawlerConfig;
  let records: Project[];
  const host = (name: string) => new URL(sites.get(name)?.origin ?? "http://missing").host;
  const titled = (title: string) => records.filter((record) => record.title === title);

  before(async function () {
    dataDir = await makeTempDir("merge-sites");
    vocabularies = await loadVocabularies();
    crawler = { ...(await loadConfig({})).crawler, delayMs: 0, retries: 0 };
    ({ indexer } = await searchStack(indexName));
    await indexer.ensureIndex();
    for (const name of SITE_NAMES) {
      const site = await serveStaticSite(path.join(FIXTURES, name));
      sites.set(name, site);
      await crawlSource(
        // The index pages link to the projects and are no project pages themselves.
        { name, startUrls: [`${site.origin}/index.html`], projectPages: "/[a-z]+-[a-z0-9-]+\\.html" },
        {
          fetchPage: createFetcher(crawler),
          fetchText: createTextFetcher(crawler),
          vocabularies,
          upsert: indexer.upsert,
          logger: silentLogger(),
          now: () => new Date("2026-11-23T12:00:00Z"),
          settings: crawler,
          dataDir,
        },
      );
    }
    const { results } = await testEngine().client.index(indexName).getDocuments<Project>({ limit: 1000 });
    records = results;
    if (process.env.DEBUG_MERGE)
      for (const r of records) console.log(r.id, r.title, r.sources.map((s) => s.url).join(" "));
  });

  after(async function () {
    for (const site of sites.values()) await site.close();
    await rm(dataDir, { recursive: true, force: true });
    await testEngine()
      .client.deleteIndex(indexName)
      .waitTask()
      .catch(() => {});
  });

  it("gives the registry's 15 projects under one banner heading 15 records, each with its own name", function () {
    const registry = records.filter((record) => record.site === host("rekisteri"));
    expect(registry.map((record) => record.title).sort()).to.deep.equal(REGISTRY_PROJECTS.map(([name]) => name).sort());
    expect(records.map((record) => record.title)).to.not.include(BANNER);
    const third = registry.find((record) => record.title === REGISTRY_PROJECTS[2]?.[0]);
    expect([third?.startYear, third?.endYear]).to.deep.equal([2022, 2024]);
  });

  it("makes one record of a page reached by two URLs (canonical link) and of its print version (same text)", function () {
    const [first] = titled(REGISTRY_PROJECTS[0]?.[0] ?? "");
    expect(titled(REGISTRY_PROJECTS[0]?.[0] ?? "")).to.have.length(1);
    expect(first?.sources.map((source) => new URL(source.url)).map((url) => url.pathname + url.search)).to.have.members(
      ["/hanke-01.html", "/hanke-01.html?lahde=uutiskirje", "/tulosta/hanke-01.html"],
    );
    expect(first?.url).to.equal(`${sites.get("rekisteri")?.origin ?? ""}/hanke-01.html`);
  });

  it("merges the same project on two sites (same name, overlapping years) into one record with both sources", function () {
    const same = titled("Arjen apu kotiin – etäpalvelut ikäihmisille");
    expect(same).to.have.length(1);
    expect(same[0]?.sources.map((source) => source.site).sort()).to.deep.equal(
      [host("rekisteri"), host("yhdistys")].sort(),
    );
  });

  it("keeps two unrelated projects with one generic name on two sites as two records", function () {
    const generic = titled("Hyvinvointia yhdessä -hanke");
    expect(generic.map((record) => record.site).sort()).to.deep.equal([host("kunta"), host("yhdistys")].sort());
    expect(generic.map((record) => record.startYear).sort()).to.deep.equal([2015, 2024]);
  });

  it("loses no project page: 15 + 2 + 1 pages of projects, one merged, make 17 records", function () {
    expect(records).to.have.length(17);
  });

  it("keeps the learnt template in the data directory, and the next run starts with it", async function () {
    await access(path.join(dataDir, "templates", "rekisteri.json"));
    const templates = await openTemplateLearner(dataDir, { name: "rekisteri" });
    const origin = sites.get("rekisteri")?.origin ?? "";
    const body = `<html lang="fi"><head><title>Hankerekisteri – S21199</title></head><body>
      <div class="tunnus"><h1>${BANNER}</h1><p>Yhdessä kohti kestävää huomista</p></div>
      <main><h2>Uusi kokeilu kotihoitoon</h2><p>Toteutusaika: 2026–2027</p></main></body></html>`;
    const project = projectFromPage(
      { url: `${origin}/hanke-99.html`, body, fetchedAt: "2026-11-23T12:00:00Z" },
      { name: "rekisteri", startUrls: [], projectPages: "/[a-z]+-[a-z0-9-]+\\.html" },
      vocabularies,
      new Date("2026-11-23T12:00:00Z"),
      templates,
    );
    expect(project?.title).to.equal("Uusi kokeilu kotihoitoon");
  });
});
