// One configured source from crawl to records: crawls the site (resuming a killed crawl from
// its frontier), archives every response, extracts and normalizes each project page, and hands
// the records to `upsert` in batches. A page gone (404/410) on two crawls in a row leaves the
// index through `removePages`; a page that fails once stays. A page that cannot be read is logged
// and skipped; a failed upsert fails the crawl (nothing is silently lost).
// Usage: const report = await crawlSource(source, { fetchPage, fetchText, vocabularies, upsert, removePages, logger, now, settings, dataDir });

import type { CrawlerConfig, SourceConfig } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { Project } from "../core/project.js";
import { openArchive } from "./archive.js";
import { crawlSite, type CrawlStats } from "./crawl.js";
import { extractPage } from "./extract.js";
import type { FetchedPage, FetchPage, FetchText } from "./fetcher.js";
import { openFrontier, type Frontier } from "./frontier.js";
import { normalizeProject, projectId } from "./normalize/index.js";
import { loadPageState } from "./page-state.js";
import { openTemplateLearner, type TemplateLearner } from "./template-learning.js";
import type { Vocabularies } from "./vocabulary.js";

export interface CrawlSourceDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  vocabularies: Vocabularies;
  upsert: (projects: Project[]) => Promise<void>;
  /** Pages gone from the web, by the URLs their records name. */
  removePages?: (urls: string[]) => Promise<void>;
  logger: Logger;
  now: () => Date;
  settings: CrawlerConfig;
  /** Where the frontier, page state and archive live; without it nothing is persisted. */
  dataDir?: string;
  /** Base for start URLs written as paths ("/sample/"), i.e. the service's own address. */
  baseUrl?: string;
  batchSize?: number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (progress: { source: string; fetched: number; queued: number }) => void;
  /** Fetch every page in full, as for a rebuild: no conditional GET, no lastmod skip, no resume. */
  fresh?: boolean;
}

export interface CrawlReport extends CrawlStats {
  source: string;
  startedAt: string;
  finishedAt: string;
  projectsIndexed: number;
  newProjects: number;
  changedProjects: number;
  removedProjects: number;
  pagesNotProjects: number;
  unreadablePages: { url: string; reason: string }[];
}

