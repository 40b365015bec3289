// Where the app's CPU time per search goes: runs bench/api-server.ts under `node --cpu-prof`
// against an embedded Meilisearch with N synthetic records, sends searches (the judged queries,
// with 0 to 2 facet filters) from 8 clients, and prints the self time per search by file and
// by function. The figures of the README's "where the time goes" table come from here.
// Usage: npx tsx bench/api-profile.ts [--records 10000] [--searches 1500] [--top 25] [--save FILE.cpuprofile]

import { spawn } from "node:child_process";
import { once } from "node:events";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Meilisearch } from "meilisearch";
import { silentLogger } from "../core/logger.js";
import { REPO_ROOT } from "../core/paths.js";
import { startEmbeddedMeili } from "../indexer/embedded-meili.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../indexer/text-analysis.js";
import { indexRecords, querySet } from "./api.bench.js";
import { cpuMs, keepAliveAgent, load, request } from "./http-load.js";
import { fmt } from "./stats.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per key over the whole profile. */
function selfTimes(profile: Profile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

const fileOf = (node: ProfileNode) => {
  const url = node.callFrame.url;
  if (!url) return node.callFrame.functionName || "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0)
    return url
      .slice(modules + 13)
      .split("/")
      .slice(0, url.includes("/@", modules) ? 2 : 1)
      .join("/");
  return url.replace(/^file:\/\//, "").replace(`${REPO_ROOT}/`, "");
};
const functionOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || "(anonymous)"} ${fileOf(node)}:${node.callFrame.lineNumber + 1}`;

function printTop(title: string, times: Map<string, number>, searches: number, top: number) {
  console.log(`\n  ${title} (ms of CPU per search):`);
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, ms] of rows) console.log(`    ${fmt(ms / searches, 3).padStart(7)}  ${key}`);
}

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "10000" },
    searches: { type: "string", default: "1500" },
    top: { type: "string", default: "25" },
    /** Keep a copy of the .cpuprofile (for Chrome DevTools or speedscope). */
    save: { type: "string" },
  },
});
const searches = Number(values.searches);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-profile-"));
const profileDir = path.join(dataDir, "profile");
const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
try {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
  const analyzer = await loadTextAnalyzer(await loadSearchVocabulary());
  const vocabularies = await indexRecords(client, analyzer, "profile", Number(values.records));
  const queries = [0, 1, 2].flatMap((filters) =>
    querySet(filters, vocabularies.regions.names, vocabularies.funders.names),
  );
  const child = spawn(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${profileDir}`,
      "--import",
      "tsx",
      "bench/api-server.ts",
      meili.url,
      meili.masterKey,
      "profile",
    ],
    { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  const base = `http://127.0.0.1:${chunk.toString().trim()}`;
  const agent = keepAliveAgent();
  const send = (i: number) =>
    request(agent, "GET", `${base}/api/search?${new URLSearchParams(queries[i % queries.length])}`, {
      "accept-encoding": "gzip",
    });
  await load(8, 200, send); // warm-up: start-up and JIT are not per-search costs
  const started = performance.now();
  const cpuBefore = await cpuMs(child.pid ?? 0);
  const row = await load(8, searches, send);
  const window = [started, performance.now()];
  const cpuPerSearch = ((await cpuMs(child.pid ?? 0)) - cpuBefore) / searches;
  agent.destroy();
  child.kill("SIGTERM");
  await once(child, "exit");
  const [file] = (await readdir(profileDir)).filter((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("no CPU profile was written");
  const profile = JSON.parse(await readFile(path.join(profileDir, file), "utf8")) as Profile;
  if (values.save) await copyFile(path.join(profileDir, file), values.save);
  // Keep only the samples of the measured window (the profile's clock is in µs since start).
  const end = profile.endTime;
  const span = (window[1] ?? 0) - (window[0] ?? 0);
  let at = profile.startTime;
  const kept: Profile = { ...profile, samples: [], timeDeltas: [] };
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // The window ends when the child was told to stop (what follows is idle or shutdown): count
    // back from the profile's end.
    if (at >= end - span * 1000 - 300_000) {
      kept.samples.push(id);
      kept.timeDeltas.push(profile.timeDeltas[i] ?? 0);
    }
  });
  const idle = selfTimes(kept, (node) => node.callFrame.functionName).get("(idle)") ?? 0;
  const busy = [...selfTimes(kept, fileOf)].reduce((sum, [, ms]) => sum + ms, 0) - idle;
  console.log(
    `${values.records} records, ${searches} searches from 8 clients: ${fmt(row.rps, 0)} req/s, app CPU per search ` +
      `${fmt(cpuPerSearch, 2)} ms (user + system, all threads, from /proc), ${fmt(busy / searches, 2)} ms ` +
      `sampled on the main thread (idle excluded; on a loaded machine this counts time descheduled too)`,
  );
  const withoutIdle = (times: Map<string, number>) => new Map([...times].filter(([key]) => !key.startsWith("(idle)")));
  printTop("by file or package", withoutIdle(selfTimes(kept, fileOf)), searches, Number(values.top));
  printTop("by function", withoutIdle(selfTimes(kept, functionOf)), searches, Number(values.top));
} finally {
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
}
