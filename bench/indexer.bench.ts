// Indexing throughput of the Hankehaku indexer (analysis keys, batching, awaited tasks) against
// pushing the same pre-serialized payload straight to Meilisearch, and search latency p50/p95
// of the search service on the resulting index. Run by bench/run.ts (`npm run bench`).

import type { Meilisearch } from "meilisearch";
import { percentile, fmt, timed } from "./stats.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { parseSearchRequest } from "../server/search-request.js";
import { createSearchService } from "../server/search-service.js";
import { JUDGEMENTS } from "../sample-corpus/relevance-judgements.js";
import { createIndexer, conceptsOf, keysOf } from "../indexer/indexer.js";
import { buildIndexSettings } from "../indexer/settings.js";
import { syntheticProjects } from "./synthetic-projects.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../indexer/text-analysis.js";

export async function benchIndexing(client: Meilisearch, host: string, apiKey: string, count: number): Promise<void> {
  const vocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(vocabulary);
  const vocabularies = await loadVocabularies();
  const projects = syntheticProjects(count, {
    seed: 20261123,
    regions: vocabularies.regions.names,
    funders: vocabularies.funders.names,
    targetGroups: vocabularies.targetGroups.names,
    themes: vocabularies.themes.names,
  });
  const batchSize = 1000;

  // Baseline: the very documents our indexer sends, serialized before the clock starts.
  const payloads: string[] = [];
  for (let start = 0; start < projects.length; start += batchSize) {
    payloads.push(
      JSON.stringify(
        projects
          .slice(start, start + batchSize)
          .map((p) => ({ ...p, searchKeys: keysOf(p, analyzer), searchConcepts: conceptsOf(p, analyzer) })),
      ),
    );
  }
  // Warm Meilisearch up first, so that neither measured run pays for a cold start.
  await client
    .index("bench_warmup")
    .addDocuments(projects.slice(0, 2000), { primaryKey: "id" })
    .waitTask({ timeout: 600_000 });
  await client.deleteIndex("bench_warmup").waitTask();
  await client.createIndex("bench_direct", { primaryKey: "id" }).waitTask();
  await client.index("bench_direct").updateSettings(buildIndexSettings(vocabulary, analyzer)).waitTask();
  const direct = await timed(async () => {
    const uids: number[] = [];
    for (const body of payloads) {
      const response = await fetch(`${host}/indexes/bench_direct/documents?primaryKey=id`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body,
      });
      uids.push(((await response.json()) as { taskUid: number }).taskUid);
    }
    await client.tasks.waitForTasks(uids, { timeout: 3_600_000, interval: 100 });
  });

  const indexer = createIndexer({
    client,
    indexName: "bench_ours",
    analyzer,
    vocabulary,
    batchSize,
    taskTimeoutMs: 3_600_000,
  });
  await indexer.ensureIndex();
  const ours = await timed(() => indexer.upsert(projects));
  const indexed = await indexer.count();

  console.log(`indexing ${count} synthetic projects (${indexed} in the index):`);
  console.log(
    `  Meilisearch direct, pre-serialized: ${fmt(direct.ms / 1000)} s  ${fmt(count / (direct.ms / 1000), 0)} docs/s`,
  );
  console.log(
    `  Hankehaku indexer:                  ${fmt(ours.ms / 1000)} s  ${fmt(count / (ours.ms / 1000), 0)} docs/s`,
  );
  console.log(`  ratio Hankehaku / direct (time):    ${fmt(ours.ms / direct.ms, 2)}`);

  const search = createSearchService({ client, indexName: "bench_ours", analyzer });
  const queries = [
    ...JUDGEMENTS.map((j) => j.query),
    "nuorten mielenterveys",
    "ikääntyneiden liikunta Oulussa",
    "päihdetyö",
    "hyvinvointipalvelut",
    "",
  ];
  const latencies: number[] = [];
  const directLatencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      latencies.push((await timed(() => search.search(parseSearchRequest(q ? { q } : {})))).ms);
      directLatencies.push(
        (
          await timed(() =>
            client.index("bench_ours").search(q, { limit: 20, facets: ["regions", "funders", "targetGroups"] }),
          )
        ).ms,
      );
    }
  }
  console.log(`search on ${indexed} projects, ${latencies.length} queries:`);
  console.log(
    `  Hankehaku search (federated, facets, highlights): p50 ${fmt(percentile(latencies, 50))} ms  p95 ${fmt(percentile(latencies, 95))} ms`,
  );
  console.log(
    `  Meilisearch single search, for reference:         p50 ${fmt(percentile(directLatencies, 50))} ms  p95 ${fmt(percentile(directLatencies, 95))} ms`,
  );
  await client.deleteIndex("bench_direct").waitTask();
  await client.deleteIndex("bench_ours").waitTask();
}
