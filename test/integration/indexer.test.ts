// The indexer against the real Meilisearch: failed tasks surface with their reason, and a full
// rebuild goes into a new index swapped in atomically, surviving a Meilisearch that dies mid-way.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { startEmbeddedMeili } from "../../indexer/embedded-meili.js";
import { IndexingError } from "../../indexer/indexer.js";
import { silentLogger } from "../../core/logger.js";
import { makeTempDir, uniqueIndexName } from "../support/hooks.js";
import { project } from "../support/projects.js";
import { indexerOn, searchStack } from "../support/search-stack.js";

describe("indexer", function () {
  it("surfaces a failed task as an IndexingError with Meilisearch's reason", async function () {
    const indexName = uniqueIndexName("failing");
    const { indexer } = await searchStack(indexName);
    await indexer.ensureIndex();
    let error: unknown;
    try {
      await indexer.upsert([project("not a valid id!", { title: "Rikki" })]);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(IndexingError);
    expect((error as Error).message).to.contain("invalid_document_id");
  });

  it("finds a compound by its parts, and an inflected word by its basic form", async function () {
    const indexName = uniqueIndexName("compounds");
    const { indexer, search } = await searchStack(indexName);
    await indexer.ensureIndex();
    await indexer.upsert([
      project("a", { title: "Hyvinvointipalvelut kuntoon" }),
      project("b", { title: "Nuorten syrjäytymisvaara" }),
      project("c", { title: "Muuta" }),
    ]);
    const ids = async (q: string) =>
      (await search.search({ q, filters: {}, sort: "relevance", page: 1, hitsPerPage: 10 })).hits.map((hit) => hit.id);
    expect(await ids("hyvinvointi")).to.deep.equal(["a"]);
    expect(await ids("palvelut")).to.deep.equal(["a"]);
    expect(await ids("nuoret syrjäytyminen")).to.deep.equal(["b"]);
    const hit = (await search.search({ q: "palvelut", filters: {}, sort: "relevance", page: 1, hitsPerPage: 10 }))
      .hits[0]!;
    expect(hit.highlight.title).to.equal("<mark>Hyvinvointipalvelut</mark> kuntoon");
  });

  it("ranks the words as typed above other forms of them, and highlights both", async function () {
    const indexName = uniqueIndexName("exact");
    const { indexer, search } = await searchStack(indexName);
    await indexer.ensureIndex();
    await indexer.upsert([
      project("inflected", { title: "Nuoret aikuiset työelämään" }),
      project("exact", { title: "Nuorten aikuisten työelämä" }),
    ]);
    const result = await search.search({
      q: "nuorten aikuisten",
      filters: {},
      sort: "relevance",
      page: 1,
      hitsPerPage: 10,
    });
    expect(result.hits.map((hit) => hit.id)).to.deep.equal(["exact", "inflected"]);
    expect(result.hits[1]!.highlight.title).to.equal("<mark>Nuoret</mark> <mark>aikuiset</mark> työelämään");
  });

  it("makes one record with both sources of a project found on two sites, and drops pages that go", async function () {
    const indexName = uniqueIndexName("merge");
    const { indexer, search } = await searchStack(indexName);
    await indexer.ensureIndex();
    const source = (url: string) => [{ url, site: new URL(url).host, fetchedAt: "2026-01-01T00:00:00Z" }];
    await indexer.upsert([
      project("innokyla", {
        title: "Nuorten mielen tuki – matalan kynnyksen apua",
        url: "https://innokyla.example/malli/1",
        sources: source("https://innokyla.example/malli/1"),
        organisations: ["Kuopion kaupunki"],
        startYear: 2024,
        endYear: 2026,
      }),
    ]);
    await indexer.upsert([
      project("kuopio", {
        title: "Nuorten mielen tuki: matalan kynnyksen apua",
        url: "https://kuopio.example/hanke",
        sources: source("https://kuopio.example/hanke"),
        organisations: ["Savonia-ammattikorkeakoulu"],
        regions: ["Pohjois-Savo"],
        startYear: 2025,
      }),
    ]);
    const hits = (await search.search({ q: "mielen tuki", filters: {}, sort: "relevance", page: 1, hitsPerPage: 10 }))
      .hits;
    expect(hits.map((hit) => hit.id)).to.deep.equal(["innokyla"]);
    const merged = (await search.getProject("innokyla"))!;
    expect(merged.sources.map((s) => s.url).sort()).to.deep.equal([
      "https://innokyla.example/malli/1",
      "https://kuopio.example/hanke",
    ]);
    expect(merged.organisations).to.have.members(["Kuopion kaupunki", "Savonia-ammattikorkeakoulu"]);
    expect(merged.regions).to.deep.equal(["Pohjois-Savo"]);
    await indexer.removePages(["https://innokyla.example/malli/1"]);
    expect((await search.getProject("innokyla"))!.sources.map((s) => s.url)).to.deep.equal([
      "https://kuopio.example/hanke",
    ]);
    await indexer.removePages(["https://kuopio.example/hanke"]);
    expect(await search.getProject("innokyla")).to.equal(undefined);
  });

  describe("rebuild", function () {
    it("swaps a complete new index in while the old one keeps serving", async function () {
      const indexName = uniqueIndexName("rebuild");
      const { indexer, search } = await searchStack(indexName);
      await indexer.ensureIndex();
      await indexer.upsert([project("old", { title: "Vanha hanke" })]);
      const during: number[] = [];
      const { count } = await indexer.rebuild(async (upsert) => {
        await upsert([project("new1", { title: "Uusi hanke" })]);
        during.push((await search.search({ q: "", filters: {}, sort: "newest", page: 1, hitsPerPage: 10 })).total);
        await upsert([project("new2", { title: "Toinen uusi hanke" })]);
      });
      expect(count).to.equal(2);
      expect(during).to.deep.equal([1], "search saw the old index while the new one was built");
      const after = await search.search({ q: "", filters: {}, sort: "newest", page: 1, hitsPerPage: 10 });
      expect(after.hits.map((hit) => hit.id).sort()).to.deep.equal(["new1", "new2"]);
    });

    it("keeps the old index when Meilisearch dies mid-rebuild, and the next attempt completes", async function () {
      this.timeout(60_000);
      const dataDir = await makeTempDir("rebuild-crash");
      const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
      try {
        const { client, indexer } = await indexerOn(meili, { batchSize: 50, taskTimeoutMs: 20_000 });
        await indexer.ensureIndex();
        await indexer.upsert([project("old", { title: "Vanha hanke" })]);
        const records = Array.from({ length: 500 }, (_, i) => project(`p${i}`, { title: `Hanke numero ${i}` }));
        let failure: unknown;
        try {
          await indexer.rebuild(async (upsert) => {
            await upsert(records.slice(0, 250));
            process.kill(meili.pid!, "SIGKILL");
            await upsert(records.slice(250));
          });
        } catch (caught) {
          failure = caught;
        }
        expect(failure, "the interrupted rebuild fails loudly").to.be.instanceOf(Error);
        // The supervisor restarts Meilisearch; the old index is still whole and serving.
        const deadline = Date.now() + 20_000;
        while (
          Date.now() < deadline &&
          !(await client.health().then(
            () => true,
            () => false,
          ))
        )
          await new Promise((r) => setTimeout(r, 200));
        expect((await client.index("projects").getDocument("old")).title).to.equal("Vanha hanke");
        const { count } = await indexer.rebuild((upsert) => upsert(records));
        expect(count).to.equal(500);
        expect(await indexer.count()).to.equal(500);
        const leftovers = (await client.getIndexes()).results.map((index) => index.uid);
        expect(leftovers).to.deep.equal(["projects"]);
      } finally {
        await meili.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });
});
