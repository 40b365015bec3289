// Crawls one site (or a few hosts of one source): starts from its start URLs and the sitemaps
// robots.txt names, follows links that stay on those hosts, obeys robots.txt, keeps to one
// polite request at a time per host (politeness.ts) with hosts side by side, skips pages whose
// sitemap lastmod is older than our copy, and hands each response to the caller. With a
// frontier it can be killed at any moment and resumed. A page that fails is counted and
// logged, never fatal; a host whose robots.txt cannot be reached at all fails the crawl.
// Usage: const stats = await crawlSite(plan, { fetchPage, fetchText, logger }, { onPage, onGone });

import * as cheerio from "cheerio";
import type { Logger } from "../core/logger.js";
import type { Archive } from "./archive.js";
import { FetchError, type FetchedPage, type FetchPage, type FetchText, type Validators } from "./fetcher.js";
import type { Frontier } from "./frontier.js";
import { createPoliteness } from "./politeness.js";
import { loadRobots, type RobotsRules } from "./robots.js";

export interface CrawlPlan {
  startUrls: string[];
  include?: string[];
  exclude?: string[];
  maxPages: number;
  delayMs: number;
  concurrency: number;
  userAgent: string;
}

export interface KnownPage {
  validators: Validators;
  fetchedAt: string;
}

export interface CrawlDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  frontier?: Frontier;
  archive?: Archive;
  /** What an earlier crawl knew of a page: validators and when it was fetched. */
  knownPage?: (url: string) => KnownPage | undefined;
}

export interface CrawlHandlers {
  /** A fetched page (200), or one the server says is unchanged (page.notModified). */
  onPage(page: FetchedPage): Promise<void>;
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
  failed: { url: string; reason: string }[];
  /** Left for the next crawl by the page limit. */
  skipped: number;
  resumed: boolean;
}

export class CrawlError extends Error {
  override name = "CrawlError";
}

/** Files that are never HTML: not worth a request. */
const NON_HTML =
  /\.(pdf|docx?|xlsx?|pptx?|odt|zip|gz|rar|jpe?g|png|gif|svg|webp|mp[34]|avi|mov|ics|xml|txt|css|js|json)$/i;

/** Resolves and cleans a link: absolute http(s), no fragment; undefined for anything else. */
export function normalizeLink(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  return url.href;
}

export function extractLinks(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  const base = normalizeLink($("base[href]").attr("href") ?? "", pageUrl) ?? pageUrl;
  const links = new Set<string>();
  $("a[href]").each((_, element) => {
    const link = normalizeLink($(element).attr("href") ?? "", base);
    if (link) links.add(link);
  });
  return [...links];
}

export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

export function extractSitemapUrls(xml: string): { pages: SitemapEntry[]; sitemaps: string[] } {
  const $ = cheerio.load(xml, { xml: true });
  return {
    pages: $("urlset > url")
      .map((_, element) => ({
        url: $(element).find("loc").text().trim(),
        lastmod: $(element).find("lastmod").text().trim() || undefined,
      }))
      .get(),
    sitemaps: $("sitemapindex > sitemap > loc")
      .map((_, element) => $(element).text().trim())
      .get(),
  };
}

