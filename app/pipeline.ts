// The crawl-to-index chain for one engine, used by `start` and by the `crawl` and `index`
// commands: crawls a source into the index and records what happened in the crawl state.
// Usage: const pipeline = await createPipeline(config, engine, logger); await pipeline.runSource(source)

import type { Config, SourceConfig } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { crawlSource, type CrawlReport, type CrawlSourceDeps } from "../crawlers/crawl-source.js";
import { createCrawlState, type CrawlState, type SourceState } from "../crawlers/crawl-state.js";
import { createFetcher, createTextFetcher } from "../crawlers/fetcher.js";
import { loadVocabularies, type Vocabularies } from "../crawlers/vocabulary.js";
import type { Engine } from "../indexer/engine.js";
import { createIndexer, IndexingError, type Indexer, type Upsert } from "../indexer/indexer.js";
import { loadSearchVocabulary, loadTextAnalyzer, type TextAnalyzer } from "../indexer/text-analysis.js";

interface RunOptions {
  baseUrl?: string;
  upsert?: Upsert;
  onProgress?: CrawlSourceDeps["onProgress"];
  /** Fetch every page in full (for a rebuild): no conditional GET, no resuming. */
  fresh?: boolean;
  /** Aborted at shutdown: the crawl takes no new page (see parkWhenAborted). */
  signal?: AbortSignal;
}

export interface Pipeline {
  indexer: Indexer;
  analyzer: TextAnalyzer;
  vocabularies: Vocabularies;
  state: CrawlState;
  /** Crawls one source into the index (or into `upsert`, during a rebuild). */
  runSource(source: SourceConfig, options?: RunOptions): Promise<CrawlReport>;
}

/** The counts a person reads after a crawl, summed the same way everywhere. */
export function reportCounts(report: CrawlReport) {
  return {
    unchanged: report.notModified + report.unchangedBySitemap,
    failed: report.failed.length + report.unreadablePages.length,
    notFound: report.notFound.length,
  };
}

/** What the crawl state keeps of a finished run. */
function stateFromReport(report: CrawlReport, runAt: string): SourceState {
  const counts = reportCounts(report);
  return {
    lastRunAt: runAt,
    lastSuccessAt: report.finishedAt,
    pagesSeen: report.pagesFetched + counts.unchanged,
    newProjects: report.newProjects,
    changedProjects: report.changedProjects,
    unchangedPages: counts.unchanged,
    removedProjects: report.removedProjects,
    errors: counts.failed,
    notFound: counts.notFound,
  };
}

/**
 * At shutdown a crawl must stop within seconds, yet a page must not count as failed (a failed
 * page is finished in the frontier, and would be skipped on resume). So once `signal` aborts,
 * fetches never settle: the crawl takes no new page and waits until the process ends, and the
 * frontier, which counts a page finished only once its record is indexed, resumes the rest on
 * the next run.
 */
function parkWhenAborted<Args extends unknown[], Result>(
  fetch: (...args: Args) => Promise<Result>,
  signal: AbortSignal | undefined,
): (...args: Args) => Promise<Result> {
  if (!signal) return fetch;
  return (...args) => (signal.aborted ? new Promise<Result>(() => {}) : fetch(...args));
}

export async function createPipeline(
  config: Config,
  engine: Engine,
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<Pipeline> {
  const searchVocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(searchVocabulary);
  const indexer = createIndexer({
    client: engine.client,
    indexName: config.meili.index,
    analyzer,
    vocabulary: searchVocabulary,
  });
  const vocabularies = await loadVocabularies();
  const state = createCrawlState(config.dataDir);
  const fetchPage = createFetcher(config.crawler, { now });
  const fetchText = createTextFetcher(config.crawler);
  const deps = { fetchPage, fetchText, vocabularies, logger, now, settings: config.crawler, dataDir: config.dataDir };
  // A task the engine failed on purpose (a rejected document) is final; anything else is retried.
  const isPermanentError = (error: unknown) => error instanceof IndexingError;
  return {
    indexer,
    analyzer,
    vocabularies,
    state,
    async runSource(source, { baseUrl, upsert = indexer.upsert, onProgress, fresh = false, signal } = {}) {
      const runAt = now().toISOString();
      try {
        const removePages = (urls: string[]) => indexer.removePages(urls);
        const report = await crawlSource(source, {
          ...deps,
          fetchPage: parkWhenAborted(fetchPage, signal),
          fetchText: parkWhenAborted(fetchText, signal),
          upsert,
          removePages,
          isPermanentError,
          baseUrl,
          onProgress,
          fresh,
        });
        await state.update(source.name, () => stateFromReport(report, runAt));
        return report;
      } catch (error) {
        await state.update(source.name, (previous) => ({ ...previous, lastRunAt: runAt, lastError: messageOf(error) }));
        throw error;
      }
    },
  };
}
