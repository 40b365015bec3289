// Crawls one site (or a few hosts of one source): starts from its start URLs, the sitemaps
// robots.txt names and the pages an earlier crawl knew, follows links that stay on those hosts,
// obeys robots.txt, keeps to one polite request at a time per host (politeness.ts) with hosts
// side by side, skips pages whose sitemap lastmod is older than our copy, and hands each response
// to the caller. A page that answers 304 is read from its stored copy in the archive, so its
// links are followed too. URLs wait in a queue worked by a few workers, so a 50 000-URL sitemap
// costs a list of strings, not 50 000 pending requests. Endless calendars and paginators stop at
// a cap per path pattern (listing-pages.ts). With a frontier it can be killed at any moment and
// resumed. A page that fails is counted and logged, never fatal; a host whose robots.txt cannot
// be reached at all fails the crawl.
// Usage: const stats = await crawlSite(plan, { fetchPage, fetchText, logger }, { onPage, onGone });

import type { Logger } from "../core/logger.js";
import { messageOf } from "../core/errors.js";
import type { Archive, ArchivedResponse } from "./archive.js";
import {
  decodeHtml,
  FetchError,
  type FetchedPage,
  type FetchPage,
  type FetchText,
  type Validators,
} from "./fetcher.js";
import type { Frontier } from "./frontier.js";
import { extractLinks, normalizeLink, parseSitemap } from "./links.js";
import { createPatternCap } from "./listing-pages.js";
import { createPoliteness, type Politeness } from "./politeness.js";
import { loadRobots, type RobotsRules } from "./robots.js";

export interface CrawlPlan {
  startUrls: string[];
  include?: string[];
  exclude?: string[];
  maxPages: number;
  delayMs: number;
  concurrency: number;
  userAgent: string;
  /** URLs admitted per path pattern (?page=N, /calendar/2024/05/…); 100 when not given. */
  maxUrlsPerPattern?: number;
  /** Pages an earlier crawl knew: visited again even when nothing links to them any more. */
  knownUrls?: Iterable<string>;
}

export interface KnownPage {
  validators: Validators;
  fetchedAt: string;
  /** Offset of its stored copy in the archive, read back when the server answers 304. */
  archived: number;
}

interface CrawlDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  frontier?: Frontier;
  archive?: Archive;
  /** What an earlier crawl knew of a page: validators, when it was fetched, its stored copy. */
  knownPage?: (url: string) => KnownPage | undefined;
}

interface CrawlHandlers {
  /**
   * A fetched page (200), or one the server says is unchanged (page.notModified), then with the
   * body of its stored copy; `archivedAt` is where that body sits in the archive.
   */
  onPage(page: FetchedPage, archivedAt?: number): Promise<void>;
  /** The page answered 404 or 410. */
  onGone?(url: string): Promise<void>;
  onProgress?(progress: { fetched: number; queued: number }): void;
}

export interface CrawlStats {
  pagesFetched: number;
  notModified: number;
  /** Not fetched: the sitemap's lastmod is older than our copy. */
  unchangedBySitemap: number;
  notFound: string[];
  disallowed: string[];
  /** Not fetched: over the cap of URLs per path pattern. */
  capped: number;
  failed: { url: string; reason: string }[];
  /** Left for the next crawl by the page limit. */
  skipped: number;
  resumed: boolean;
}

class CrawlError extends Error {
  override name = "CrawlError";
}

/** Files that are never HTML: not worth a request. */
const NON_HTML =
  /\.(pdf|docx?|xlsx?|pptx?|odt|zip|gz|rar|jpe?g|png|gif|svg|webp|mp[34]|avi|mov|ics|xml|txt|css|js|json)$/i;

const emptyStats = (resumed: boolean): CrawlStats => ({
  pagesFetched: 0,
  notModified: 0,
  unchangedBySitemap: 0,
  notFound: [],
  disallowed: [],
  capped: 0,
  failed: [],
  skipped: 0,
  resumed,
});

export async function crawlSite(plan: CrawlPlan, deps: CrawlDeps, handlers: CrawlHandlers): Promise<CrawlStats> {
  const stats = emptyStats(deps.frontier?.resumed ?? false);
  const robots = await loadHostRobots(plan, deps.fetchText);
  const polite = politenessFor(plan, robots, deps.sleep);
  const queue = createUrlQueue(deps.frontier);
  const admit = createUrlGate(plan, robots, stats, deps.logger);
  const lastmod = new Map<string, string>();
  const enqueue = (url: string) => {
    if (queue.isNew(url) && admit(url)) queue.push(url);
  };
  const visit = createVisitor({ plan, deps, handlers, stats, polite, lastmod, enqueue, queue });

  // A resumed crawl picks up first what the killed one had queued and not finished.
  for (const url of deps.frontier?.pending ?? []) queue.push(url, { persisted: true });
  for (const url of plan.startUrls) enqueue(url);
  for (const rules of robots.values()) {
    for (const sitemapUrl of rules.sitemaps()) {
      await readSitemap(sitemapUrl, deps, 0, (entry) => {
        if (entry.lastmod) lastmod.set(entry.url, entry.lastmod);
        enqueue(entry.url);
      });
    }
  }
  for (const url of plan.knownUrls ?? []) enqueue(url);
  await queue.persist();
  await queue.drain(plan.concurrency, plan.maxPages, visit);
  stats.skipped = queue.leftOver();
  if (stats.skipped > 0)
    deps.logger.warn(
      { maxPages: plan.maxPages, left: stats.skipped },
      "page limit reached; the rest waits for the next crawl",
    );
  return stats;
}