export async function crawlSite(plan: CrawlPlan, deps: CrawlDeps, handlers: CrawlHandlers): Promise<CrawlStats> {
  const { logger, frontier } = deps;
  const hosts = new Set(plan.startUrls.map((url) => new URL(url).host));
  const include = (plan.include ?? []).map((pattern) => new RegExp(pattern));
  const exclude = (plan.exclude ?? []).map((pattern) => new RegExp(pattern));
  const stats: CrawlStats = {
    pagesFetched: 0,
    notModified: 0,
    unchangedBySitemap: 0,
    notFound: [],
    disallowed: [],
    failed: [],
    skipped: 0,
    resumed: frontier?.resumed ?? false,
  };

  const robotsByOrigin = new Map<string, RobotsRules>();
  for (const origin of new Set(plan.startUrls.map((url) => new URL(url).origin))) {
    try {
      robotsByOrigin.set(origin, await loadRobots(origin, deps.fetchText, plan.userAgent));
    } catch (error) {
      throw new CrawlError(`cannot reach ${origin}: ${(error as Error).message}`);
    }
  }
  // Each host's delay, decided once: ours, or its robots.txt Crawl-delay when longer.
  const delayByHost = new Map(
    [...robotsByOrigin.entries()].map(([origin, robots]) => [
      new URL(origin).host,
      Math.max(plan.delayMs, robots.crawlDelayMs() ?? 0),
    ]),
  );
  const polite = createPoliteness({
    concurrency: plan.concurrency,
    delayFor: (host) => delayByHost.get(host) ?? plan.delayMs,
    sleep: deps.sleep,
  });

  const seen = new Set<string>(frontier?.seen ?? []);
  const lastmod = new Map<string, string>();
  const startSet = new Set(plan.startUrls);
  let dispatched = 0;
  const inFlight = new Set<Promise<void>>();
  const toFrontier: string[] = [];

  const accept = (url: string): boolean => {
    const parsed = new URL(url);
    if (!hosts.has(parsed.host) || NON_HTML.test(parsed.pathname)) return false;
    if (!startSet.has(url)) {
      if (include.length > 0 && !include.some((pattern) => pattern.test(url))) return false;
      if (exclude.some((pattern) => pattern.test(url))) return false;
    }
    if (robotsByOrigin.get(parsed.origin)?.isAllowed(url) === false) {
      stats.disallowed.push(url);
      return false;
    }
    return true;
  };

  const visit = async (url: string): Promise<void> => {
    const known = deps.knownPage?.(url);
    const modified = lastmod.get(url);
    if (known && modified && Date.parse(modified) <= Date.parse(known.fetchedAt)) {
      stats.unchangedBySitemap += 1;
      await frontier?.finished(url);
      return;
    }
    let page: FetchedPage;
    try {
      page = await polite.run(new URL(url).host, () => deps.fetchPage(url, known?.validators));
    } catch (error) {
      if (error instanceof FetchError && error.status !== undefined && error.failure === "http-status") {
        await deps.archive?.append({
          url,
          requestedUrl: url,
          status: error.status,
          headers: {},
          fetchedAt: new Date().toISOString(),
          body: new Uint8Array(),
        });
      }
      if (error instanceof FetchError && (error.status === 404 || error.status === 410)) {
        stats.notFound.push(url);
        await handlers.onGone?.(url);
      } else {
        stats.failed.push({ url, reason: (error as Error).message });
        logger.warn({ url, err: (error as Error).message }, "page skipped");
      }
      await frontier?.finished(url);
      return;
    }
    await deps.archive?.append({
      url: page.url,
      requestedUrl: url,
      status: page.status,
      headers: page.headers,
      fetchedAt: page.fetchedAt,
      body: page.bytes,
    });
    if (page.notModified) {
      stats.notModified += 1;
      await handlers.onPage(page);
      await frontier?.finished(url);
      return;
    }
    stats.pagesFetched += 1;
    // A redirect may leave the site: the page is then not ours to index or follow.
    if (hosts.has(new URL(page.url).host)) {
      await handlers.onPage(page);
      for (const link of extractLinks(page.body, page.url)) enqueue(link);
    }
    await flushFrontier();
    await frontier?.finished(url);
    handlers.onProgress?.({ fetched: stats.pagesFetched + stats.notModified, queued: inFlight.size });
  };

  const dispatch = (url: string) => {
    if (dispatched >= plan.maxPages) {
      stats.skipped += 1;
      return;
    }
    dispatched += 1;
    const task: Promise<void> = visit(url).finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  function enqueue(url: string) {
    if (seen.has(url)) return;
    seen.add(url);
    if (!accept(url)) return;
    toFrontier.push(url);
    dispatch(url);
  }

  const flushFrontier = async () => {
    if (frontier && toFrontier.length > 0) await frontier.queued(toFrontier.splice(0));
  };

  // A resumed crawl picks up what the killed one had queued and not finished.
  for (const url of frontier?.pending ?? []) dispatch(url);
  for (const url of plan.startUrls) enqueue(url);
  for (const robots of robotsByOrigin.values()) {
    for (const sitemapUrl of robots.sitemaps()) {
      for (const entry of await readSitemap(sitemapUrl, deps, 0)) {
        if (entry.lastmod) lastmod.set(entry.url, entry.lastmod);
        enqueue(entry.url);
      }
    }
  }
  await flushFrontier();
  while (inFlight.size > 0) await Promise.race(inFlight);
  await flushFrontier();
  if (stats.skipped > 0) {
    logger.warn(
      { maxPages: plan.maxPages, left: stats.skipped },
      "page limit reached; the rest waits for the next crawl",
    );
  } else {
    await frontier?.complete();
  }
  return stats;
}

async function readSitemap(url: string, deps: CrawlDeps, depth: number): Promise<SitemapEntry[]> {
  if (depth > 2) return [];
  try {
    const response = await deps.fetchText(url);
    if (response.status !== 200) {
      deps.logger.warn({ url, status: response.status }, "sitemap not available");
      return [];
    }
    const { pages, sitemaps } = extractSitemapUrls(response.body);
    const entries: SitemapEntry[] = [];
    for (const page of pages) {
      const link = normalizeLink(page.url, url);
      if (link) entries.push({ url: link, lastmod: page.lastmod });
    }
    for (const child of sitemaps) entries.push(...(await readSitemap(child, deps, depth + 1)));
    return entries;
  } catch (error) {
    deps.logger.warn({ url, err: (error as Error).message }, "sitemap skipped");
    return [];
  }
}
