// One configured source from crawl to records: crawls the site (resuming a killed crawl from
// its frontier), archives every response, extracts and normalizes each project page, and hands
// the records to `upsert` in batches. A page counts as finished (in the frontier and in the page
// state) only once the index task holding its own record has succeeded, so a crawl killed at any
// moment loses nothing. Writes wait out an engine that is away (engine-retry.ts). Listing,
// calendar and search pages are followed but make no record (listing-pages.ts). A page gone
// (404/410) on two crawls in a row leaves the index through `removePages`; a page that fails once
// stays. A page that cannot be read is logged and skipped.
// Usage: const report = await crawlSource(source, { fetchPage, fetchText, vocabularies, upsert, removePages, logger, now, settings, dataDir });

import type { CrawlerConfig, SourceConfig } from "../config/config.js";
import { createSerialQueue } from "../core/file-store.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Project } from "../core/project.js";
import { openArchive, type Archive } from "./archive.js";
import { crawlSite, type CrawlPlan, type CrawlStats, type KnownPage } from "./crawl.js";
import { retryingWrites } from "./engine-retry.js";
import { extractPage } from "./extract.js";
import type { FetchedPage, FetchPage, FetchText } from "./fetcher.js";
import { deferFrontier, openFrontier, type DeferredFrontier } from "./frontier.js";
import { listingReason, loadListingCues, type ListingCues } from "./listing-pages.js";
import { normalizeProject, projectId } from "./normalize/index.js";
import { standInTitle } from "./normalize/page.js";
import { afterGone, loadPageState, type PageRecord, type PageState } from "./page-state.js";
import { openTemplateLearner, type TemplateLearner } from "./template-learning.js";
import type { Vocabularies } from "./vocabulary.js";

export interface CrawlSourceDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  vocabularies: Vocabularies;
  upsert: (projects: Project[]) => Promise<void>;
  /** Pages gone from the web, by the URLs their records name. */
  removePages?: (urls: string[]) => Promise<void>;
  /** Engine errors not worth retrying (a rejected document); every other write error is retried. */
  isPermanentError?: (error: unknown) => boolean;
  /** How long writes wait for an engine that is away before the crawl fails; 10 minutes by default. */
  engineWaitMs?: number;
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
  listingCues?: ListingCues;
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
  /** Pages not made into records, by why: robots.txt, the cap per path pattern, the page limit, no project. */
  skippedPages: { robots: number; cap: number; limit: number; notProject: number };
}

