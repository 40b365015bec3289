// The API as partners and operators meet it: the OpenAPI document matches real responses,
// facet value search and suggestions, partner keys with origins, scope and rate limits, safe
// filters, security and cache headers, compression, feeds and exports, metrics and request ids,
// and a 503 that heals by itself when Meilisearch comes back.

import { rm } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "chai";
import * as cheerio from "cheerio";
import type { Express } from "express";
import { Meilisearch } from "meilisearch";
import request from "supertest";
import type { PartnerConfig } from "../../config/config.js";
import { startEmbeddedMeili } from "../../indexer/embedded-meili.js";
import { createIndexer } from "../../indexer/indexer.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../../indexer/text-analysis.js";
import { silentLogger } from "../../core/logger.js";
import { createApp } from "../../server/app.js";
import { createMetrics } from "../../server/metrics.js";
import { OPENAPI_DOCUMENT } from "../../server/openapi.js";
import { SEARCH_PARAMS } from "../../server/search-request.js";
import { createSearchService } from "../../server/search-service.js";
import { appConfig } from "../support/app-config.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { memoryLogger } from "../support/memory-logger.js";
import { project } from "../support/projects.js";
import { searchStack } from "../support/search-stack.js";

const PARTNER: PartnerConfig = {
  key: "partner-pohjois-savo",
  name: "Pohjois-Savon liitto (test)",
  origins: ["https://www.pohjois-savo.example"],
  scope: { region: ["Pohjois-Savo"] },
  rateLimitPerMinute: 1000,
};
const STINGY: PartnerConfig = { key: "partner-stingy", name: "Stingy (test)", origins: [], rateLimitPerMinute: 3 };