async function loadHostRobots(plan: CrawlPlan, fetchText: FetchText): Promise<Map<string, RobotsRules>> {
  const robots = new Map<string, RobotsRules>();
  for (const origin of new Set(plan.startUrls.map((url) => new URL(url).origin))) {
    try {
      robots.set(origin, await loadRobots(origin, fetchText, plan.userAgent));
    } catch (error) {
      throw new CrawlError(`cannot reach ${origin}: ${messageOf(error)}`);
    }
  }
  return robots;
}

/** Each host's delay, decided once: ours, or its robots.txt Crawl-delay when longer. */
function politenessFor(
  plan: CrawlPlan,
  robots: Map<string, RobotsRules>,
  sleep?: (ms: number) => Promise<void>,
): Politeness {
  const delayByHost = new Map(
    [...robots.entries()].map(([origin, rules]) => [
      new URL(origin).host,
      Math.max(plan.delayMs, rules.crawlDelayMs() ?? 0),
    ]),
  );
  return createPoliteness({
    concurrency: plan.concurrency,
    delayFor: (host) => delayByHost.get(host) ?? plan.delayMs,
    sleep,
  });
}

/** Decides whether a newly seen URL is crawled: its host, type, include/exclude, robots.txt, the pattern cap. */
function createUrlGate(plan: CrawlPlan, robots: Map<string, RobotsRules>, stats: CrawlStats, logger: Logger) {
  const hosts = new Set(plan.startUrls.map((url) => new URL(url).host));
  const startSet = new Set(plan.startUrls);
  const include = (plan.include ?? []).map((pattern) => new RegExp(pattern));
  const exclude = (plan.exclude ?? []).map((pattern) => new RegExp(pattern));
  const cap = createPatternCap(plan.maxUrlsPerPattern ?? 100);
  return (url: string): boolean => {
    const parsed = new URL(url);
    if (!hosts.has(parsed.host) || NON_HTML.test(parsed.pathname)) return false;
    if (!startSet.has(url)) {
      if (include.length > 0 && !include.some((pattern) => pattern.test(url))) return false;
      if (exclude.some((pattern) => pattern.test(url))) return false;
    }
    if (robots.get(parsed.origin)?.isAllowed(url) === false) {
      stats.disallowed.push(url);
      logger.info({ url, reason: "robots" }, "page skipped: robots.txt disallows it");
      return false;
    }
    const over = cap.admit(url);
    if (over !== undefined) {
      stats.capped += 1;
      logger.info({ url, reason: "cap", pattern: over }, "page skipped: too many URLs of one pattern");
      return false;
    }
    return true;
  };
}

interface UrlQueue {
  isNew(url: string): boolean;
  /** Queues a URL; `persisted` when the frontier already holds it (a resumed crawl). */
  push(url: string, options?: { persisted: boolean }): void;
  /** Writes newly queued URLs to the frontier. */
  persist(): Promise<void>;
  drain(workers: number, maxPages: number, visit: (url: string) => Promise<void>): Promise<void>;
  leftOver(): number;
}

/** The URLs seen and waiting, worked by a fixed number of workers up to the page limit. */
function createUrlQueue(frontier: Frontier | undefined): UrlQueue {
  const seen = new Set<string>(frontier?.seen ?? []);
  let waiting: string[] = [];
  let head = 0;
  let unpersisted: string[] = [];
  const next = (): string | undefined => {
    const url = waiting[head];
    head += 1;
    // Drop the consumed front now and then, so a long queue is not kept twice.
    if (head > 4096 && head * 2 > waiting.length) [waiting, head] = [waiting.slice(head), 0];
    return url;
  };
  return {
    isNew: (url) => !seen.has(url) && Boolean(seen.add(url)),
    push(url, options) {
      waiting.push(url);
      if (!options?.persisted) unpersisted.push(url);
    },
    async persist() {
      if (frontier && unpersisted.length > 0) await frontier.queued(unpersisted);
      unpersisted = [];
    },
    async drain(workers, maxPages, visit) {
      let started = 0;
      const running = new Set<Promise<void>>();
      try {
        while (head < waiting.length || running.size > 0) {
          while (head < waiting.length && running.size < workers && started < maxPages) {
            const url = next();
            if (url === undefined) break;
            started += 1;
            const task: Promise<void> = visit(url).finally(() => running.delete(task));
            running.add(task);
          }
          if (running.size === 0) break;
          await Promise.race(running);
        }
      } finally {
        await Promise.allSettled(running);
      }
    },
    leftOver: () => waiting.length - head,
  };
}

