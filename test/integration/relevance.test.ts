// Relevance over the sample corpus: the judged queries of relevance-judgements.ts run against
// Hankehaku's search and against Meilisearch with default settings on the same documents, in
// the same run. Prints recall@10 and nDCG@10 for both; fails if Hankehaku's recall@10 < 0.9.

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
import { mean, ndcgAt, recallAt } from "../support/ranking-metrics.js";
import { searchStack } from "../support/search-stack.js";
import { serveStaticSite } from "../support/static-site.js";

const slugOf = (url: string) => path.basename(new URL(url).pathname, ".html");

describe("relevance over the sample corpus", function () {
  const tuned = uniqueIndexName("relevance");
  const plain = uniqueIndexName("relevance_default");
  let search: SearchService;
  const scores: { query: string; hankehaku: [number, number]; meilisearch: [number, number] }[] = [];

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
    await client.index(plain).addDocuments(projects, { primaryKey: "id" }).waitTask();
  });

  after(async function () {
    const { client } = testEngine();
    await client.deleteIndex(tuned).waitTask();
    await client.deleteIndex(plain).waitTask();
    if (scores.length === 0) return;
    const column = (pick: (row: (typeof scores)[number]) => number) => mean(scores.map(pick)).toFixed(3);
    console.log(
      "\n    query                                   Hankehaku R@10 nDCG@10 | Meilisearch default R@10 nDCG@10",
    );
    for (const row of scores) {
      console.log(
        `    ${row.query.padEnd(40)} ${row.hankehaku[0].toFixed(2).padStart(8)} ${row.hankehaku[1].toFixed(2).padStart(7)} | ${row.meilisearch[0].toFixed(2).padStart(24)} ${row.meilisearch[1].toFixed(2).padStart(7)}`,
      );
    }
    console.log(
      `    ${"MEAN over " + scores.length + " queries"}${" ".repeat(40 - 11 - String(scores.length).length - 8)} ${column((r) => r.hankehaku[0]).padStart(8)} ${column((r) => r.hankehaku[1]).padStart(7)} | ${column((r) => r.meilisearch[0]).padStart(24)} ${column((r) => r.meilisearch[1]).padStart(7)}\n`,
    );
  });

  it("has at least 30 judged queries", function () {
    expect(JUDGEMENTS.length).to.be.at.least(30);
  });

  it("finds at least 90 % of the judged pages in the first ten hits (recall@10)", async function () {
    const { client } = testEngine();
    for (const { query, relevant } of JUDGEMENTS) {
      const ours = (await search.search(parseSearchRequest({ q: query, hitsPerPage: "10" }))).hits.map((hit) =>
        slugOf(hit.url),
      );
      const theirs = (await client.index(plain).search(query, { limit: 10 })).hits.map((hit) =>
        slugOf(hit.url as string),
      );
      scores.push({
        query,
        hankehaku: [recallAt(10, ours, relevant), ndcgAt(10, ours, relevant)],
        meilisearch: [recallAt(10, theirs, relevant), ndcgAt(10, theirs, relevant)],
      });
    }
    const recall = mean(scores.map((row) => row.hankehaku[0]));
    expect(recall, "mean recall@10 of Hankehaku").to.be.at.least(0.9);
  });
});
