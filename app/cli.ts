// The hankehaku command line: `npm run cli -- <command>` or the `hankehaku` bin.
//   start                           serve, crawl the sample corpus and new sources, keep re-crawl schedules
//   serve                           serve the API and the search page only
//   crawl [--source NAME] [--url U] crawl configured sources (all by default) or try one site by URL
//   extract <file-or-url>...        print one normalized record per line (NDJSON), index nothing
//   index [--rebuild|--from-archive] apply the index settings and re-derive the records if the rules changed;
//                                   rebuild into a new index swapped in when complete
//   status                          per source: last crawl, pages, new, changed, removed, errors, next run
//   eval <folder> [--misses]        per-field precision, recall and F1 against <folder>/gold.json

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig, type Config, type SourceConfig } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import { createCrawlState } from "../crawlers/crawl-state.js";
import { extractPage } from "../crawlers/extract.js";
import { evaluateFolder, formatScores } from "../crawlers/evaluation.js";
import { createFetcher } from "../crawlers/fetcher.js";
import { sourceStatuses, statusTable } from "../crawlers/source-status.js";
import { normalizeProject } from "../crawlers/normalize/index.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";
import { connectEngine } from "../indexer/engine.js";
import type { Upsert } from "../indexer/indexer.js";
import { createLogger, type Logger } from "../core/logger.js";
import { indexFromArchive } from "./archive-rebuild.js";
import { createPipeline, reportCounts, type Pipeline } from "./pipeline.js";
import { rederiveIfRulesChanged } from "./rederive.js";
import { createFingerprintStore, rulesFingerprint } from "./rules-fingerprint.js";
import { sampleSource, withSampleSite } from "./sample-source.js";
import { startService } from "./service.js";

const USAGE = `usage: hankehaku <command>
  start                            serve, crawl the sample corpus and new sources, run re-crawl schedules
  serve                            serve the API and search page without crawling
  crawl [--source NAME] [--url U]  crawl configured sources, or try a site not yet configured
  extract <file-or-url>...         print normalized records as NDJSON without indexing
  index [--rebuild|--from-archive] apply the index settings, and re-derive every record from the archive
                                   if the extraction or indexing rules changed since the index was filled;
                                   --rebuild re-crawls, --from-archive rebuilds from the archive with no
                                   network; all swap a complete new index in
  status                           per source: last crawl, pages, new, changed, removed, errors, next run
  eval <folder> [--misses]         per-field precision, recall and F1 of extraction against <folder>/gold.json
                                   (pages under <folder>/site/ or beside it); --misses lists each wrong field`;

class UsageError extends Error {
  override name = "UsageError";
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const logger = createLogger();
  switch (command) {
    case "start":
    case "serve":
      return serve(await loadConfig(), logger, command === "start");
    case "crawl":
      return crawl(await loadConfig(), logger, rest);
    case "extract":
      return extract(await loadConfig(), rest);
    case "index":
      return index(await loadConfig(), logger, rest);
    case "status":
      return status(await loadConfig());
    case "eval":
      return evaluate(rest);
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** After SIGTERM/SIGINT, stop() gets this long before the process exits anyway (docker waits 10 s). */
const STOP_DEADLINE_MS = 4_000;

async function serve(config: Config, logger: Logger, crawl: boolean): Promise<number> {
  const service = await startService({ config, logger, crawl });
  process.stderr.write(`Hankehaku is running at http://localhost:${new URL(service.url).port} (Ctrl-C stops it)\n`);
  const signal = await stopSignal();
  logger.info({ signal }, "stopping");
  // A second signal, or a stop that overruns, ends the process at once; the engine child is
  // killed on exit (embedded-meili.ts) and a crawl resumes from its frontier next time.
  const force = (reason: string) => {
    logger.warn({ reason }, "stopping now without waiting");
    process.exit(1);
  };
  process.once("SIGINT", () => force("second signal"));
  process.once("SIGTERM", () => force("second signal"));
  setTimeout(() => force(`not stopped within ${STOP_DEADLINE_MS} ms`), STOP_DEADLINE_MS).unref();
  await service.stop();
  return 0;
}

/**
 * The first of SIGINT, SIGTERM and SIGHUP (a closed terminal) to arrive, or "parent gone" when
 * npm that started us (`npm start`) died without passing a signal on: left running, the app
 * and its engine would serve on as orphans.
 */
function stopSignal(): Promise<NodeJS.Signals | "parent gone"> {
  return new Promise((resolve) => {
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    const parent = process.ppid;
    const parentWatch = setInterval(() => {
      if (process.env.npm_lifecycle_event && process.ppid !== parent) onSignal("parent gone");
    }, 500);
    parentWatch.unref();
    function onSignal(signal: NodeJS.Signals | "parent gone") {
      clearInterval(parentWatch);
      for (const other of signals) process.removeListener(other, onSignal);
      resolve(signal);
    }
    for (const signal of signals) process.once(signal, onSignal);
  });
}

async function crawl(config: Config, logger: Logger, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { source: { type: "string" }, url: { type: "string" } } });
  let sources: SourceConfig[];
  if (values.url) {
    const url = new URL(values.url);
    sources = [{ name: `try-${url.hostname.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`, startUrls: [url.href] }];
  } else if (values.source) {
    const source = config.sources.find((candidate) => candidate.name === values.source);
    if (!source)
      throw new UsageError(`no source "${values.source}"; configured: ${config.sources.map((s) => s.name).join(", ")}`);
    sources = [source];
  } else {
    sources = config.sources.filter((source) => source.enabled !== false);
  }
  const engine = await connectEngine(config, logger);
  let failures = 0;
  try {
    const pipeline = await createPipeline(config, engine, logger);
    await pipeline.indexer.ensureIndex();
    for (const source of sources) {
      try {
        const report = await pipeline.runSource(source, { onProgress: terminalProgress() });
        if (process.stderr.isTTY) process.stderr.write("\n");
        const counts = reportCounts(report);
        console.log(
          `${source.name}: ${report.pagesFetched} pages fetched, ${report.projectsIndexed} projects indexed, ` +
            `${counts.unchanged} unchanged, ${report.newProjects} new, ${report.changedProjects} changed, ` +
            `${report.removedProjects} removed, ${counts.notFound} not found, ${counts.failed} failed; skipped: ` +
            `${report.skippedPages.notProject} not a project, ${report.skippedPages.robots} by robots.txt, ` +
            `${report.skippedPages.cap} over the cap per URL pattern, ${report.skippedPages.limit} over the page limit`,
        );
      } catch (error) {
        failures += 1;
        console.log(`${source.name}: failed: ${messageOf(error)}`);
      }
    }
  } finally {
    await engine.stop();
  }
  return failures > 0 ? 1 : 0;
}