interface VisitorContext {
  plan: CrawlPlan;
  deps: CrawlDeps;
  handlers: CrawlHandlers;
  stats: CrawlStats;
  polite: Politeness;
  lastmod: Map<string, string>;
  enqueue: (url: string) => void;
  queue: UrlQueue;
}

/** Fetches one URL, hands the response on, queues its links and marks it finished. */
function createVisitor(context: VisitorContext) {
  const { deps, handlers, stats, lastmod, queue } = context;
  const hosts = new Set(context.plan.startUrls.map((url) => new URL(url).host));
  const fetchPage = createStoredCopyFetcher(context);
  return async (url: string): Promise<void> => {
    const known = deps.knownPage?.(url);
    const modified = lastmod.get(url);
    if (known && modified && Date.parse(modified) <= Date.parse(known.fetchedAt)) {
      stats.unchangedBySitemap += 1;
    } else {
      const fetched = await fetchPage(url, known);
      if (fetched) {
        if (fetched.page.notModified) stats.notModified += 1;
        else stats.pagesFetched += 1;
        // A redirect may leave the site: the page is then not ours to index or follow.
        if (hosts.has(new URL(fetched.page.url).host)) {
          await handlers.onPage(fetched.page, fetched.archivedAt);
          for (const link of extractLinks(fetched.page.body, fetched.page.url)) context.enqueue(link);
        }
        await queue.persist();
      }
    }
    await deps.frontier?.finished(url);
    handlers.onProgress?.({ fetched: stats.pagesFetched + stats.notModified, queued: queue.leftOver() });
  };
}

const archived = (page: FetchedPage, requestedUrl: string): ArchivedResponse => ({
  url: page.url,
  requestedUrl,
  status: page.status,
  headers: page.headers,
  fetchedAt: page.fetchedAt,
  body: page.bytes,
});

/**
 * Fetches a page, archives the response, and for a 304 supplies the body of the stored copy
 * (asking again in full when there is none). Undefined when the page failed or is gone.
 */
function createStoredCopyFetcher({ deps, handlers, stats, polite }: VisitorContext) {
  const fetchOnce = async (url: string, known: KnownPage | undefined) => {
    try {
      return await polite.run(new URL(url).host, () => deps.fetchPage(url, known?.validators));
    } catch (error) {
      await recordFailure(url, error, deps, handlers, stats);
      return undefined;
    }
  };
  return async function fetchWithCopy(
    url: string,
    known: KnownPage | undefined,
  ): Promise<{ page: FetchedPage; archivedAt?: number } | undefined> {
    const page = await fetchOnce(url, known);
    if (!page) return undefined;
    const archivedAt = await deps.archive?.append(archived(page, url));
    if (!page.notModified) return { page, archivedAt };
    const copy = known ? await deps.archive?.readAt(known.archived) : undefined;
    if (!known || copy?.status !== 200) return fetchWithCopy(url, undefined);
    const body = decodeHtml(copy.body, copy.headers["content-type"] ?? "");
    return { page: { ...page, url: copy.url, body }, archivedAt: known.archived };
  };
}

async function recordFailure(
  url: string,
  error: unknown,
  deps: CrawlDeps,
  handlers: CrawlHandlers,
  stats: CrawlStats,
): Promise<void> {
  const status = error instanceof FetchError && error.failure === "http-status" ? error.status : undefined;
  if (status !== undefined) {
    const fetchedAt = new Date().toISOString();
    await deps.archive?.append({ url, requestedUrl: url, status, headers: {}, fetchedAt, body: new Uint8Array() });
  }
  if (status === 404 || status === 410) {
    stats.notFound.push(url);
    await handlers.onGone?.(url);
  } else {
    stats.failed.push({ url, reason: messageOf(error) });
    deps.logger.warn({ url, err: messageOf(error) }, "page skipped");
  }
}

/** Streams a sitemap (and the sitemaps an index names, two levels deep) into `onEntry`. */
async function readSitemap(
  url: string,
  deps: Pick<CrawlDeps, "fetchText" | "logger">,
  depth: number,
  onEntry: (entry: { url: string; lastmod?: string }) => void,
): Promise<void> {
  if (depth > 2) return;
  const children: string[] = [];
  try {
    const response = await deps.fetchText(url);
    if (response.status !== 200) {
      deps.logger.warn({ url, status: response.status }, "sitemap not available");
      return;
    }
    parseSitemap(
      response.body,
      (entry) => {
        const link = normalizeLink(entry.url, url);
        if (link) onEntry({ url: link, lastmod: entry.lastmod });
      },
      (child) => children.push(child),
    );
  } catch (error) {
    deps.logger.warn({ url, err: messageOf(error) }, "sitemap skipped");
  }
  for (const child of children) await readSitemap(child, deps, depth + 1, onEntry);
}
