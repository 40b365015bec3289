// GET /api/search against what it costs Meilisearch, at 67, 10 000 and 100 000 records, with
// no, one and two facet filters, sequentially and at 8 and 64 concurrent clients. Baselines,
// measured in the same run and interleaved with the API: (a) exactly the Meilisearch requests
// the API sends for each search, captured and replayed over keep-alive HTTP with identity
// encoding, and (b) one plain faceted search of the same words. The app runs in its own
// process (bench/api-server.ts), so its CPU time per search is read from /proc.
// Run by bench/run.ts (`npm run bench -- --only api [--api-sizes 67,10000]`).

import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Meilisearch } from "meilisearch";
import { REPO_ROOT } from "../core/paths.js";
import { FACETS } from "../core/project.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { createIndexer } from "../indexer/indexer.js";
import { loadSearchVocabulary, loadTextAnalyzer, type TextAnalyzer } from "../indexer/text-analysis.js";
import { JUDGEMENTS } from "../sample-corpus/relevance-judgements.js";
import { parseSearchRequest } from "../server/search-request.js";
import { createSearchService } from "../server/search-service.js";
import { cpuMs, keepAliveAgent, load, request, type LoadRow } from "./http-load.js";
import { fmt } from "./stats.js";
import { syntheticProjects } from "./synthetic-projects.js";

type Query = Record<string, string>;
interface Captured {
  method: string;
  url: string;
  body: string;
}

interface ApiBenchOptions {
  sizes: number[];
  /** Concurrent clients to compare at (default 1, 8, 64). */
  concurrency?: number[];
  /** Numbers of facet filters to compare with (default 0, 1, 2). */
  filters?: number[];
}
const REQUESTS: Record<number, number> = { 1: 150, 8: 400, 64: 960 };
const ROUNDS = 2;

export async function indexRecords(client: Meilisearch, analyzer: TextAnalyzer, indexName: string, count: number) {
  const vocabulary = await loadSearchVocabulary();
  const vocabularies = await loadVocabularies();
  const indexer = createIndexer({ client, indexName, analyzer, vocabulary, taskTimeoutMs: 3_600_000 });
  await indexer.ensureIndex();
  await indexer.upsert(
    syntheticProjects(count, {
      seed: 7,
      regions: vocabularies.regions.names,
      funders: vocabularies.funders.names,
      targetGroups: vocabularies.targetGroups.names,
      themes: vocabularies.themes.names,
    }),
  );
  return vocabularies;
}

/** The queries of the relevance judgements, with `filters` facet filters drawn from the vocabularies. */
export function querySet(filters: number, regions: string[], funders: string[]): Query[] {
  return [...JUDGEMENTS.map((judgement) => judgement.query), ""].map((q, i) => ({
    q,
    ...(filters >= 1 ? { region: regions[i % regions.length] ?? "" } : {}),
    ...(filters >= 2 ? { funder: funders[i % funders.length] ?? "" } : {}),
  }));
}

/** The Meilisearch requests the search service sends for each query, in order. */
async function capture(
  host: string,
  apiKey: string,
  indexName: string,
  analyzer: TextAnalyzer,
  queries: Query[],
  analysis = true,
) {
  let current: Captured[] = [];
  const capturing = new Meilisearch({
    host,
    apiKey,
    httpClient: async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const body = typeof init?.body === "string" ? init.body : "";
      current.push({ method: init?.method ?? "GET", url, body });
      return (await fetch(input, init)).json();
    },
  });
  const service = createSearchService({ client: capturing, indexName, analyzer, analysis });
  const captured: Captured[][] = [];
  for (const query of queries) {
    current = [];
    await service.search(parseSearchRequest(query));
    captured.push(current);
  }
  return captured;
}

/** One plain Meilisearch search of the same words and filters, with every facet counted. */
function plainSearchBody(query: Query): string {
  const filter = Object.entries(FACETS)
    .filter(([param]) => query[param])
    .map(([param, field]) => `${field} = ${JSON.stringify(query[param])}`);
  return JSON.stringify({
    q: query.q,
    filter,
    facets: Object.values(FACETS),
    attributesToHighlight: ["title", "summary"],
    attributesToCrop: ["description"],
    hitsPerPage: 20,
  });
}

async function startApiServer(host: string, apiKey: string, indexName: string, ...flags: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/api-server.ts", host, apiKey, indexName, ...flags], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  return { child, base: `http://127.0.0.1:${chunk.toString().trim()}` };
}

async function stop(child: ChildProcess) {
  child.kill("SIGTERM");
  if (child.exitCode === null) await once(child, "exit");
}

function printRow(label: string, row: LoadRow) {
  const cells = [fmt(row.p50), fmt(row.p95), fmt(row.p99), fmt(row.rps, 0), String(row.errors)];
  console.log(`      ${label.padEnd(22)} ${cells.map((cell) => cell.padStart(8)).join(" ")}`);
}

/** Rounds of the three targets interleaved, latencies pooled, so drift on the machine hits all alike. */
async function compare(concurrency: number, targets: Record<string, (i: number) => Promise<void>>) {
  const requests = REQUESTS[concurrency] ?? 400;
  for (const send of Object.values(targets)) await load(concurrency, Math.min(100, requests), send); // warm-up
  const rows: Record<string, LoadRow[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, send] of Object.entries(targets)) {
      (rows[label] ??= []).push(await load(concurrency, requests / ROUNDS, send));
    }
  }
  const pooled = (list: LoadRow[]): LoadRow => ({
    p50: list.reduce((sum, row) => sum + row.p50, 0) / list.length,
    p95: list.reduce((sum, row) => sum + row.p95, 0) / list.length,
    p99: Math.max(...list.map((row) => row.p99)),
    rps: list.reduce((sum, row) => sum + row.rps, 0) / list.length,
    errors: list.reduce((sum, row) => sum + row.errors, 0),
  });
  return Object.fromEntries(Object.entries(rows).map(([label, list]) => [label, pooled(list)]));
}

