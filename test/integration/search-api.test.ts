// The search API's answers to callers: 400 with a message for a bad request, filter values
// that cannot break out of their quotes, and 503 while Meilisearch is away.

import { expect } from "chai";
import type { Express } from "express";
import { Meilisearch } from "meilisearch";
import request from "supertest";
import type { Indexer } from "../../indexer/indexer.js";
import { loadTextAnalyzer } from "../../indexer/text-analysis.js";
import { silentLogger } from "../../core/logger.js";
import { createApp } from "../../server/app.js";
import { createSearchService } from "../../server/search-service.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { appConfig } from "../support/app-config.js";
import { project } from "../support/projects.js";
import { searchStack } from "../support/search-stack.js";

describe("search API", function () {
  let app: Express;
  let indexer: Indexer;
  const indexName = uniqueIndexName("api");

  before(async function () {
    const stack = await searchStack(indexName);
    indexer = stack.indexer;
    await indexer.ensureIndex();
    await indexer.upsert([
      project("a", { title: "Nuorten tuki", regions: ["Lappi"], funders: ["STEA"], startYear: 2015, endYear: 2017 }),
      project("b", {
        title: "Ikäihmisten liikunta",
        regions: ["Uusimaa"],
        funders: ["STEA"],
        startYear: 2020,
        endYear: 2022,
      }),
      project("c", { title: "Perheiden tuki", regions: ["Lappi", "Kainuu"], funders: ["ESR"], startYear: 2023 }),
      project("d", { title: 'Lainausmerkki " ja kenoviiva \\ nimessä', regions: ['Alue "X" \\ OR 1=1'] }),
    ]);
    app = createApp({ search: stack.search, config: appConfig(), logger: silentLogger() });
  });

  after(async function () {
    await testEngine().client.deleteIndex(indexName).waitTask();
  });

  it("ORs values within a facet, ANDs facets, and counts facets disjunctively", async function () {
    const both = await request(app)
      .get("/api/search")
      .query({ region: ["Lappi", "Uusimaa"] })
      .expect(200);
    expect(both.body.hits.map((hit: { id: string }) => hit.id).sort()).to.deep.equal(["a", "b", "c"]);
    const narrowed = await request(app).get("/api/search").query({ region: "Lappi", funder: "STEA" }).expect(200);
    expect(narrowed.body.hits.map((hit: { id: string }) => hit.id)).to.deep.equal(["a"]);
    // The selected region does not hide the others from the region counts...
    expect(narrowed.body.facets.regions).to.deep.equal({ Lappi: 1, Uusimaa: 1 });
    // ...while other facets count within the selection.
    expect(narrowed.body.facets.funders).to.deep.equal({ STEA: 1, ESR: 1 });
  });

  it("filters by a year range that overlaps the project's years", async function () {
    const response = await request(app).get("/api/search").query({ yearFrom: 2016, yearTo: 2021 }).expect(200);
    expect(response.body.hits.map((hit: { id: string }) => hit.id).sort()).to.deep.equal(["a", "b"]);
    const open = await request(app).get("/api/search").query({ yearFrom: 2030 }).expect(200);
    expect(open.body.hits.map((hit: { id: string }) => hit.id)).to.deep.equal(["c"]);
  });

  it("filters by start year, as many as startYears counts for that year", async function () {
    const all = await request(app).get("/api/search").query({ yearFrom: 2016 }).expect(200);
    expect(all.body.startYears["2020"]).to.equal(1);
    // Project a runs 2015–2017: it is running in 2016, but did not start then.
    const started = await request(app).get("/api/search").query({ yearFrom: 2016, startYear: 2020 }).expect(200);
    expect(started.body.hits.map((hit: { id: string }) => hit.id)).to.deep.equal(["b"]);
    expect((await request(app).get("/api/search").query({ startYear: 2016 }).expect(200)).body.total).to.equal(0);
  });

  it("browses everything newest first when q is empty", async function () {
    const response = await request(app).get("/api/search").expect(200);
    expect(response.body.total).to.equal(4);
    expect(response.body.hits[0].id).to.equal("c");
    expect(response.body).to.include.keys(
      "hits",
      "total",
      "page",
      "hitsPerPage",
      "totalPages",
      "facets",
      "processingTimeMs",
    );
  });

  it("matches a filter value with quotes and backslashes literally", async function () {
    const response = await request(app).get("/api/search").query({ region: 'Alue "X" \\ OR 1=1' }).expect(200);
    expect(response.body.hits.map((hit: { id: string }) => hit.id)).to.deep.equal(["d"]);
    const injection = await request(app)
      .get("/api/search")
      .query({ region: 'Lappi" OR regions EXISTS OR regions = "' })
      .expect(200);
    expect(injection.body.total).to.equal(0);
  });

  it("escapes HTML in highlights", async function () {
    await indexer.upsert([project("e", { title: "<script>alert(1)</script> hälytys" })]);
    const response = await request(app).get("/api/search").query({ q: "hälytys" }).expect(200);
    expect(response.body.hits[0].highlight.title).to.equal(
      "&#60;script&#62;alert(1)&#60;/script&#62; <mark>hälytys</mark>",
    );
  });

  it("answers a repeated search the same, and a changed record in the very next search", async function () {
    const search = () =>
      request(app).get("/api/search").query({ q: "tuki", lang: "sv" }).set("accept-encoding", "gzip");
    const first = await search().expect(200);
    const again = await search().expect(200);
    expect(again.headers["content-encoding"]).to.equal("gzip");
    const { processingTimeMs: _first, ...firstContent } = first.body as Record<string, unknown>;
    const { processingTimeMs: _again, ...againContent } = again.body as Record<string, unknown>;
    expect(againContent).to.deep.equal(firstContent);
    expect(again.headers.etag).to.equal(first.headers.etag);
    await indexer.upsert([project("c", { title: "Perheiden tuki ja neuvonta", regions: ["Lappi", "Kainuu"] })]);
    const changed = await search().expect(200);
    const titles = (changed.body as { hits: { title: string }[] }).hits.map((hit) => hit.title);
    expect(titles).to.include("Perheiden tuki ja neuvonta");
    expect(changed.headers.etag).to.not.equal(first.headers.etag);
  });

  for (const [description, query, message] of [
    ["an unknown parameter", { colour: "red" }, 'unknown parameter "colour"'],
    ["hitsPerPage over the limit", { hitsPerPage: "1000" }, "hitsPerPage must be a whole number from 1 to 100"],
    ["a page that is not a number", { page: "two" }, "page must be a whole number"],
    ["yearFrom after yearTo", { yearFrom: "2020", yearTo: "2010" }, "yearFrom (2020) is after yearTo (2010)"],
    ["a start year that is not a year", { startYear: "viime vuonna" }, "startYear must be a whole number"],
    ["an unknown status", { status: "paused" }, "status must be one of"],
    ["an unknown sort", { sort: "random" }, "sort must be one of"],
    ["q given twice", { q: ["a", "b"] }, "q must be given once"],
    ["a 10 kB query", { q: "x".repeat(10_000) }, "q is longer than 500 characters"],
    ["control characters in a filter", { region: "Lappi\u0000" }, "region contains control characters"],
  ] as const) {
    it(`answers 400 with a message for ${description}`, async function () {
      const response = await request(app).get("/api/search").query(query).expect(400);
      expect(response.body.error).to.contain(message);
    });
  }

  it("answers 503 while Meilisearch is away, and /health says so", async function () {
    // Nothing listens on port 9 of loopback: the engine is unreachable.
    const analyzer = await loadTextAnalyzer();
    const away = createSearchService({
      client: new Meilisearch({ host: "http://127.0.0.1:9", apiKey: "x" }),
      indexName,
      analyzer,
    });
    const awayApp = createApp({ search: away, config: appConfig(), logger: silentLogger() });
    const search = await request(awayApp).get("/api/search").query({ q: "nuoret" }).expect(503);
    expect(search.body.error).to.contain("not reachable");
    const health = await request(awayApp).get("/health").expect(503);
    expect(health.body.meilisearch).to.equal("unreachable");
  });
});