describe("API contract", function () {
  const indexName = uniqueIndexName("contract");
  let app: Express;
  let records: Record<string, unknown>[];
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "openapi", components: OPENAPI_DOCUMENT.components });
  const check = (schema: string, body: unknown) => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
    expect(validate(body), JSON.stringify(validate.errors)).to.equal(true);
  };

  before(async function () {
    const stack = await searchStack(indexName);
    await stack.indexer.ensureIndex();
    await stack.indexer.upsert([
      project("kuopio", {
        title: "Nuorten mielen tuki Kuopiossa",
        summary: "Keskusteluapua nuorille.",
        regions: ["Pohjois-Savo"],
        funders: ["STEA"],
        targetGroups: ["nuoret"],
        themes: ["mielenterveys"],
        startYear: 2021,
        endYear: 2023,
        status: "ended",
        coordinator: "Kuopion kaupunki",
        organisations: ["Kuopion kaupunki"],
      }),
      project("iisalmi", {
        title: "Ikäihmisten liikunta Iisalmessa",
        regions: ["Pohjois-Savo"],
        funders: ["OKM"],
        targetGroups: ["ikääntyneet"],
        startYear: 2024,
        endYear: 2026,
        status: "ongoing",
      }),
      project("rovaniemi", {
        title: "Nuorten työpajat Rovaniemellä",
        regions: ["Lappi"],
        funders: ["ESR"],
        targetGroups: ["nuoret"],
        startYear: 2019,
        endYear: 2020,
        status: "ended",
      }),
      project("lapinlahti", {
        title: '=HYPERLINK("http://evil") Lapin nuoret',
        regions: ["Lappi"],
        funders: ["STEA"],
        targetGroups: ["nuoret"],
        startYear: 2025,
      }),
    ]);
    const memory = memoryLogger();
    records = memory.records;
    app = createApp({ search: stack.search, config: appConfig([PARTNER, STINGY]), logger: memory.logger });
  });

  after(async function () {
    await testEngine().client.deleteIndex(indexName).waitTask();
  });

  describe("OpenAPI document", function () {
    it("is served at /openapi.json and documents every search parameter the API accepts", async function () {
      const response = await request(app).get("/openapi.json").expect(200);
      expect(response.body.openapi).to.match(/^3\./);
      const documented = response.body.paths["/api/search"].get.parameters.map(
        (parameter: { name: string }) => parameter.name,
      );
      expect(documented.sort()).to.deep.equal([...SEARCH_PARAMS].sort());
      // The partner key is a security scheme, in the header or the query.
      const schemes = response.body.components.securitySchemes;
      expect(schemes.partnerKeyQuery).to.include({ type: "apiKey", in: "query", name: "key" });
      expect(schemes.partnerKeyHeader).to.include({ type: "apiKey", in: "header", name: "X-Hankehaku-Key" });
    });

    it("matches real responses of search, browse, record, facet search, suggest, health and errors", async function () {
      check("SearchResponse", (await request(app).get("/api/search").query({ q: "nuorten" }).expect(200)).body);
      const browse = (await request(app).get("/api/search").query({ region: "Lappi", sort: "newest" }).expect(200))
        .body;
      check("SearchResponse", browse);
      check("Project", (await request(app).get(`/api/projects/${browse.hits[0].id}`).expect(200)).body);
      check("FacetValues", (await request(app).get("/api/facets/region").query({ q: "poh" }).expect(200)).body);
      check("Suggestions", (await request(app).get("/api/suggest").query({ q: "nuor" }).expect(200)).body);
      check("Health", (await request(app).get("/health").expect(200)).body);
      check("Error", (await request(app).get("/api/search").query({ hitsPerPage: "0" }).expect(400)).body);
      check("Error", (await request(app).get("/api/projects/nope").expect(404)).body);
    });
  });

  describe("facet value search and suggestions", function () {
    it("finds facet values by what is typed, with counts", async function () {
      const response = await request(app).get("/api/facets/region").query({ q: "lap" }).expect(200);
      expect(response.body.values).to.deep.equal([{ value: "Lappi", count: 2 }]);
      await request(app).get("/api/facets/colour").expect(400);
    });

    it("suggests titles for a word being typed", async function () {
      const response = await request(app).get("/api/suggest").query({ q: "nuor" }).expect(200);
      const titles = response.body.suggestions.map((s: { title: string }) => s.title);
      expect(titles).to.include.members(["Nuorten mielen tuki Kuopiossa", "Nuorten työpajat Rovaniemellä"]);
      expect(response.body.suggestions[0].highlight).to.contain("<mark>");
      await request(app).get("/api/suggest").expect(400);
    });
  });

  describe("partners", function () {
    const origin = PARTNER.origins[0]!;

    it("limits a partner's searches to its scope, which no parameter can widen", async function () {
      const own = await request(app).get("/api/search").query({ key: PARTNER.key }).set("origin", origin).expect(200);
      expect(own.body.hits.map((hit: { id: string }) => hit.id).sort()).to.deep.equal(["iisalmi", "kuopio"]);
      expect(own.body.facets.regions).to.deep.equal({ "Pohjois-Savo": 2 });
      expect(own.body.scope, "the answer names the scope it applied").to.deep.equal({ region: ["Pohjois-Savo"] });
      expect((await request(app).get("/api/search").expect(200)).body).not.to.have.property("scope");
      const widened = await request(app)
        .get("/api/search")
        .query({ key: PARTNER.key, region: ["Lappi", "Pohjois-Savo"] })
        .set("origin", origin)
        .expect(200);
      expect(widened.body.hits.map((hit: { id: string }) => hit.id).sort()).to.deep.equal(["iisalmi", "kuopio"]);
      const facet = await request(app)
        .get("/api/facets/region")
        .query({ key: PARTNER.key, q: "lap" })
        .set("origin", origin)
        .expect(200);
      expect(facet.body.values).to.deep.equal([]);
    });

    it("answers CORS for the partner's own origin", async function () {
      const response = await request(app)
        .get("/api/search")
        .query({ key: PARTNER.key })
        .set("origin", origin)
        .expect(200);
      expect(response.headers["access-control-allow-origin"]).to.equal(origin);
      const preflight = await request(app)
        .options("/api/search")
        .set("origin", origin)
        .set("access-control-request-method", "GET")
        .set("access-control-request-headers", "x-hankehaku-key");
      expect(preflight.status).to.be.oneOf([200, 204]);
      expect(preflight.headers["access-control-allow-headers"]).to.contain("x-hankehaku-key");
    });

    it("refuses another origin with a message the widget can read", async function () {
      const response = await request(app)
        .get("/api/search")
        .set("x-hankehaku-key", PARTNER.key)
        .set("origin", "https://evil.example")
        .expect(403);
      expect(response.body.error).to.contain("https://evil.example is not allowed");
      expect(response.headers["access-control-allow-origin"]).to.equal("https://evil.example");
      await request(app).get("/api/search").query({ key: "no-such-partner-key" }).expect(401);
    });

    it("rate-limits a key to its allowance with a 429", async function () {
      for (let i = 0; i < 3; i++) await request(app).get("/api/search").query({ key: STINGY.key }).expect(200);
      const limited = await request(app).get("/api/search").query({ key: STINGY.key }).expect(429);
      expect(limited.body.error).to.contain("too many requests");
      expect(limited.headers).to.have.property("ratelimit-policy");
    });

    it("lets the public search from any origin without a key", async function () {
      const response = await request(app).get("/api/search").set("origin", "https://anyone.example").expect(200);
      expect(response.headers["access-control-allow-origin"]).to.equal("*");
      expect(response.body.total).to.equal(4);
    });
  });

  describe("safety", function () {
    for (const value of [
      'Lappi" OR regions EXISTS OR regions = "',
      "Lappi] OR regions EXISTS OR regions IN [x",
      "NOT Lappi",
      "Lappi\\",
      '\\"',
      "(Lappi) OR (Pohjois-Savo)",
      "regions = Lappi",
    ]) {
      it(`treats the filter value ${JSON.stringify(value)} as a literal`, async function () {
        const response = await request(app).get("/api/search").query({ region: value }).expect(200);
        expect(response.body.total).to.equal(0);
      });
    }

    it("answers free text with filter syntax in it as text", async function () {
      await request(app).get("/api/search").query({ q: 'nuorten" OR 1=1 AND regions NOT IN [] \\' }).expect(200);
    });

    it("rejects a 10 kB filter value with a 400", async function () {
      const response = await request(app)
        .get("/api/search")
        .query({ funder: "x".repeat(10_000) })
        .expect(400);
      expect(response.body.error).to.contain("funder is longer than 200 characters");
    });

    it("never sends the Meilisearch master key to a client", async function () {
      const { masterKey } = testEngine();
      for (const path of [
        "/api/search?q=nuoret",
        "/api/search?colour=red",
        "/health",
        "/openapi.json",
        "/metrics",
        "/api/nothing",
        "/api/facets/region",
        "/",
      ]) {
        const response = await request(app).get(path);
        expect(response.text, path).to.not.contain(masterKey);
        expect(JSON.stringify(response.headers), path).to.not.contain(masterKey);
      }
    });
  });

  describe("HTTP behaviour", function () {
    it("sends security headers and a content security policy for the page", async function () {
      const response = await request(app).get("/").expect(200);
      expect(response.headers["x-content-type-options"]).to.equal("nosniff");
      expect(response.headers["content-security-policy"]).to.contain("default-src 'self'");
      expect(response.headers).to.not.have.property("x-powered-by");
    });

    it("compresses responses for clients that accept gzip", async function () {
      const response = await request(app).get("/openapi.json").set("accept-encoding", "gzip").expect(200);
      expect(response.headers["content-encoding"]).to.equal("gzip");
    });

    it("gives search responses an ETag and cache headers, and answers 304 when unchanged", async function () {
      const first = await request(app).get("/api/search").query({ q: "nuorten" }).expect(200);
      expect(first.headers["cache-control"]).to.equal("public, max-age=30");
      expect(first.headers.etag).to.be.a("string");
      await request(app)
        .get("/api/search")
        .query({ q: "nuorten" })
        .set("if-none-match", first.headers.etag!)
        .expect(304);
    });

    it("echoes a request id and logs the request with it", async function () {
      const response = await request(app).get("/api/search").set("x-request-id", "test-request-42").expect(200);
      expect(response.headers["x-request-id"]).to.equal("test-request-42");
      expect(records.some((record) => (record.req as { id?: string } | undefined)?.id === "test-request-42")).to.equal(
        true,
      );
      const generated = await request(app).get("/health");
      expect(generated.headers["x-request-id"]).to.match(/^[0-9a-f-]{36}$/);
    });
  });

  describe("feeds and exports", function () {
    it("gives an Atom feed of the newest projects of a search", async function () {
      const response = await request(app).get("/api/feed.atom").query({ targetGroup: "nuoret" }).expect(200);
      expect(response.headers["content-type"]).to.contain("application/atom+xml");
      const $ = cheerio.load(response.text, { xml: true });
      expect(
        $("feed > entry > title")
          .map((_, element) => $(element).text())
          .get(),
      ).to.deep.equal([
        '=HYPERLINK("http://evil") Lapin nuoret',
        "Nuorten mielen tuki Kuopiossa",
        "Nuorten työpajat Rovaniemellä",
      ]);
    });

    it("exports a result set as CSV that a spreadsheet cannot run", async function () {
      const response = await request(app).get("/api/export.csv").query({ region: "Lappi" }).expect(200);
      expect(response.headers["content-disposition"]).to.contain("hankehaku.csv");
      const lines = response.text
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines[0]).to.match(/^title,url,coordinator/);
      expect(lines).to.have.length(3);
      expect(response.text).to.contain(`"'=HYPERLINK(""http://evil"") Lapin nuoret"`);
    });
  });

  describe("metrics and health", function () {
    it("exposes request latency, Meilisearch latency and errors to Prometheus", async function () {
      const metrics = createMetrics();
      const vocabulary = await loadSearchVocabulary();
      const analyzer = await loadTextAnalyzer(vocabulary);
      const { client } = testEngine();
      const search = createSearchService({ client, indexName, analyzer, onEngineCall: metrics.engineCall });
      const instrumented = createApp({ search, config: appConfig(), logger: silentLogger(), metrics });
      await request(instrumented).get("/api/search").query({ q: "nuoret" }).expect(200);
      const text = (await request(instrumented).get("/metrics").expect(200)).text;
      expect(text).to.match(
        /hankehaku_http_request_duration_seconds_bucket\{[^}]*route="\/api\/search"[^}]*status="200"/,
      );
      expect(text).to.match(
        /hankehaku_meilisearch_request_duration_seconds_count\{operation="search",outcome="ok"\} [1-9]/,
      );
      expect(text).to.contain("hankehaku_http_errors_total");
    });

    it("answers 503 while Meilisearch is away and recovers by itself when it returns", async function () {
      this.timeout(60_000);
      const dataDir = await makeTempDir("recover");
      const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
      try {
        const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
        const vocabulary = await loadSearchVocabulary();
        const analyzer = await loadTextAnalyzer(vocabulary);
        const indexer = createIndexer({ client, indexName: "projects", analyzer, vocabulary });
        await indexer.ensureIndex();
        await indexer.upsert([project("one", { title: "Nuorten tuki" })]);
        const away = createApp({
          search: createSearchService({ client, indexName: "projects", analyzer }),
          config: appConfig(),
          logger: silentLogger(),
        });
        await request(away).get("/api/search").query({ q: "nuorten" }).expect(200);
        process.kill(meili.pid!, "SIGKILL");
        const during = await request(away).get("/api/search").query({ q: "nuorten" });
        expect(during.status).to.equal(503);
        expect(during.headers["retry-after"]).to.equal("5");
        await request(away).get("/health").expect(503);
        let status = 0;
        for (let i = 0; i < 100 && status !== 200; i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          status = (await request(away).get("/api/search").query({ q: "nuorten" })).status;
        }
        expect(status).to.equal(200);
        await request(away).get("/health").expect(200);
      } finally {
        await meili.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });
});
