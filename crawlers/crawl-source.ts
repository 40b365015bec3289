// One configured source from crawl to records: crawls the site, extracts and normalizes
// each page, and hands the project records to `upsert` in batches. A page that cannot be
// read is logged and skipped; a failed upsert fails the crawl (nothing is silently lost).
// Usage: const report = await crawlSource(source, { fetchPage, fetchText, vocabularies, upsert, logger, now, settings });

import type { CrawlerConfig, SourceConfig } from "../config/config.js";
import type { Logger } from "../logger.js";
import type { Project } from "../project.js";
import { crawlSite, type CrawlStats } from "./crawl.js";
import { extractPage } from "./extract.js";
import type { FetchedPage, FetchPage, FetchText } from "./fetcher.js";
import { normalizeProject, projectId } from "./normalize.js";
import type { Vocabularies } from "./vocabulary.js";

export interface CrawlSourceDeps {
  fetchPage: FetchPage;
  fetchText: FetchText;
  vocabularies: Vocabularies;
  upsert: (projects: Project[]) => Promise<void>;
  logger: Logger;
  now: () => Date;
  settings: CrawlerConfig;
  /** Base for start URLs written as paths ("/sample/"), i.e. the service's own address. */
  baseUrl?: string;
  batchSize?: number;
}

export interface CrawlReport extends CrawlStats {
  source: string;
  startedAt: string;
  finishedAt: string;
  projectsIndexed: number;
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

export async function crawlSource(source: SourceConfig, deps: CrawlSourceDeps): Promise<CrawlReport> {
  const logger = deps.logger.child({ source: source.name });
  const startedAt = deps.now().toISOString();
  const batchSize = deps.batchSize ?? 100;
  const pending = new Map<string, Project>();
  let projectsIndexed = 0;
  let pagesNotProjects = 0;
  const unreadablePages: CrawlReport["unreadablePages"] = [];

  const flush = async () => {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    await deps.upsert(batch);
    projectsIndexed += batch.length;
    logger.info({ indexed: projectsIndexed }, "projects indexed");
  };

  const onPage = async (page: FetchedPage) => {
    let project: Project;
    try {
      project = normalizeProject(extractPage(page.body, page.url), {
        fetchedAt: page.fetchedAt,
        now: deps.now(),
        vocabularies: deps.vocabularies,
      });
    } catch (error) {
      unreadablePages.push({ url: page.url, reason: (error as Error).message });
      logger.warn({ url: page.url, err: error }, "page could not be read; skipped");
      return;
    }
    if (project.kind === "other" || !project.title) {
      pagesNotProjects += 1;
      logger.debug({ url: page.url }, "not a project page");
      return;
    }
    if (source.publicOrigin) project = withOrigin(project, source.publicOrigin);
    pending.set(project.id, project);
    if (pending.size >= batchSize) await flush();
  };

  const stats = await crawlSite(
    {
      startUrls: resolveStartUrls(source, deps.baseUrl),
      include: source.include,
      exclude: source.exclude,
      maxPages: source.maxPages ?? deps.settings.maxPages,
      delayMs: source.delayMs ?? deps.settings.delayMs,
      userAgent: deps.settings.userAgent,
    },
    { fetchPage: deps.fetchPage, fetchText: deps.fetchText, logger },
    onPage,
  );
  await flush();
  const report: CrawlReport = {
    source: source.name,
    startedAt,
    finishedAt: deps.now().toISOString(),
    ...stats,
    projectsIndexed,
    pagesNotProjects,
    unreadablePages,
  };
  logger.info(
    { pages: stats.pagesFetched, indexed: projectsIndexed, notFound: stats.notFound.length, failed: stats.failed.length },
    "crawl finished",
  );
  return report;
}
