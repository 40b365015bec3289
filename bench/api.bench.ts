// Latency p50/p95/p99 and throughput of GET /api/search at concurrency 1, 8 and 32, against
// the very same Meilisearch requests sent directly (captured from the search service while it
// answers each query), in the same run; the ratio is the API's overhead. Run by bench/run.ts.

import type { AddressInfo } from "node:net";
import { Meilisearch } from "meilisearch";
import { fmt, percentile } from "./stats.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { createIndexer } from "../indexer/indexer.js";
import { syntheticProjects } from "./synthetic-projects.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../indexer/text-analysis.js";
import { silentLogger } from "../core/logger.js";
import { JUDGEMENTS } from "../sample-corpus/relevance-judgements.js";
import { createApp } from "../server/app.js";
import { parseSearchRequest } from "../server/search-request.js";
import { createSearchService } from "../server/search-service.js";

interface Captured {
  url: string;
  body: string;
}

async function load(concurrency: number, requests: number, send: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const begun = performance.now();
        await send(i);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: requests / seconds,
  };
}

export async function benchApi(host: string, apiKey: string, records: number): Promise<void> {
  const client = new Meilisearch({ host, apiKey });
  const vocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(vocabulary);
  const vocabularies = await loadVocabularies();
  const indexName = "bench_api";
  const indexer = createIndexer({ client, indexName, analyzer, vocabulary, taskTimeoutMs: 3_600_000 });
  await indexer.ensureIndex();
  await indexer.upsert(
    syntheticProjects(records, {
      seed: 7,
      regions: vocabularies.regions.names,
      funders: vocabularies.funders.names,
      targetGroups: vocabularies.targetGroups.names,
      themes: vocabularies.themes.names,
    }),
  );

  const queries = [
    ...JUDGEMENTS.map((judgement) => ({ q: judgement.query })),
    { q: "nuorten mielenterveys", region: "Lappi" },
    { q: "" },
  ];

  // Capture the Meilisearch requests the service makes for each query, to replay them directly.
  const captured: Captured[][] = [];
  let current: Captured[] = [];
  const capturing = new Meilisearch({
    host,
    apiKey,
    httpClient: async (input, init) => {
      current.push({ url: String(input), body: String(init?.body ?? "") });
      const response = await fetch(input, init);
      return response.json();
    },
  });
  const capturingSearch = createSearchService({ client: capturing, indexName, analyzer });
  for (const query of queries) {
    current = [];
    await capturingSearch.search(parseSearchRequest(query));
    captured.push(current);
  }

  const app = createApp({
    search: createSearchService({ client, indexName, analyzer }),
    config: { sampleCorpus: false, api: { rateLimitPerMinute: 10_000_000, cacheSeconds: 0 }, partners: [] },
    logger: silentLogger(),
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { "content-type": "application/json", authorization: `Bearer ${apiKey}` };

  const viaApi = async (i: number) => {
    const response = await fetch(`${base}/api/search?${new URLSearchParams(queries[i % queries.length])}`);
    if (!response.ok) throw new Error(`API answered ${response.status}`);
    await response.json();
  };
  const direct = async (i: number) => {
    await Promise.all(
      captured[i % captured.length]!.map(async ({ url, body }) => {
        const response = await fetch(url, { method: "POST", headers, body });
        if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
        // A client of Meilisearch reads the answer as the API's client does.
        await response.json();
      }),
    );
  };

  try {
    console.log(
      `/api/search against the same Meilisearch requests sent directly (${records} records, ${queries.length} queries):`,
    );
    console.log("  concurrency  target        p50 ms   p95 ms   p99 ms   req/s");
    for (const concurrency of [1, 8, 32]) {
      const requests = concurrency === 1 ? 200 : 600;
      await load(concurrency, 40, direct); // warm-up
      const meili = await load(concurrency, requests, direct);
      const ours = await load(concurrency, requests, viaApi);
      for (const [label, row] of [
        ["Meilisearch", meili],
        ["Hankehaku API", ours],
      ] as const) {
        console.log(
          `  ${String(concurrency).padStart(11)}  ${label.padEnd(13)} ${fmt(row.p50).padStart(7)} ${fmt(row.p95).padStart(8)} ${fmt(row.p99).padStart(8)} ${fmt(row.rps, 0).padStart(7)}`,
        );
      }
      console.log(
        `  ${" ".repeat(11)}  overhead at p50: ${fmt((ours.p50 / meili.p50 - 1) * 100)} %   throughput ratio: ${fmt(ours.rps / meili.rps, 2)}`,
      );
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await client.deleteIndex(indexName).waitTask();
  }
}