async function extract(config: Config, targets: string[]): Promise<number> {
  if (targets.length === 0) throw new UsageError("extract needs at least one file or URL");
  const vocabularies = await loadVocabularies();
  const fetchPage = createFetcher(config.crawler);
  let failures = 0;
  for (const target of targets) {
    try {
      const isUrl = /^https?:\/\//.test(target);
      const page = isUrl
        ? await fetchPage(target)
        : {
            body: await readFile(target, "utf8"),
            url: new URL(target, `file://${process.cwd()}/`).href,
            fetchedAt: new Date().toISOString(),
          };
      const project = normalizeProject(extractPage(page.body, page.url), {
        fetchedAt: page.fetchedAt,
        now: new Date(),
        vocabularies,
      });
      process.stdout.write(JSON.stringify(project) + "\n");
    } catch (error) {
      failures += 1;
      process.stderr.write(`${target}: ${messageOf(error)}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function index(config: Config, logger: Logger, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { rebuild: { type: "boolean" }, "from-archive": { type: "boolean" } },
  });
  const engine = await connectEngine(config, logger);
  try {
    const pipeline = await createPipeline(config, engine, logger);
    await pipeline.indexer.ensureIndex();
    // Worked out before the rebuild, so a rule file edited meanwhile is caught next time.
    const fingerprint = await rulesFingerprint(config);
    const rulesDerived = () => createFingerprintStore(config.dataDir).write(fingerprint, config.meili.index);
    if (values["from-archive"]) {
      // No network: every source's archive, the pages as they were last seen, into a new index.
      const { count } = await indexFromArchive(config, pipeline, logger);
      await rulesDerived();
      console.log(`index "${config.meili.index}" rebuilt from the archive with ${count} records`);
    } else if (values.rebuild) {
      const { count } = await pipeline.indexer.rebuild((upsert) => recrawlEverything(config, pipeline, upsert));
      await rulesDerived();
      console.log(`index "${config.meili.index}" rebuilt with ${count} records`);
    } else {
      const outcome = await rederiveIfRulesChanged({ config, pipeline, logger });
      if (outcome.action === "failed") {
        console.log(`index "${config.meili.index}": re-deriving the records failed: ${outcome.error}`);
        return 1;
      }
      const rederived = outcome.action === "rebuilt" ? `re-derived from the archive (${outcome.reason}), ` : "";
      console.log(
        `index "${config.meili.index}": settings applied, ${rederived}${await pipeline.indexer.count()} records`,
      );
    }
  } finally {
    await engine.stop();
  }
  return 0;
}

/**
 * Everything crawled again into `upsert` (a new index); the current one serves until the swap,
 * and stays as it is if any source fails.
 */
async function recrawlEverything(config: Config, pipeline: Pipeline, upsert: Upsert): Promise<void> {
  if (config.sampleCorpus) {
    await withSampleSite((origin) =>
      pipeline.runSource(
        { ...sampleSource(config.port), startUrls: [`${origin}/index.html`] },
        { upsert, fresh: true },
      ),
    );
  }
  for (const source of config.sources.filter((candidate) => candidate.enabled !== false)) {
    await pipeline.runSource(source, { upsert, fresh: true });
  }
}

async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { misses: { type: "boolean" } } });
  const [folder] = positionals;
  if (!folder || positionals.length > 1) throw new UsageError("eval needs one folder with a gold.json");
  const report = await evaluateFolder(folder, { vocabularies: await loadVocabularies() });
  if (values.misses)
    for (const miss of report.misses)
      console.log(
        `${miss.page} ${miss.field}: missing ${JSON.stringify(miss.missing)} extra ${JSON.stringify(miss.extra)}`,
      );
  console.log(formatScores(report));
  return 0;
}

async function status(config: Config): Promise<number> {
  const state = await createCrawlState(config.dataDir).read();
  const sources = [...(config.sampleCorpus ? [sampleSource(config.port)] : []), ...config.sources];
  console.log(statusTable(sourceStatuses(sources, state, new Date())));
  return 0;
}

/** A progress line on a terminal; nothing otherwise (the logs say enough there). */
function terminalProgress() {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return ({ source, fetched, queued }: { source: string; fetched: number; queued: number }) => {
    if (Date.now() - last < 200) return;
    last = Date.now();
    process.stderr.write(`\r${source}: ${fetched} pages fetched, ${queued} in progress   `);
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`hankehaku: ${error.message}\n${error instanceof UsageError ? USAGE + "\n" : ""}`);
    if (process.env.LOG_LEVEL === "debug") process.stderr.write(`${error.stack}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
