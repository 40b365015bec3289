// "About the data": how many projects each source and each site gave, and when each source was
// last crawled, for GET /api/stats and the search page's "about the data" dialog. The counts
// come from one Meilisearch facet count over `site` (no documents fetched); a site belongs to
// the source whose start URLs or public origin name its host. Pure apart from the two readers.
// Usage: const stats = createDataStats({ countSites, sources, crawlState }); await stats.read();

import { MeilisearchRequestError, type Meilisearch } from "meilisearch";
import type { SourceConfig } from "../config/config.js";
import type { CrawlStateFile } from "../crawlers/crawl-state.js";
import { EngineUnavailableError } from "./search-service.js";

interface SiteStats {
  site: string;
  projects: number;
  /** The configured source that crawls this site, when one does. */
  source?: string;
}

interface SourceStats {
  name: string;
  description?: string;
  /** True for the bundled sample corpus (invented projects). */
  sample: boolean;
  projects: number;
  sites: string[];
  lastCrawlAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
}

export interface DataStats {
  total: number;
  sources: SourceStats[];
  sites: SiteStats[];
}

interface DataStatsOptions {
  /** Projects per site (host), e.g. from a Meilisearch facet distribution over `site`. */
  countSites: () => Promise<Record<string, number>>;
  /** The sources as configured, the sample corpus included when it is served. */
  sources: () => SourceConfig[];
  crawlState: () => Promise<CrawlStateFile>;
}

const SAMPLE_SOURCE = "sample";

/** The hosts a source crawls: its public origin, else the hosts of its absolute start URLs. */
function sourceHosts(source: SourceConfig): string[] {
  const urls = source.publicOrigin ? [source.publicOrigin] : source.startUrls;
  const hosts = urls.flatMap((url) => {
    try {
      return [new URL(url).host];
    } catch {
      return [];
    }
  });
  return [...new Set(hosts)];
}

/** Joins per-site counts, sources and crawl state into the stats; sites nobody configured stay listed. */
function dataStats(counts: Record<string, number>, sources: SourceConfig[], state: CrawlStateFile): DataStats {
  const owner = new Map<string, string>();
  for (const source of sources) for (const host of sourceHosts(source)) owner.set(host, source.name);
  const sites: SiteStats[] = Object.entries(counts)
    .map(([site, projects]) => {
      const source = owner.get(site);
      return { site, projects, ...(source ? { source } : {}) };
    })
    .sort((a, b) => b.projects - a.projects || a.site.localeCompare(b.site));
  const sourceStats = sources.map((source): SourceStats => {
    const own = sites.filter((site) => site.source === source.name);
    const crawled = state[source.name];
    return {
      name: source.name,
      ...(source.description ? { description: source.description } : {}),
      sample: source.name === SAMPLE_SOURCE,
      projects: own.reduce((sum, site) => sum + site.projects, 0),
      sites: own.map((site) => site.site),
      ...(crawled?.lastRunAt ? { lastCrawlAt: crawled.lastRunAt } : {}),
      ...(crawled?.lastSuccessAt ? { lastSuccessAt: crawled.lastSuccessAt } : {}),
      ...(crawled?.lastError ? { lastError: crawled.lastError } : {}),
    };
  });
  return { total: sites.reduce((sum, site) => sum + site.projects, 0), sources: sourceStats, sites };
}

export function createDataStats(options: DataStatsOptions): { read(): Promise<DataStats> } {
  return {
    async read() {
      const [counts, state] = await Promise.all([options.countSites(), options.crawlState()]);
      return dataStats(counts, options.sources(), state);
    },
  };
}

/** Projects per site from one facet count; an unreachable engine is an EngineUnavailableError (503). */
export function meiliSiteCounts(client: Meilisearch, indexName: string): () => Promise<Record<string, number>> {
  return async () => {
    try {
      const result = await client.index(indexName).search("", { facets: ["site"], limit: 0 });
      return result.facetDistribution?.site ?? {};
    } catch (error) {
      if (error instanceof MeilisearchRequestError)
        throw new EngineUnavailableError("the search engine is not reachable right now");
      throw error;
    }
  };
}