export function resolveStartUrls(source: SourceConfig, baseUrl?: string): string[] {
  return source.startUrls.map((url) => {
    if (/^https?:\/\//.test(url)) return url;
    if (!baseUrl) throw new Error(`source "${source.name}": start URL "${url}" is relative but no base URL is known`);
    return new URL(url, baseUrl).href;
  });
}

/** The record as if its pages lived at `origin`: URLs, site and the id derived from them. */
export function withOrigin(project: Project, origin: string): Project {
  const move = (url: string) => new URL(new URL(url).pathname + new URL(url).search, origin).href;
  const url = move(project.url);
  return {
    ...project,
    id: projectId(url),
    url,
    site: new URL(origin).host,
    sources: project.sources.map((source) => ({ ...source, url: move(source.url), site: new URL(origin).host })),
  };
}

/** Extract and normalize one page the way its source asks; undefined when it is no project page. */
export function projectFromPage(
  page: Pick<FetchedPage, "body" | "url" | "fetchedAt">,
  source: SourceConfig,
  vocabularies: Vocabularies,
  now: Date,
  templates?: TemplateLearner,
): Project | undefined {
  if (source.projectPages && !new RegExp(source.projectPages).test(page.url)) return undefined;
  let project = normalizeProject(extractPage(page.body, page.url, source.selectors, templates?.hookFor(page.url)), {
    fetchedAt: page.fetchedAt,
    now,
    vocabularies,
  });
  if (project.kind === "other" || !project.title) return undefined;
  if (source.publicOrigin) project = withOrigin(project, source.publicOrigin);
  return project;
}

export async function crawlSource(source: SourceConfig, deps: CrawlSourceDeps): Promise<CrawlReport> {
  const logger = deps.logger.child({ source: source.name });
  const startedAt = deps.now().toISOString();
  const batchSize = deps.batchSize ?? 100;
  // Keyed by page, not by record id: two URLs of one page (a canonical link) share an id, and
  // the indexer's merge (indexer/merge.ts) keeps both among the record's sources.
  const pending = new Map<string, Project>();
  const pageOf = (project: Project) => project.sources[0]?.url ?? project.id;
  const counts = { indexed: 0, new: 0, changed: 0, removed: 0, notProjects: 0 };
  const unreadablePages: CrawlReport["unreadablePages"] = [];
  const pages = deps.dataDir ? await loadPageState(deps.dataDir, source.name) : undefined;
  const frontier = deps.dataDir && !deps.fresh ? await openFrontier(deps.dataDir, source.name) : undefined;
  const archive = deps.dataDir ? await openArchive(deps.dataDir, source.name) : undefined;
  const templates = await openTemplateLearner(deps.dataDir, source);
  const derive = (copy: Parameters<typeof projectFromPage>[0]) =>
    projectFromPage(copy, source, deps.vocabularies, deps.now(), templates);
  if (frontier?.resumed)
    logger.info({ done: frontier.done.size, pending: frontier.pending.length }, "resuming an unfinished crawl");

  // A page counts as finished in the frontier only once its record is in the index, so a crawl
  // killed between fetching and indexing fetches the page again instead of losing its record.
  const awaitingIndex = new Set<string>();
  let finishedAfterFlush: string[] = [];
  let completeRequested = false;
  const crawlFrontier: Frontier | undefined = frontier && {
    resumed: frontier.resumed,
    seen: frontier.seen,
    done: frontier.done,
    pending: frontier.pending,
    queued: (urls) => frontier.queued(urls),
    finished: async (url) => {
      if (awaitingIndex.has(url)) finishedAfterFlush.push(url);
      else await frontier.finished(url);
    },
    complete: async () => {
      completeRequested = true;
    },
  };

  const flush = async () => {
    if (pending.size > 0) {
      const batch = [...pending.values()];
      pending.clear();
      await deps.upsert(batch);
      counts.indexed += batch.length;
      logger.info({ indexed: counts.indexed }, "projects indexed");
    }
    // Page state and the frontier follow the index, never run ahead of it.
    await pages?.save();
    await templates.save();
    const finished = finishedAfterFlush;
    finishedAfterFlush = [];
    awaitingIndex.clear();
    for (const url of finished) await frontier?.finished(url);
  };

  const onPage = async (page: FetchedPage) => {
    const previous = pages?.get(page.requestedUrl);
    if (page.notModified) {
      if (previous) pages!.set(page.requestedUrl, { ...previous, fetchedAt: page.fetchedAt, missing: 0 });
      return;
    }
    let project: Project | undefined;
    try {
      project = derive(page);
      // Pages read before their site's template was known, read again (template-learning.ts).
      for (const fixed of templates.corrections(page, derive)) pending.set(pageOf(fixed), fixed);
    } catch (error) {
      unreadablePages.push({ url: page.url, reason: (error as Error).message });
      logger.warn({ url: page.url, err: error }, "page could not be read; skipped");
      return;
    }
    pages?.set(page.requestedUrl, {
      ...(project ? { id: project.id, sourceUrl: project.sources[0]?.url } : {}),
      ...(page.headers.etag ? { etag: page.headers.etag } : {}),
      ...(page.headers["last-modified"] ? { lastModified: page.headers["last-modified"] } : {}),
      fetchedAt: page.fetchedAt,
    });
    if (!project) {
      counts.notProjects += 1;
      return;
    }
    if (!previous?.id) counts.new += 1;
    else counts.changed += 1;
    pending.set(pageOf(project), project);
    awaitingIndex.add(page.requestedUrl);
    if (pending.size >= batchSize) await flush();
  };

  const onGone = async (url: string) => {
    const previous = pages?.get(url);
    if (!previous) return;
    const missing = (previous.missing ?? 0) + 1;
    if (missing < 2 || !previous.id) {
      pages!.set(url, { ...previous, missing });
      return;
    }
    await deps.removePages?.([previous.sourceUrl ?? url]);
    pages!.delete(url);
    counts.removed += 1;
    logger.info({ url, id: previous.id }, "page gone on two crawls in a row; its record left the index");
  };

  let stats: CrawlStats;
  try {
    stats = await crawlSite(
      {
        startUrls: resolveStartUrls(source, deps.baseUrl),
        include: source.include,
        exclude: source.exclude,
        maxPages: source.maxPages ?? deps.settings.maxPages,
        delayMs: source.delayMs ?? deps.settings.delayMs,
        concurrency: deps.settings.concurrency,
        userAgent: deps.settings.userAgent,
      },
      {
        fetchPage: deps.fetchPage,
        fetchText: deps.fetchText,
        logger,
        sleep: deps.sleep,
        frontier: crawlFrontier,
        archive,
        knownPage: (url) => {
          const known = deps.fresh ? undefined : pages?.get(url);
          return known?.id
            ? { validators: { etag: known.etag, lastModified: known.lastModified }, fetchedAt: known.fetchedAt }
            : undefined;
        },
      },
      {
        onPage,
        onGone,
        onProgress: (progress) => deps.onProgress?.({ source: source.name, ...progress }),
      },
    );
    await flush();
    if (completeRequested) await frontier?.complete();
  } finally {
    await archive?.close();
  }
  const report: CrawlReport = {
    source: source.name,
    startedAt,
    finishedAt: deps.now().toISOString(),
    ...stats,
    projectsIndexed: counts.indexed,
    newProjects: counts.new,
    changedProjects: counts.changed,
    removedProjects: counts.removed,
    pagesNotProjects: counts.notProjects,
    unreadablePages,
  };
  logger.info(
    {
      pages: stats.pagesFetched,
      notModified: stats.notModified,
      indexed: counts.indexed,
      removed: counts.removed,
      notFound: stats.notFound.length,
      failed: stats.failed.length,
    },
    "crawl finished",
  );
  return report;
}
