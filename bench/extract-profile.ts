// Where extract + normalize spend their time: runs both over the sample corpus's pages under the
// V8 CPU profiler (node:inspector, in this process) and prints each stage's share of the run,
// inclusive of what it calls: cheerio's parse, the rest of extraction, language detection
// (franc), and each field group of normalize. The figures of the README's "Where the time goes"
// table come from here. Shares, not times: the machine is shared, and a share holds under load.
// Usage: npx tsx bench/extract-profile.ts [--all] [--passes 10]   (--all: the site folders too)

import { readdir, readFile } from "node:fs/promises";
import { Session, type Profiler } from "node:inspector";
import path from "node:path";
import { parseArgs } from "node:util";
import { SAMPLE_SITE_DIR } from "../core/paths.js";
import { extractPage } from "../crawlers/extract.js";
import { normalizeProject } from "../crawlers/normalize/index.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { fmt } from "./stats.js";

/** Stages by the function that runs them and its file, as the profile names them. */
const STAGES: [stage: string, functionName: string, file: string][] = [
  ["extract (parse included)", "extractPage", "crawlers/extract"],
  ["  cheerio parse", "load", "cheerio/dist/esm/load"],
  ["  listing signals", "listingSignals", "crawlers/listing-pages"],
  ["  label/value facts", "extractFacts", "crawlers/extract"],
  ["normalize", "normalizeProject", "crawlers/normalize/index"],
  ["  language (franc)", "detectLanguage", "crawlers/normalize/page"],
  ["  vocabulary look-ups", "find", "crawlers/vocabulary"],
  ["  target groups", "targetGroupsOf", "crawlers/normalize/target-groups"],
  ["  period", "periodOf", "crawlers/normalize/index"],
  ["  places", "placesOf", "crawlers/normalize/places"],
  ["  organisations", "organisationsOf", "crawlers/normalize/organisations"],
  ["  facts by label", "factsByKind", "crawlers/normalize/labels"],
  ["  funders", "fundersOf", "crawlers/normalize/funders"],
  ["  contacts", "findContacts", "crawlers/contacts"],
  ["  budget", "budgetOf", "crawlers/normalize/money"],
  ["garbage collection", "(garbage collector)", ""],
];

const { values } = parseArgs({
  options: { all: { type: "boolean", default: false }, passes: { type: "string", default: "10" } },
});
const vocabularies = await loadVocabularies();
const files = (await readdir(SAMPLE_SITE_DIR, { recursive: values.all })).filter((file) => file.endsWith(".html"));
const pages = await Promise.all(
  files.map(async (file) => ({
    url: `http://127.0.0.1/${file}`,
    html: await readFile(path.join(SAMPLE_SITE_DIR, file), "utf8"),
  })),
);
const now = new Date();
const run = () => {
  for (const page of pages)
    normalizeProject(extractPage(page.html, page.url), { fetchedAt: now.toISOString(), now, vocabularies });
};
run(); // compiling the patterns is not per-page work

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 200 });
await post("Profiler.start");
const started = performance.now();
for (let pass = 0; pass < Number(values.passes); pass += 1) run();
const seconds = (performance.now() - started) / 1000;
const { profile } = await post<{ profile: Profiler.Profile }>("Profiler.stop");
session.disconnect();

const shares = stageShares(profile);
console.log(
  `${pages.length} pages x ${values.passes} passes in ${fmt(seconds, 1)} s (${fmt((seconds * 1000) / (pages.length * Number(values.passes)), 2)} ms per page, wall clock)`,
);
for (const [stage] of STAGES) console.log(`${stage.padEnd(28)} ${fmt(100 * (shares.get(stage) ?? 0), 1)} %`);
const parse = shares.get("  cheerio parse") ?? 0;
console.log(`parse / (extract + normalize + gc): ${fmt(parse, 3)} (the bench's ratio measures the same thing)`);

/** Each stage's share of the sampled time, inclusive of what it calls; GC counts as the run's. */
function stageShares(profile: Profiler.Profile): Map<string, number> {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const timeOf = new Map<number, number>();
  for (const [index, id] of (profile.samples ?? []).entries())
    timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0));
  const totals = new Map<string, number>();
  let work = 0;
  for (const [id, time] of timeOf) {
    const frames = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) frames.add(frame.functionName).add(`${frame.functionName} ${frame.url}`);
    }
    const has = (functionName: string, file: string) =>
      file === ""
        ? frames.has(functionName)
        : [...frames].some((f) => f.startsWith(`${functionName} `) && f.includes(file));
    // The run is extraction, normalization and the garbage they leave.
    if (!["extractPage", "normalizeProject", "(garbage collector)"].some((name) => frames.has(name))) continue;
    work += time;
    for (const [stage, functionName, file] of STAGES)
      if (has(functionName, file)) totals.set(stage, (totals.get(stage) ?? 0) + time);
  }
  return new Map([...totals].map(([stage, time]) => [stage, work > 0 ? time / work : 0]));
}
