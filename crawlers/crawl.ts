// Crawls one site: starts from its start URLs and the sitemaps robots.txt names, follows
// links that stay on the same host, obeys robots.txt and a politeness delay, and hands each
// HTML page to `onPage`. A page that fails is logged and counted, never fatal; a site whose
// robots.txt cannot be reached at all fails as a whole with a CrawlError.
// Usage: const stats = await crawlSite(plan, { fetchPage, fetchText, logger, sleep }, onPage);

import * as cheerio from "cheerio";
import type { Logger } from "../logger.js";
import { FetchError, type FetchedPage, type FetchPage, type FetchText } from "./fetcher.js";
import { loadRobots } from "./robots.js";

export interface CrawlPlan {
  startUrls: string[];
  include?: string[];
  exclude?: string[];
  maxPages: number;
  delayMs: number;
  userAgent: string;
}

export interface CrawlDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export interface CrawlStats {
  pagesFetched: number;
  notFound: string[];
  disallowed: string[];
  failed: { url: string; reason: string }[];
  skipped: number;
}

export class CrawlError extends Error {
  override name = "CrawlError";
}

/** Files that are never HTML: not worth a request. */
const NON_HTML = /\.(pdf|docx?|xlsx?|pptx?|odt|zip|gz|rar|jpe?g|png|gif|svg|webp|mp[34]|avi|mov|ics|xml|txt|css|js|json)$/i;

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

export function extractSitemapUrls(xml: string): { pages: string[]; sitemaps: string[] } {
  const $ = cheerio.load(xml, { xml: true });
  return {
    pages: $("urlset > url > loc").map((_, element) => $(element).text().trim()).get(),
    sitemaps: $("sitemapindex > sitemap > loc").map((_, element) => $(element).text().trim()).get(),
  };
}

export async function crawlSite(plan: CrawlPlan, deps: CrawlDeps, onPage: (page: FetchedPage) => Promise<void>): Promise<CrawlStats> {
  const { logger } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const hosts = new Set(plan.startUrls.map((url) => new URL(url).host));
  const include = (plan.include ?? []).map((pattern) => new RegExp(pattern));
  const exclude = (plan.exclude ?? []).map((pattern) => new RegExp(pattern));
  const stats: CrawlStats = { pagesFetched: 0, notFound: [], disallowed: [], failed: [], skipped: 0 };

  const origins = [...new Set(plan.startUrls.map((url) => new URL(url).origin))];
  const robotsByOrigin = new Map<string, Awaited<ReturnType<typeof loadRobots>>>();
  for (const origin of origins) {
    try {
      robotsByOrigin.set(origin, await loadRobots(origin, deps.fetchText, plan.userAgent));
    } catch (error) {
      throw new CrawlError(`cannot reach ${origin}: ${(error as Error).message}`);
    }
  }

  const seen = new Set<string>();
  const queue: string[] = [];
  const isStart = new Set(plan.startUrls);
  const enqueue = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    if (!hosts.has(new URL(url).host)) return;
    if (NON_HTML.test(new URL(url).pathname)) return;
    if (!isStart.has(url)) {
      if (include.length > 0 && !include.some((pattern) => pattern.test(url))) return;
      if (exclude.some((pattern) => pattern.test(url))) return;
    }
    const robots = robotsByOrigin.get(new URL(url).origin);
    if (robots && !robots.isAllowed(url)) {
      stats.disallowed.push(url);
      return;
    }
    queue.push(url);
  };

  plan.startUrls.forEach(enqueue);
  for (const robots of robotsByOrigin.values()) {
    for (const sitemapUrl of robots.sitemaps()) await readSitemap(sitemapUrl, deps, enqueue, 0);
  }

  let first = true;
  while (queue.length > 0) {
    if (stats.pagesFetched >= plan.maxPages) {
      stats.skipped = queue.length;
      logger.warn({ maxPages: plan.maxPages, left: queue.length }, "page limit reached; the rest waits for the next crawl");
      break;
    }
    const url = queue.shift()!;
    const robots = robotsByOrigin.get(new URL(url).origin);
    const delay = Math.max(plan.delayMs, robots?.crawlDelayMs() ?? 0);
    if (!first && delay > 0) await sleep(delay);
    first = false;
    let page: FetchedPage;
    try {
      page = await deps.fetchPage(url);
    } catch (error) {
      if (error instanceof FetchError && (error.status === 404 || error.status === 410)) {
        stats.notFound.push(url);
      } else {
        stats.failed.push({ url, reason: (error as Error).message });
        logger.warn({ url, err: (error as Error).message }, "page skipped");
      }
      continue;
    }
    stats.pagesFetched += 1;
    // A redirect may leave the site: the page is then not ours to index or follow.
    if (!hosts.has(new URL(page.url).host)) continue;
    seen.add(page.url);
    await onPage(page);
    for (const link of extractLinks(page.body, page.url)) enqueue(link);
  }
  return stats;
}

async function readSitemap(url: string, deps: CrawlDeps, enqueue: (url: string) => void, depth: number): Promise<void> {
  if (depth > 2) return;
  try {
    const response = await deps.fetchText(url);
    if (response.status !== 200) {
      deps.logger.warn({ url, status: response.status }, "sitemap not available");
      return;
    }
    const { pages, sitemaps } = extractSitemapUrls(response.body);
    for (const page of pages) {
      const link = normalizeLink(page, url);
      if (link) enqueue(link);
    }
    for (const child of sitemaps) await readSitemap(child, deps, enqueue, depth + 1);
  } catch (error) {
    deps.logger.warn({ url, err: (error as Error).message }, "sitemap skipped");
  }
}