/**
 * What analysis and languages cost: the same searches with the keys query (inflected forms,
 * compound parts, names in other languages) and the concept query (a thesaurus concept's
 * narrower terms) and without them, sequentially, interleaved.
 */
async function analysisCost(
  host: string,
  apiKey: string,
  indexName: string,
  analyzer: TextAnalyzer,
  queries: Query[],
  base: string,
  agent: ReturnType<typeof keepAliveAgent>,
) {
  const plain = await startApiServer(host, apiKey, indexName, "--no-analysis");
  try {
    const search = (server: string) => (i: number) =>
      request(agent, "GET", `${server}/api/search?${new URLSearchParams(queries[i % queries.length])}`, {
        "accept-encoding": "gzip",
      });
    const rows = await compare(1, { "with analysis": search(base), "words as typed only": search(plain.base) });
    const withCalls = await capture(host, apiKey, indexName, analyzer, queries);
    const queriesPer = (list: Captured[][]) =>
      list.reduce(
        (sum, calls) =>
          sum + calls.reduce((n, call) => n + (JSON.parse(call.body) as { queries?: unknown[] }).queries!.length, 0),
        0,
      ) / list.length;
    const withoutCalls = await capture(host, apiKey, indexName, analyzer, queries, false);
    console.log(
      `    what analysis and languages cost (1 client, 0 filters; Meilisearch queries per search ` +
        `${fmt(queriesPer(withCalls), 1)} with, ${fmt(queriesPer(withoutCalls), 1)} without):`,
    );
    for (const [label, row] of Object.entries(rows)) printRow(label, row);
    const on = rows["with analysis"];
    const off = rows["words as typed only"];
    if (on && off)
      console.log(`      ratio with/without: p50 ${fmt(on.p50 / off.p50, 2)}  p95 ${fmt(on.p95 / off.p95, 2)}`);
  } finally {
    await stop(plain.child);
  }
}

async function benchSize(host: string, apiKey: string, count: number, options: ApiBenchOptions) {
  const client = new Meilisearch({ host, apiKey });
  const analyzer = await loadTextAnalyzer(await loadSearchVocabulary());
  const indexName = `bench_api_${count}`;
  const vocabularies = await indexRecords(client, analyzer, indexName, count);
  const { child, base } = await startApiServer(host, apiKey, indexName);
  const agent = keepAliveAgent();
  const meiliHeaders = {
    "content-type": "application/json",
    authorization: `Bearer ${apiKey}`,
    "accept-encoding": "identity",
  };
  try {
    console.log(`\n  ${count} records (p50, p95, p99 in ms; req/s; errors):`);
    for (const filters of options.filters ?? [0, 1, 2]) {
      const queries = querySet(filters, vocabularies.regions.names, vocabularies.funders.names);
      const captured = await capture(host, apiKey, indexName, analyzer, queries);
      const calls = captured.reduce((sum, list) => sum + list.length, 0) / captured.length;
      const at = <T>(list: T[], i: number) => list[i % list.length] as T;
      const targets = {
        "(a) its Meili requests": (i: number) =>
          Promise.all(at(captured, i).map((c) => request(agent, c.method, c.url, meiliHeaders, c.body))).then(() => {}),
        "(b) one plain search": (i: number) =>
          request(agent, "POST", `${host}/indexes/${indexName}/search`, meiliHeaders, plainSearchBody(at(queries, i))),
        "Hankehaku /api/search": (i: number) =>
          request(agent, "GET", `${base}/api/search?${new URLSearchParams(at(queries, i))}`, {
            "accept-encoding": "gzip",
          }),
      };
      console.log(`    ${filters} facet filter(s), ${fmt(calls, 1)} Meilisearch requests per search:`);
      for (const concurrency of options.concurrency ?? [1, 8, 64]) {
        const rows = await compare(concurrency, targets);
        console.log(`     concurrency ${concurrency}`);
        for (const [label, row] of Object.entries(rows)) printRow(label, row);
        const api = rows["Hankehaku /api/search"];
        const replay = rows["(a) its Meili requests"];
        const plain = rows["(b) one plain search"];
        if (api && replay && plain) {
          console.log(
            `      ratios API/(a): p50 ${fmt(api.p50 / replay.p50, 2)}  p95 ${fmt(api.p95 / replay.p95, 2)}  ` +
              `throughput ${fmt(api.rps / replay.rps, 2)};  API/(b): p50 ${fmt(api.p50 / plain.p50, 2)}`,
          );
        }
      }
    }
    const queries = querySet(0, [], []);
    await analysisCost(host, apiKey, indexName, analyzer, queries, base, agent);
    const before = await cpuMs(child.pid ?? 0);
    const sequential = 300;
    for (let i = 0; i < sequential; i++) {
      await request(agent, "GET", `${base}/api/search?${new URLSearchParams(queries[i % queries.length])}`, {
        "accept-encoding": "gzip",
      });
    }
    const cpu = ((await cpuMs(child.pid ?? 0)) - before) / sequential;
    console.log(`    Node CPU per search in the app: ${fmt(cpu, 2)} ms (${sequential} sequential searches)`);
  } finally {
    agent.destroy();
    await stop(child);
    await client.deleteIndex(indexName).waitTask({ timeout: 600_000 });
  }
}

export async function benchApi(host: string, apiKey: string, options: ApiBenchOptions): Promise<void> {
  console.log("/api/search against the Meilisearch requests it sends, (a) replayed and (b) as one plain search:");
  for (const size of options.sizes) await benchSize(host, apiKey, size, options);
}
