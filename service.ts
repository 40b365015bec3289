// Puts the stages together into the running service: the search engine (embedded or at
// MEILI_URL), the index settings, the HTTP server, the crawl of the sample corpus and of
// never-crawled sources at start, and the re-crawl schedules.
// Usage: const service = await startService({ config, logger }); ...; await service.stop();

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import cron, { type ScheduledTask } from "node-cron";
import type { Config, SourceConfig } from "./config/config.js";
import { currentPages, readArchives } from "./crawlers/archive.js";
import { crawlSource, projectFromPage, type CrawlReport, type CrawlSourceDeps } from "./crawlers/crawl-source.js";
import { createCrawlState, type CrawlState } from "./crawlers/crawl-state.js";
import { createFetcher, createTextFetcher, decodeHtml } from "./crawlers/fetcher.js";
import { sourceStatuses } from "./crawlers/source-status.js";
import { loadVocabularies, type Vocabularies } from "./crawlers/vocabulary.js";
import { connectEngine, type Engine } from "./indexer/engine.js";
import { createIndexer, type Indexer, type Upsert } from "./indexer/indexer.js";
import { loadSearchVocabulary, loadTextAnalyzer, type TextAnalyzer } from "./indexer/text-analysis.js";
import type { Logger } from "./logger.js";
import type { Project } from "./project.js";
import { createApp, SAMPLE_SITE_DIR } from "./server/app.js";
import { createMetrics } from "./server/metrics.js";
import { createSearchService } from "./server/search-service.js";

/** The bundled sample corpus, served by the service itself under /sample/; records name localhost:port. */
export function sampleSource(port: number): SourceConfig {
  return {
    name: "sample",
    description: "Sample data written for Hankehaku (not real projects)",
    startUrls: ["/sample/index.html"],
    delayMs: 0,
    publicOrigin: `http://localhost:${port}`,
  };
}

/**
 * Rebuilds the index from the archive alone, with no network: for each source, the pages as
 * they were last seen (pages gone on two crawls stay out), into a new index swapped in whole.
 */
export async function indexFromArchive(config: Config, pipeline: Pipeline, logger: Logger, now: () => Date = () => new Date()): Promise<{ count: number }> {
  const sources = new Map([sampleSource(config.port), ...config.sources].map((source) => [source.name, source]));
  return pipeline.indexer.rebuild(async (upsert) => {
    for (const archive of await readArchives(config.dataDir)) {
      if (archive.skippedBytes > 0) logger.warn({ source: archive.source, bytes: archive.skippedBytes }, "torn or damaged archive records skipped");
      const source = sources.get(archive.source) ?? { name: archive.source, startUrls: [] };
      const projects = new Map<string, Project>();
      for (const record of currentPages(archive.records)) {
        try {
          const body = decodeHtml(record.body, record.headers["content-type"] ?? "");
          const project = projectFromPage({ body, url: record.url, fetchedAt: record.fetchedAt }, source, pipeline.vocabularies, now());
          if (project) projects.set(project.id, project);
        } catch (error) {
          logger.warn({ url: record.url, err: (error as Error).message }, "archived page could not be read; skipped");
        }
      }
      await upsert([...projects.values()]);
      logger.info({ source: archive.source, projects: projects.size, responses: archive.records.length }, "source rebuilt from the archive");
    }
  });
}

/** An HTTP server for `app` once it listens; a busy port is an error, not a crash. */
function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.once("error", reject);
  });
}

/** Serves the sample corpus on a passing loopback port while `work` crawls it (for the CLI). */
export async function withSampleSite<T>(work: (origin: string) => Promise<T>): Promise<T> {
  const server = await listen(express().use(express.static(SAMPLE_SITE_DIR)), 0, "127.0.0.1");
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

export interface ServiceOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** Crawl at start and on schedule (`start`); false serves only (`serve`). */
  crawl?: boolean;
}

export interface Service {
  url: string;
  engine: Engine;
  /** Settles when the crawls begun at start have finished (each failure is logged, not thrown). */
  initialCrawl: Promise<void>;
  stop(): Promise<void>;
}

export interface RunOptions {
  baseUrl?: string;
  upsert?: Upsert;
  onProgress?: CrawlSourceDeps["onProgress"];
  /** Fetch every page in full (for a rebuild): no conditional GET, no resuming. */
  fresh?: boolean;
}

export interface Pipeline {
  indexer: Indexer;
  analyzer: TextAnalyzer;
  vocabularies: Vocabularies;
  state: CrawlState;
  /** Crawls one source into the index (or into `upsert`, during a rebuild). */
  runSource(source: SourceConfig, options?: RunOptions): Promise<CrawlReport>;
}

/** The crawl-to-index chain for one engine, used by `start` and by the `crawl` command. */
export async function createPipeline(config: Config, engine: Engine, logger: Logger, now: () => Date = () => new Date()): Promise<Pipeline> {
  const searchVocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(searchVocabulary);
  const indexer = createIndexer({ client: engine.client, indexName: config.meili.index, analyzer, vocabulary: searchVocabulary });
  const vocabularies = await loadVocabularies();
  const state = createCrawlState(config.dataDir);
  const fetchPage = createFetcher(config.crawler, { now });
  const fetchText = createTextFetcher(config.crawler);
  return {
    indexer,
    analyzer,
    vocabularies,
    state,
    async runSource(source, { baseUrl, upsert = indexer.upsert, onProgress, fresh = false } = {}) {
      const runAt = now().toISOString();
      try {
        const report = await crawlSource(source, {
          fetchPage,
          fetchText,
          vocabularies,
          upsert,
          removePages: (urls) => indexer.removePages(urls),
          logger,
          now,
          settings: config.crawler,
          dataDir: config.dataDir,
          baseUrl,
          onProgress,
          fresh,
        });
        await state.update(source.name, () => ({
          lastRunAt: runAt,
          lastSuccessAt: report.finishedAt,
          pagesSeen: report.pagesFetched + report.notModified + report.unchangedBySitemap,
          newProjects: report.newProjects,
          changedProjects: report.changedProjects,
          unchangedPages: report.notModified + report.unchangedBySitemap,
          removedProjects: report.removedProjects,
          errors: report.failed.length + report.unreadablePages.length,
          notFound: report.notFound.length,
        }));
        return report;
      } catch (error) {
        await state.update(source.name, (previous) => ({ ...previous, lastRunAt: runAt, lastError: (error as Error).message }));
        throw error;
      }
    },
  };
}

export async function startService({ config, logger, now = () => new Date(), crawl = true }: ServiceOptions): Promise<Service> {
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
    onEngineCall: metrics.engineCall,
  });
  const app = createApp({
    search,
    config,
    logger,
    metrics,
    sourceStatuses: async () => sourceStatuses(config.sources, await pipeline.state.read(), now()),
  });
  const server = await listen(app, config.port, config.host).catch(stopEngine);
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host}:${port}`;
  logger.info({ url, engine: engine.url, embedded: engine.embedded }, "Hankehaku is serving");

  const runLogged = async (source: SourceConfig) => {
    try {
      await pipeline.runSource(source, { baseUrl: url });
    } catch (error) {
      logger.warn({ source: source.name, err: (error as Error).message }, "crawl of source failed; the service keeps running");
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
    for (const source of liveSources.filter((candidate) => candidate.schedule)) {
      tasks.push(cron.schedule(source.schedule!, () => runLogged(source), { name: source.name, noOverlap: true }));
    }
  }

  return {
    url,
    engine,
    initialCrawl,
    async stop() {
      await Promise.all(tasks.map((task) => task.stop()));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await initialCrawl;
      await engine.stop();
    },
  };
}
