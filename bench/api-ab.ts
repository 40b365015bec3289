// The app's CPU per search, build against build, without Meilisearch's noise: `--record` runs
// the judged queries (fi, sv, en; none, one and two filters; with lang, page and sort) through
// the search service against an embedded Meilisearch with N synthetic records and keeps each
// request body with its answer; then each build's bench/api-server.ts is started against a
// stand-in engine that answers those requests from the recording, searches are sent to the
// builds in interleaved rounds, and each one's CPU per search is read from /proc. It also
// writes each build's answers (asked twice, so the second comes from any cache) for comparing.
// Usage: npx tsx bench/api-ab.ts --record [--records 67]
//        npx tsx bench/api-ab.ts [--no-filters] [--rounds 6] [--cpu-prof DIR] DIR_OF_BUILD_A DIR_OF_BUILD_B …
//        (a build is a checkout with node_modules, e.g. `git archive main | tar -x -C /tmp/a`)

import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { silentLogger } from "../core/logger.js";
import { startEmbeddedMeili } from "../indexer/embedded-meili.js";
import { createMeiliClient } from "../indexer/meili-client.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../indexer/text-analysis.js";
import { parseSearchRequest } from "../server/search-request.js";
import { createSearchService } from "../server/search-service.js";
import { indexRecords, querySet } from "./api.bench.js";
import { cpuMs, keepAliveAgent } from "./http-load.js";
import { fmt } from "./stats.js";

type Query = Record<string, string>;
interface Recording {
  queries: Query[];
  /** Meilisearch's answer text by request body. */
  answers: Record<string, string>;
}

const RECORDING = path.join(os.tmpdir(), "hankehaku-api-ab.json");
const INDEX = "bench_api_ab";

/** The judged queries with 0–2 filters, and some with another language, the second page or another order. */
const variants = (queries: Query[]): Query[] =>
  queries.flatMap((query, i) => [
    query,
    ...(i % 3 < 2 ? [{ ...query, lang: i % 3 === 0 ? "sv" : "en" }] : []),
    ...(i % 5 === 0 ? [{ ...query, page: "2" }] : []),
    ...(i % 7 === 0 ? [{ ...query, sort: "newest" }] : []),
  ]);

