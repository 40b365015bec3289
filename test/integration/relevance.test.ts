// Relevance over the sample corpus: the judged queries of relevance-judgements.ts run against
// Hankehaku's search and against Meilisearch with default settings on the same documents, in
// the same run. Prints recall@10, nDCG@10 and precision@5 for both; fails if Hankehaku's
// recall@10 < 0.92 or its precision@5 is below the default's.

import path from "node:path";
import { expect } from "chai";
import { loadConfig } from "../../config/config.js";
import { crawlSource } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import { silentLogger } from "../../core/logger.js";
import type { Project } from "../../core/project.js";
import { SAMPLE_SITE_DIR } from "../../core/paths.js";
import { parseSearchRequest } from "../../server/search-request.js";
import type { SearchService } from "../../server/search-service.js";
import { JUDGEMENTS } from "../../sample-corpus/relevance-judgements.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { mean, ndcgAt, precisionAt, recallAt } from "../support/ranking-metrics.js";
import { searchStack } from "../support/search-stack.js";
import { serveStaticSite } from "../support/static-site.js";

const slugOf = (url: string) => path.basename(new URL(url).pathname, ".html");

describe("relevance over the sample corpus", function () {
  const tuned = uniqueIndexName("relevance");
  const plain = uniqueIndexName("relevance_default");
  let search: SearchService;
  type Scores = [recall: number, ndcg: number, precision: number];
  const scores: { query: string; hankehaku: Scores; meilisearch: Scores }[] = [];
  const score = (ranked: string[], relevant: string[]): Scores => [
    recallAt(10, ranked, relevant),
    ndcgAt(10, ranked, relevant),
    precisionAt(5, ranked, relevant),
  ];

  before(async function () {
    this.timeout(120_000);
    const site = await serveStaticSite(SAMPLE_SITE_DIR);
    const config = await loadConfig({});
    const stack = await searchStack(tuned);
    search = stack.search;
    await stack.indexer.ensureIndex();
    const projects: Project[] = [];
    try {
      await crawlSource(
        { name: "sample", startUrls: [`${site.origin}/index.html`], delayMs: 0 },
        {
          fetchPage: createFetcher(config.crawler),
          fetchText: createTextFetcher(config.crawler),
          vocabularies: await loadVocabularies(),
          upsert: async (batch) => {
            projects.push(...batch);
            await stack.indexer.upsert(batch);
          },
          logger: silentLogger(),
          now: () => new Date("2026-11-23T12:00:00Z"),
          settings: config.crawler,
        },
      );
    } finally {
      await site.close();
    }
    const { client } = testEngine();
    await client.index(plain).addDocuments(projects, { primaryKey: "id" }).waitTask({ timeout: 60_000 });
  });

  after(async function () {
    const { client } = testEngine();
    await client.deleteIndex(tuned).waitTask();
    await client.deleteIndex(plain).waitTask();
    if (scores.length === 0) return;
    const format = (row: Scores) => row.map((value) => value.toFixed(2).padStart(7)).join("");
    console.log(`\n    ${"query".padEnd(40)} Hankehaku  R@10 nDCG@10   P@5 | Meilisearch default R@10 nDCG@10 P@5`);
    for (const row of scores) {
      console.log(`    ${row.query.padEnd(40)} ${format(row.hankehaku)}    | ${format(row.meilisearch)}`);
    }
    const means = (pick: (row: (typeof scores)[number]) => Scores) =>
      [0, 1, 2].map((i) => mean(scores.map((row) => pick(row)[i] ?? 0))) as Scores;
    console.log(
      `    ${`MEAN over ${scores.length} queries`.padEnd(40)} ${format(means((r) => r.hankehaku))}    | ${format(means((r) => r.meilisearch))}\n`,
    );
  });

  it("has at least 60 judged queries", function () {
    expect(JUDGEMENTS.length).to.be.at.least(60);
  });

  it("finds at least 92 % of the judged pages in the first ten hits, and is at least as precise in the first five as Meilisearch's defaults", async function () {
    this.timeout(60_000);
    const { client } = testEngine();
    for (const { query, relevant } of JUDGEMENTS) {
      const ours = (await search.search(parseSearchRequest({ q: query, hitsPerPage: "10" }))).hits.map((hit) =>
        slugOf(hit.url),
      );
      const theirs = (await client.index(plain).search(query, { limit: 10 })).hits.map((hit) =>
        slugOf(hit.url as string),
      );
      scores.push({ query, hankehaku: score(ours, relevant), meilisearch: score(theirs, relevant) });
    }
    const meanOf = (pick: (row: (typeof scores)[number]) => number) => mean(scores.map(pick));
    expect(
      meanOf((row) => row.hankehaku[0]),
      "mean recall@10 of Hankehaku",
    ).to.be.at.least(0.92);
    expect(
      meanOf((row) => row.hankehaku[2]),
      "mean precision@5, Hankehaku against the default",
    ).to.be.at.least(meanOf((row) => row.meilisearch[2]));
  });
});