function resolveStartUrls(source: SourceConfig, baseUrl?: string): string[] {
  return source.startUrls.map((url) => {
    if (/^https?:\/\//.test(url)) return url;
    if (!baseUrl) throw new Error(`source "${source.name}": start URL "${url}" is relative but no base URL is known`);
    return new URL(url, baseUrl).href;
  });
}

/** The record as if its pages lived at `origin`: URLs, site and the id derived from them. */
function withOrigin(project: Project, origin: string): Project {
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

type PageVerdict = { project: Project } | { notProject: string };

/** Extract and normalize one page the way its source asks, or say why it is no project page. */
function judgePage(
  page: Pick<FetchedPage, "body" | "url" | "fetchedAt">,
  source: SourceConfig,
  vocabularies: Vocabularies,
  now: Date,
  cues?: ListingCues,
  templates?: TemplateLearner,
): PageVerdict {
  if (source.projectPages && !new RegExp(source.projectPages).test(page.url))
    return { notProject: "not a project page by the source's projectPages" };
  // Extracted first even when it is a listing: every page of a site teaches its template.
  const extracted = extractPage(page.body, page.url, source.selectors, templates?.hookFor(page.url));
  let project = normalizeProject(extracted, { fetchedAt: page.fetchedAt, now, vocabularies });
  // The page is parsed once: the listing judgement reads the signals extraction counted.
  const listing = cues && listingReason(extracted.listing, page.url, cues);
  if (listing) return { notProject: listing };
  if (project.kind === "other") return { notProject: "no project on the page" };
  // A project page that states no name is still a project: it is kept under its opening words.
  if (!project.title) project = { ...project, title: standInTitle(project.summary) };
  if (!project.title) return { notProject: "no text on the page" };
  if (source.publicOrigin) project = withOrigin(project, source.publicOrigin);
  return { project };
}

/** Extract and normalize one page the way its source asks; undefined when it is no project page. */
export function projectFromPage(
  page: Pick<FetchedPage, "body" | "url" | "fetchedAt">,
  source: SourceConfig,
  vocabularies: Vocabularies,
  now: Date,
  templates?: TemplateLearner,
  cues?: ListingCues,
): Project | undefined {
  const verdict = judgePage(page, source, vocabularies, now, cues, templates);
  return "project" in verdict ? verdict.project : undefined;
}

interface SourceStores {
  pages?: PageState;
  frontier?: DeferredFrontier;
  archive?: Archive;
  templates: TemplateLearner;
}

async function openStores(source: SourceConfig, deps: CrawlSourceDeps): Promise<SourceStores> {
  const templates = await openTemplateLearner(deps.dataDir, source);
  if (!deps.dataDir) return { templates };
  const frontier = deps.fresh ? undefined : deferFrontier(await openFrontier(deps.dataDir, source.name));
  return {
    templates,
    pages: await loadPageState(deps.dataDir, source.name),
    frontier,
    archive: await openArchive(deps.dataDir, source.name),
  };
}

interface Counts {
  indexed: number;
  new: number;
  changed: number;
  removed: number;
  notProjects: number;
  unreadable: CrawlReport["unreadablePages"];
}

/**
 * Records waiting for the index, with the page state each page gets once they are in. `flush`
 * upserts them, then writes the page state and marks the pages finished in the frontier: pages
 * that arrive while an upsert runs wait for the next one.
 */
function createIndexBatch(stores: SourceStores, upsert: (projects: Project[]) => Promise<void>, logger: Logger) {
  let records = new Map<string, Project>();
  let pages = new Map<string, PageRecord>();
  const queue = createSerialQueue();
  let indexed = 0;
  const flush = () =>
    queue.run(async () => {
      const batch = [...records.values()];
      const finishing = pages;
      records = new Map<string, Project>();
      pages = new Map<string, PageRecord>();
      if (batch.length > 0) {
        await upsert(batch);
        indexed += batch.length;
        logger.info({ indexed }, "projects indexed");
      }
      for (const [url, record] of finishing) stores.pages?.set(url, record);
      await stores.pages?.save();
      await stores.templates.save();
      await stores.frontier?.release(finishing.keys());
    });
  // Keyed by page, not by record id: two URLs of one page (a canonical link) share an id, and
  // the indexer's merge (indexer/merge.ts) keeps both among the record's sources.
  const pageOf = (project: Project) => project.sources[0]?.url ?? project.id;
  return {
    add(url: string, project: Project, record: PageRecord) {
      stores.frontier?.hold(url);
      records.set(pageOf(project), project);
      pages.set(url, record);
      return records.size;
    },
    /** A record of a page read earlier, read again now that its site's template is known. */
    correct: (project: Project) => void records.set(pageOf(project), project),
    flush,
    indexed: () => indexed,
  };
}

function pageRecordOf(page: FetchedPage, archivedAt: number | undefined, project?: Project): PageRecord {
  return {
    ...(project ? { id: project.id, sourceUrl: project.sources[0]?.url } : {}),
    ...(page.headers.etag ? { etag: page.headers.etag } : {}),
    ...(page.headers["last-modified"] ? { lastModified: page.headers["last-modified"] } : {}),
    ...(archivedAt !== undefined ? { archived: archivedAt } : {}),
    fetchedAt: page.fetchedAt,
  };
}

interface HandlerContext {
  source: SourceConfig;
  deps: CrawlSourceDeps;
  stores: SourceStores;
  batch: ReturnType<typeof createIndexBatch>;
  counts: Counts;
  cues: ListingCues;
  logger: Logger;
  removePages?: (urls: string[]) => Promise<void>;
}

/** A page's response: unchanged (its record already indexed), no project, or a record to index. */
function createPageHandler({ source, deps, stores, batch, counts, cues, logger }: HandlerContext) {
  return async (page: FetchedPage, archivedAt?: number): Promise<void> => {
    const previous = stores.pages?.get(page.requestedUrl);
    if (page.notModified && previous?.id) {
      stores.pages?.set(page.requestedUrl, { ...previous, fetchedAt: page.fetchedAt, missing: 0 });
      return;
    }
    const judge = (copy: Parameters<typeof judgePage>[0]) =>
      judgePage(copy, source, deps.vocabularies, deps.now(), cues, stores.templates);
    let verdict: PageVerdict;
    try {
      verdict = judge(page);
      // Pages read before their site's template was known, read again (template-learning.ts).
      const derive = (copy: Parameters<typeof judgePage>[0]) => {
        const again = judge(copy);
        return "project" in again ? again.project : undefined;
      };
      for (const fixed of stores.templates.corrections(page, derive)) batch.correct(fixed);
    } catch (error) {
      counts.unreadable.push({ url: page.url, reason: messageOf(error) });
      logger.warn({ url: page.url, err: messageOf(error) }, "page could not be read; skipped");
      return;
    }
    if ("notProject" in verdict) {
      counts.notProjects += 1;
      logger.info({ url: page.url, reason: verdict.notProject }, "page skipped: not a project");
      stores.pages?.set(page.requestedUrl, pageRecordOf(page, archivedAt));
      return;
    }
    if (previous?.id) counts.changed += 1;
    else counts.new += 1;
    const waiting = batch.add(page.requestedUrl, verdict.project, pageRecordOf(page, archivedAt, verdict.project));
    if (waiting >= (deps.batchSize ?? 100)) await batch.flush();
  };
}

/** A page answered 404/410: counted, and the second time in a row its record leaves the index. */
function createGoneHandler({ stores, counts, logger, removePages }: HandlerContext) {
  return async (url: string): Promise<void> => {
    const previous = stores.pages?.get(url);
    if (!previous) return;
    const { record, removeRecord } = afterGone(previous);
    if (!removeRecord) {
      stores.pages?.set(url, record);
      return;
    }
    await removePages?.([previous.sourceUrl ?? url]);
    stores.pages?.delete(url);
    counts.removed += 1;
    logger.info({ url, id: previous.id }, "page gone on two crawls in a row; its record left the index");
  };
}

function crawlPlanOf(source: SourceConfig, deps: CrawlSourceDeps, pages?: PageState): CrawlPlan {
  return {
    startUrls: resolveStartUrls(source, deps.baseUrl),
    include: source.include,
    exclude: source.exclude,
    maxPages: source.maxPages ?? deps.settings.maxPages,
    delayMs: source.delayMs ?? deps.settings.delayMs,
    concurrency: deps.settings.concurrency,
    userAgent: deps.settings.userAgent,
    maxUrlsPerPattern: source.maxUrlsPerPattern ?? deps.settings.maxUrlsPerPattern,
    // Pages with records are asked for again, so one nothing links to any more is seen gone.
    knownUrls: deps.fresh ? [] : (pages?.entries() ?? []).filter(([, page]) => page.id).map(([url]) => url),
  };
}

/** Validators and stored copy of a page from the last crawl, for a conditional GET. */
function knownPageOf(pages: PageState | undefined, fresh: boolean | undefined) {
  return (url: string): KnownPage | undefined => {
    const known = fresh ? undefined : pages?.get(url);
    if (known?.archived === undefined) return undefined;
    const validators = { etag: known.etag, lastModified: known.lastModified };
    return { validators, fetchedAt: known.fetchedAt, archived: known.archived };
  };
}

export async function crawlSource(source: SourceConfig, deps: CrawlSourceDeps): Promise<CrawlReport> {
  const logger = deps.logger.child({ source: source.name });
  const startedAt = deps.now().toISOString();
  const stores = await openStores(source, deps);
  if (stores.frontier?.resumed)
    logger.info(
      { done: stores.frontier.done.size, pending: stores.frontier.pending.length },
      "resuming an unfinished crawl",
    );
  const retry = { logger, isPermanent: deps.isPermanentError, maxWaitMs: deps.engineWaitMs };
  const upsert = retryingWrites(deps.upsert, { ...retry, what: "upsert of projects" });
  const removePages = deps.removePages && retryingWrites(deps.removePages, { ...retry, what: "removal of pages" });
  const counts: Counts = { indexed: 0, new: 0, changed: 0, removed: 0, notProjects: 0, unreadable: [] };
  const batch = createIndexBatch(stores, upsert, logger);
  const cues = deps.listingCues ?? (await loadListingCues());
  const context: HandlerContext = { source, deps, stores, batch, counts, cues, logger, removePages };
  let stats: CrawlStats;
  try {
    stats = await crawlSite(
      crawlPlanOf(source, deps, stores.pages),
      {
        ...deps,
        logger,
        frontier: stores.frontier,
        archive: stores.archive,
        knownPage: knownPageOf(stores.pages, deps.fresh),
      },
      {
        onPage: createPageHandler(context),
        onGone: createGoneHandler(context),
        onProgress: (progress) => deps.onProgress?.({ source: source.name, ...progress }),
      },
    );
    await batch.flush();
    if (stats.skipped === 0) await stores.frontier?.complete();
  } finally {
    await stores.archive?.close();
  }
  counts.indexed = batch.indexed();
  return reportOf(source, startedAt, deps.now(), stats, counts, logger);
}

function reportOf(
  source: SourceConfig,
  startedAt: string,
  now: Date,
  stats: CrawlStats,
  counts: Counts,
  logger: Logger,
): CrawlReport {
  const skippedPages = {
    robots: stats.disallowed.length,
    cap: stats.capped,
    limit: stats.skipped,
    notProject: counts.notProjects,
  };
  logger.info(
    {
      pages: stats.pagesFetched,
      notModified: stats.notModified,
      indexed: counts.indexed,
      removed: counts.removed,
      notFound: stats.notFound.length,
      failed: stats.failed.length,
      skipped: skippedPages,
    },
    "crawl finished",
  );
  return {
    source: source.name,
    startedAt,
    finishedAt: now.toISOString(),
    ...stats,
    projectsIndexed: counts.indexed,
    newProjects: counts.new,
    changedProjects: counts.changed,
    removedProjects: counts.removed,
    pagesNotProjects: counts.notProjects,
    unreadablePages: counts.unreadable,
    skippedPages,
  };
}