async function record(records: number) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-api-ab-"));
  const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
  try {
    const client = createMeiliClient({ host: meili.url, apiKey: meili.masterKey });
    const analyzer = await loadTextAnalyzer(await loadSearchVocabulary());
    const vocabularies = await indexRecords(client, analyzer, INDEX, records);
    const queries = variants(
      [0, 1, 2].flatMap((filters) => querySet(filters, vocabularies.regions.names, vocabularies.funders.names)),
    );
    const answers: Record<string, string> = {};
    const send = client.multiSearch.bind(client);
    client.multiSearch = (async (body: Parameters<typeof send>[0]) => {
      const answer = await send(body);
      answers[JSON.stringify(body)] = JSON.stringify(answer);
      return answer;
    }) as typeof client.multiSearch;
    const search = createSearchService({ client, indexName: INDEX, analyzer });
    for (const query of queries) await search.search(parseSearchRequest(query));
    await writeFile(RECORDING, JSON.stringify({ queries, answers } satisfies Recording));
    console.log(`${queries.length} searches, ${Object.keys(answers).length} Meilisearch answers in ${RECORDING}`);
  } finally {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A stand-in Meilisearch: the recorded answer to a recorded request body, a 500 to any other. */
async function standIn(answers: Record<string, string>) {
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const text = answers[body];
      if (text === undefined) res.writeHead(500).end('{"message":"not recorded"}');
      else
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function startBuild(dir: string, engineUrl: string, profileDir: string | undefined) {
  const profile = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", "bench/api-server.ts", engineUrl, "key", INDEX],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  return { dir, child, base: `http://127.0.0.1:${chunk.toString().trim()}` };
}

/** One search's answer text; rejects on a status other than 200. */
function get(agent: http.Agent, url: string, encoding: string) {
  return new Promise<{ body: string; etag: string | undefined; gzip: boolean }>((resolve, reject) => {
    http
      .get(url, { agent, headers: { "accept-encoding": encoding } }, (res) => {
        let body = "";
        res.setEncoding(encoding === "identity" ? "utf8" : "latin1");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () =>
          res.statusCode === 200
            ? resolve({ body, etag: res.headers.etag, gzip: res.headers["content-encoding"] === "gzip" })
            : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on("error", reject);
  });
}

interface CompareOptions {
  rounds: number;
  perRound: number;
  noFilters: boolean;
  /** Where each build writes a V8 CPU profile (`node --cpu-prof`) when it stops. */
  profileDir: string | undefined;
}

async function compare(dirs: string[], options: CompareOptions) {
  const { queries, answers } = JSON.parse(await readFile(RECORDING, "utf8")) as Recording;
  const engine = await standIn(answers);
  const builds = await Promise.all(dirs.map((dir) => startBuild(dir, engine.url, options.profileDir)));
  const agent = keepAliveAgent();
  const url = (base: string, query: Query | undefined) => `${base}/api/search?${new URLSearchParams(query)}`;
  try {
    for (const [i, build] of builds.entries()) {
      const out: unknown[] = [];
      for (const query of [...queries, ...queries]) {
        const { body, etag } = await get(agent, url(build.base, query), "identity");
        const { processingTimeMs: _timing, ...answer } = JSON.parse(body) as Record<string, unknown>;
        // The gzipped answer decodes to the same, its timing aside.
        const gzipped = await get(agent, url(build.base, query), "gzip");
        const { processingTimeMs: _other, ...decoded } = JSON.parse(
          gzipped.gzip
            ? gunzipSync(Buffer.from(gzipped.body, "latin1")).toString()
            : Buffer.from(gzipped.body, "latin1").toString(),
        ) as Record<string, unknown>;
        if (JSON.stringify(decoded) !== JSON.stringify(answer) || gzipped.etag !== etag)
          throw new Error(`${build.dir}: the gzipped answer to ${JSON.stringify(query)} differs`);
        out.push({ query, answer, etag });
      }
      const file = path.join(os.tmpdir(), `hankehaku-api-ab-answers-${i}.json`);
      await writeFile(file, JSON.stringify(out, null, 1));
      console.log(`answers of ${build.dir}: ${file}`);
    }
    const measured = options.noFilters ? queries.filter((query) => !query.region) : queries;
    const cpu = builds.map(() => ({ all: 0, system: 0 }));
    for (let round = 0; round < options.rounds; round++) {
      for (const [i, build] of builds.entries()) {
        const pid = build.child.pid ?? 0;
        const [all, system] = [await cpuMs(pid), await cpuMs(pid, "system")];
        for (let n = 0; n < options.perRound; n++) {
          await get(agent, url(build.base, measured[(round * options.perRound + n) % measured.length]), "gzip");
        }
        const used = cpu[i];
        if (used) {
          used.all += (await cpuMs(pid)) - all;
          used.system += (await cpuMs(pid, "system")) - system;
        }
      }
    }
    const searches = options.rounds * options.perRound;
    builds.forEach((build, i) =>
      console.log(
        `${build.dir}: ${fmt((cpu[i]?.all ?? 0) / searches, 2)} ms CPU per search, ` +
          `${fmt((cpu[i]?.system ?? 0) / searches, 2)} of it in the kernel (${searches} searches)`,
      ),
    );
  } finally {
    agent.destroy();
    for (const { child } of builds) await stop(child);
    engine.server.close();
  }
}

async function stop(child: ChildProcess) {
  child.kill("SIGTERM");
  if (child.exitCode === null) await once(child, "exit");
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    record: { type: "boolean", default: false },
    records: { type: "string", default: "67" },
    rounds: { type: "string", default: "6" },
    "per-round": { type: "string", default: "300" },
    "no-filters": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
  },
});
if (values.record) await record(Number(values.records));
else
  await compare(positionals.length > 0 ? positionals : ["."], {
    rounds: Number(values.rounds),
    perRound: Number(values["per-round"]),
    noFilters: values["no-filters"],
    profileDir: values["cpu-prof"] ? path.resolve(values["cpu-prof"]) : undefined,
  });
