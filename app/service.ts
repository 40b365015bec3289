// Puts the stages together into the running service: the search engine (embedded or at
// MEILI_URL), the index settings, the HTTP server, re-deriving every record from the archive
// when the rules changed (rederive.ts), then the crawl of the sample corpus and of
// never-crawled sources at start, and the re-crawl schedules.
// Usage: const service = await startService({ config, logger }); ...; await service.stop();

import type { AddressInfo } from "node:net";
import cron, { type ScheduledTask } from "node-cron";
import type { Config, SourceConfig } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { sleep } from "../core/sleep.js";
import { sourceStatuses } from "../crawlers/source-status.js";
import { connectEngine, type Engine } from "../indexer/engine.js";
import { createApp } from "../server/app.js";
import { listen } from "../server/listen.js";
import { createMetrics } from "../server/metrics.js";
import { loadFacetNames } from "../server/facet-names.js";
import { createSearchGate } from "../server/search-gate.js";
import { createSearchService } from "../server/search-service.js";
import { createDataStats, meiliSiteCounts } from "../server/stats.js";
import { createPipeline, type Pipeline } from "./pipeline.js";
import type { RecordsStatus } from "../server/routes/admin-routes.js";
import { checkRules, rederiveIfRulesChanged, recordsStatusOf, type RederiveOutcome } from "./rederive.js";
import { sampleSource } from "./sample-source.js";

/** How long stop() lets running crawls finish the pages in flight. */
const CRAWL_GRACE_MS = 1_000;

interface ServiceOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** Crawl at start and on schedule (`start`); false serves only (`serve`). */
  crawl?: boolean;
}

export interface Service {
  url: string;
  engine: Engine;
  /**
   * Settles when the records have been re-derived from the archive if the rules changed (`start`
   * only; never rejects). Every crawl waits for it, so no crawl writes into the index being replaced.
   */
  rederive: Promise<RederiveOutcome | undefined>;
  /** Settles when the crawls begun at start have finished (each failure is logged, not thrown). */
  initialCrawl: Promise<void>;
  stop(): Promise<void>;
}

export async function startService({
  config,
  logger,
  now = () => new Date(),
  crawl = true,
}: ServiceOptions): Promise<Service> {
  const engine = await connectEngine(config, logger);
  const stopEngine = async (error: unknown) => {
    await engine.stop();
    throw error;
  };
  const pipeline = await createPipeline(config, engine, logger, now).catch(stopEngine);
  await pipeline.indexer.ensureIndex().catch(stopEngine);

  const metrics = createMetrics();
  const search = createSearchService({
    client: engine.client,
    indexName: config.meili.index,
    analyzer: pipeline.analyzer,
    gate: createSearchGate({
      concurrency: config.meili.searchConcurrency,
      maxWaitMs: config.meili.searchQueueWaitMs,
    }),
    onEngineCall: (operation, seconds, outcome) => metrics.engineCall(operation, seconds, outcome),
  });
  // The sample source's records name the port, which is known once the server listens.
  let port = config.port;
  const stats = createDataStats({
    countSites: meiliSiteCounts(engine.client, config.meili.index),
    sources: () => [...(config.sampleCorpus ? [sampleSource(port)] : []), ...config.sources],
    crawlState: () => pipeline.state.read(),
  });
  let records: RecordsStatus = { rules: "checking" };
  const names = loadFacetNames();
  names.catch(() => undefined);
  const app = createApp({
    search,
    config,
    logger,
    metrics,
    sourceStatuses: async () => sourceStatuses(config.sources, await pipeline.state.read(), now()),
    recordsStatus: () => records,
    dataStats: () => stats.read(),
    facetNames: () => names,
  });
  const server = await listen(app, config.port, config.host).catch(stopEngine);
  port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host}:${port}`;
  logger.info({ url, engine: engine.url, embedded: engine.embedded }, "Hankehaku is serving");

  // Aborted at stop(): running crawls take no new page (their frontier resumes them next time),
  // and a re-deriving rebuild takes no further record and is not swapped in.
  const stopCrawls = new AbortController();
  const onRederiving = (reason: string) => (records = { rules: "re-deriving", reason });
  const rederive = crawl
    ? rederiveIfRulesChanged({ config, pipeline, logger, signal: stopCrawls.signal, onRederiving }).then((outcome) => {
        records = recordsStatusOf(outcome);
        return outcome;
      })
    : warnIfRulesChanged(config, pipeline, logger, (status) => (records = status));
  const runLogged = async (source: SourceConfig) => {
    // A crawl's upserts into the index being rebuilt would be lost at the swap, and its archive
    // appends would race the rebuild's reading: crawls begin once re-deriving has settled.
    await rederive;
    if (stopCrawls.signal.aborted) return;
    try {
      await pipeline.runSource(source, { baseUrl: url, signal: stopCrawls.signal });
    } catch (error) {
      logger.warn({ source: source.name, err: messageOf(error) }, "crawl of source failed; the service keeps running");
    }
  };

  const tasks: ScheduledTask[] = [];
  let initialCrawl = Promise.resolve();
  if (crawl) {
    const liveSources = config.sources.filter((source) => source.enabled !== false);
    const crawled = await pipeline.state.read();
    const atStart = [
      ...(config.sampleCorpus ? [sampleSource(port)] : []),
      ...liveSources.filter((source) => !crawled[source.name]?.lastSuccessAt),
    ];
    // Sources are separate hosts: crawl them side by side, so an unreachable one cannot delay the rest.
    initialCrawl = Promise.all(atStart.map(runLogged)).then(() => undefined);
    for (const source of liveSources) {
      if (!source.schedule) continue;
      tasks.push(cron.schedule(source.schedule, () => runLogged(source), { name: source.name, noOverlap: true }));
    }
  }

  return {
    url,
    engine,
    rederive,
    initialCrawl,
    async stop() {
      // node-cron's stop() may or may not return a promise, depending on the task kind.
      await Promise.all(tasks.map((task) => Promise.resolve(task.stop())));
      stopCrawls.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      // The pages in flight get a moment to reach the index; a crawl is never waited for whole.
      await Promise.race([Promise.all([rederive, initialCrawl]), sleep(CRAWL_GRACE_MS)]);
      await engine.stop();
    },
  };
}

/** `serve` writes nothing: it only says when the records it serves were derived by other rules. */
async function warnIfRulesChanged(
  config: Config,
  pipeline: Pipeline,
  logger: Logger,
  report: (status: RecordsStatus) => void,
): Promise<undefined> {
  try {
    const { reason, current, stored } = await checkRules(config, pipeline);
    report(reason ? { rules: "stale", reason, fingerprint: current } : { rules: "current", fingerprint: current });
    if (reason)
      logger.warn(
        { reason, oldFingerprint: stored?.fingerprint, newFingerprint: current },
        "records may be derived by other rules; `npm start` or `npm run cli -- index` re-derives them",
      );
  } catch (error) {
    logger.warn({ err: messageOf(error) }, "could not compare the rules fingerprint");
    report({ rules: "failed", reason: messageOf(error) });
  }
  return undefined;
}
