// Answers searches from the `projects` index: one Meilisearch multi-search per request that
// carries the main query and, for each facet with a selection, a query without that facet's
// own filter, so facet counts are disjunctive (a selected region does not hide the others).
// Highlights are HTML-escaped here, with only <mark> added, so clients can show them as is.
// Connection failures become EngineUnavailableError (the API answers 503).
// Usage: const search = createSearchService({ client, indexName }); await search.search(request);

import { MeilisearchApiError, MeilisearchRequestError, type Meilisearch, type SearchParams } from "meilisearch";
import { FACETS, type FacetField, type Project } from "../project.js";
import { buildFilter, SORTS, type SearchRequest } from "./search-request.js";

export class EngineUnavailableError extends Error {
  override name = "EngineUnavailableError";
}

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  summary: string;
  site: string;
  language: Project["language"];
  kind: Project["kind"];
  coordinator?: string;
  organisations: string[];
  regions: string[];
  funders: string[];
  targetGroups: string[];
  themes: string[];
  startYear?: number;
  endYear?: number;
  status: Project["status"];
  highlight: { title: string; summary: string; snippet: string };
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: Record<FacetField, Record<string, number>>;
  processingTimeMs: number;
}

export interface SearchService {
  search(request: SearchRequest): Promise<SearchResult>;
  getProject(id: string): Promise<Project | undefined>;
  isHealthy(): Promise<boolean>;
}

const FACET_FIELDS = Object.values(FACETS) as FacetField[];
const HIT_FIELDS = [
  "id", "url", "title", "summary", "site", "language", "kind", "coordinator", "organisations", "regions",
  "funders", "targetGroups", "themes", "startYear", "endYear", "status", "description",
];
// Control characters as highlight tags: they cannot occur in indexed text, so after
// escaping the text they can safely become <mark>.
const PRE = "\u0001";
const POST = "\u0002";

export function createSearchService({ client, indexName }: { client: Meilisearch; indexName: string }): SearchService {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof MeilisearchRequestError) {
        throw new EngineUnavailableError("the search engine is not reachable right now");
      }
      if (error instanceof MeilisearchApiError && (error.response.status >= 500 || error.cause?.code === "index_not_found")) {
        throw new EngineUnavailableError(`the search engine is not ready: ${error.cause?.message ?? error.message}`);
      }
      throw error;
    }
  };

  return {
    async search(request) {
      const started = performance.now();
      const main: SearchParams & { indexUid: string; q: string } = {
        indexUid: indexName,
        q: request.q,
        filter: buildFilter(request),
        facets: FACET_FIELDS,
        page: request.page,
        hitsPerPage: request.hitsPerPage,
        attributesToRetrieve: HIT_FIELDS,
        attributesToHighlight: ["title", "summary"],
        attributesToCrop: ["description"],
        cropLength: 30,
        highlightPreTag: PRE,
        highlightPostTag: POST,
        ...(SORTS[request.sort] ? { sort: [...SORTS[request.sort]!] } : {}),
      };
      const selected = (Object.keys(request.filters) as FacetField[]).filter((field) => request.filters[field]!.length > 0);
      const facetQueries = selected.map((field) => ({
        indexUid: indexName,
        q: request.q,
        filter: buildFilter(request, field),
        facets: [field],
        limit: 0,
      }));
      const { results } = await guard(() => client.multiSearch({ queries: [main, ...facetQueries] }));
      const [mainResult, ...facetResults] = results;
      const facets = Object.fromEntries(FACET_FIELDS.map((field) => [field, mainResult!.facetDistribution?.[field] ?? {}])) as SearchResult["facets"];
      facetResults.forEach((result, i) => {
        facets[selected[i]!] = result.facetDistribution?.[selected[i]!] ?? {};
      });
      const total = mainResult!.totalHits ?? mainResult!.estimatedTotalHits ?? 0;
      return {
        hits: mainResult!.hits.map((hit) => toHit(hit as unknown as Project & { _formatted?: Record<string, string> })),
        total,
        page: request.page,
        hitsPerPage: request.hitsPerPage,
        totalPages: Math.ceil(total / request.hitsPerPage),
        facets,
        processingTimeMs: Math.round(performance.now() - started),
      };
    },
    async getProject(id) {
      try {
        return await guard(() => client.index<Project>(indexName).getDocument<Project>(id));
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === "document_not_found") return undefined;
        throw error;
      }
    },
    async isHealthy() {
      try {
        await client.health();
        return true;
      } catch {
        return false;
      }
    },
  };
}

function toHit(document: Project & { _formatted?: Record<string, string> }): SearchHit {
  const formatted = document._formatted ?? {};
  return {
    id: document.id,
    url: document.url,
    title: document.title,
    summary: document.summary,
    site: document.site,
    language: document.language,
    kind: document.kind,
    ...(document.coordinator ? { coordinator: document.coordinator } : {}),
    organisations: document.organisations,
    regions: document.regions,
    funders: document.funders,
    targetGroups: document.targetGroups,
    themes: document.themes,
    ...(document.startYear !== undefined ? { startYear: document.startYear } : {}),
    ...(document.endYear !== undefined ? { endYear: document.endYear } : {}),
    status: document.status,
    highlight: {
      title: markHtml(formatted.title ?? document.title),
      summary: markHtml(formatted.summary ?? document.summary),
      snippet: markHtml(formatted.description ?? ""),
    },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function markHtml(text: string): string {
  return escapeHtml(text).replaceAll(PRE, "<mark>").replaceAll(POST, "</mark>");
}
