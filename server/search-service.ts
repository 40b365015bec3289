// Answers searches from the `projects` index. A query runs as one federated search of the
// words as typed and of their inflection-insensitive keys; facet counts are disjunctive (each
// selected facet is counted in a search without its own filter, so a selected region does not
// hide the others). Highlights mark the words the user sees, HTML-escaped with <mark> only.
// Connection failures become EngineUnavailableError (the API answers 503).
// Usage: const search = createSearchService({ client, indexName, analyzer }); await search.search(request);

import {
  MeilisearchApiError,
  MeilisearchRequestError,
  type Meilisearch,
  type MultiSearchQueryWithFederation,
} from "meilisearch";
import type { TextAnalyzer } from "../indexer/text-analysis.js";
import {
  DISPLAYED_FIELDS,
  FACETS,
  HIT_FIELDS as HIT_FIELD_NAMES,
  pickFields,
  type FacetField,
  type HitField,
  type Project,
} from "../core/project.js";
import { createWordMatcher, highlight, snippet, type WordMatcher } from "./highlight.js";
import { buildFilter, SORTS, type FacetValueRequest, type SearchRequest } from "./search-request.js";
import { parseQuery, wantedText } from "./query-syntax.js";
import { facetLabels, type FacetLabels } from "./labels.js";
import { textQueries, type MatchingStrategy } from "./text-queries.js";

export class EngineUnavailableError extends Error {
  override name = "EngineUnavailableError";
}

/** A search hit: the HIT_FIELDS of the record, and its text with the matched words marked. */
export type SearchHit = Pick<Project, HitField> & {
  highlight: { title: string; summary: string; snippet: string };
};

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: Record<FacetField, Record<string, number>>;
  /** Projects of the result set per start year, for the page's chart (counted in the same request). */
  startYears: Record<string, number>;
  /** Facet values shown in this answer, named in the request's language (server/labels.ts). */
  labels: FacetLabels;
  processingTimeMs: number;
}

export interface FacetValuesResult {
  facet: FacetField;
  values: { value: string; count: number }[];
}

export interface Suggestion {
  id: string;
  title: string;
  url: string;
  highlight: string;
}

export interface SearchService {
  search(request: SearchRequest): Promise<SearchResult>;
  /** Meilisearch facet search: the values of one facet that match `facetQuery`, with counts. */
  facetValues(request: FacetValueRequest): Promise<FacetValuesResult>;
  /** Fast title suggestions for search-as-you-type. */
  suggest(request: SearchRequest): Promise<Suggestion[]>;
  getProject(id: string): Promise<Project | undefined>;
  isHealthy(): Promise<boolean>;
}

const FACET_FIELDS = Object.values(FACETS) as FacetField[];
/** A copy, because Meilisearch's options want a mutable list. */
const HIT_FIELDS: string[] = [...HIT_FIELD_NAMES];

export interface SearchServiceOptions {
  client: Meilisearch;
  indexName: string;
  analyzer: TextAnalyzer;
  /** How much a match through analysis keys counts against a match of the words as typed. */
  keysWeight?: number;
  /** Meilisearch's matchingStrategy for the words as typed (see text-queries.ts). */
  matchingStrategy?: MatchingStrategy;
  /** Meilisearch's matchingStrategy for the keys query. */
  keysMatchingStrategy?: MatchingStrategy;
  /** Told of every call to Meilisearch, for metrics. */
  onEngineCall?: (operation: string, seconds: number, outcome: "ok" | "error") => void;
}

export function createSearchService(options: SearchServiceOptions): SearchService {
  const {
    client,
    indexName,
    analyzer,
    keysWeight = 0.9,
    matchingStrategy = "last",
    keysMatchingStrategy = "frequency",
    onEngineCall,
  } = options;
  const guard = async <T>(work: () => Promise<T>, operation = "search"): Promise<T> => {
    const started = performance.now();
    try {
      const result = await work();
      onEngineCall?.(operation, (performance.now() - started) / 1000, "ok");
      return result;
    } catch (error) {
      onEngineCall?.(operation, (performance.now() - started) / 1000, "error");
      if (error instanceof MeilisearchRequestError) {
        throw new EngineUnavailableError("the search engine is not reachable right now");
      }
      if (
        error instanceof MeilisearchApiError &&
        (error.response.status >= 500 || error.cause?.code === "index_not_found")
      ) {
        throw new EngineUnavailableError(`the search engine is not ready: ${error.cause?.message ?? error.message}`);
      }
      throw error;
    }
  };

  /**
   * One federated search of the queries of textQueries(): Meilisearch merges the lists by
   * weighted score, so a document that has the very words ranks above one that only has
   * another form of them, and each document comes once.
   */
  const federated = (request: SearchRequest, filter: string[], facets: string[], limit: number, offset: number) => {
    const sort = sortOf(request);
    const queries: MultiSearchQueryWithFederation[] = textQueries(parseQuery(request.q), analyzer, {
      matchingStrategy,
      keysMatchingStrategy,
      keysWeight,
    }).map((query) => ({
      indexUid: indexName,
      filter,
      attributesToRetrieve: [...HIT_FIELDS, "description"],
      ...sort,
      ...query,
    }));
    return guard(() =>
      client.multiSearch({
        federation: { limit, offset, ...(facets.length > 0 ? { facetsByIndex: { [indexName]: facets } } : {}) },
        queries,
      }),
    ) as Promise<FederatedResult>;
  };

  const plain = (request: SearchRequest, filter: string[], facets: string[], limit: number, offset: number) =>
    guard(() =>
      client.index(indexName).search("", {
        filter,
        facets,
        limit,
        offset,
        attributesToRetrieve: HIT_FIELDS,
        ...sortOf(request),
      }),
    ).then((result): FederatedResult => ({
      hits: result.hits as unknown as Project[],
      estimatedTotalHits: result.estimatedTotalHits ?? 0,
      facetsByIndex: { [indexName]: { distribution: result.facetDistribution ?? {} } },
    }));

  return {
    async search(request) {
      const started = performance.now();
      const run = request.q.trim() ? federated : plain;
      const offset = (request.page - 1) * request.hitsPerPage;
      const selected = (Object.keys(request.filters) as FacetField[]).filter(
        (field) => (request.filters[field] ?? []).length > 0,
      );
      // Disjunctive counts: each selected facet is counted without its own filter.
      const [main, ...perFacet] = await Promise.all([
        run(request, buildFilter(request), [...FACET_FIELDS, "startYear"], request.hitsPerPage, offset),
        ...selected.map((field) => run(request, buildFilter(request, field), [field], 0, 0)),
      ]);
      const distribution = (result: FederatedResult) => result.facetsByIndex?.[indexName]?.distribution ?? {};
      const facets = Object.fromEntries(
        FACET_FIELDS.map((field) => [field, distribution(main)[field] ?? {}]),
      ) as SearchResult["facets"];
      selected.forEach((field, i) => {
        const counted = perFacet[i];
        if (counted) facets[field] = distribution(counted)[field] ?? {};
      });
      const matches = createWordMatcher(wantedText(parseQuery(request.q)), analyzer);
      const total = main.estimatedTotalHits ?? 0;
      const hits = main.hits.map((hit) => toHit(hit, request.q.trim() ? matches : undefined));
      return {
        hits,
        total,
        page: request.page,
        hitsPerPage: request.hitsPerPage,
        totalPages: Math.ceil(total / request.hitsPerPage),
        facets,
        startYears: distribution(main).startYear ?? {},
        labels: facetLabels({ facets, hits }, analyzer.thesaurus, request.lang ?? "fi"),
        processingTimeMs: Math.round(performance.now() - started),
      };
    },
    async facetValues({ facet, facetQuery, request }) {
      const filter = buildFilter(request);
      const result = await guard(
        () =>
          client
            .index(indexName)
            .searchForFacetValues({ facetName: facet, facetQuery, ...(filter.length > 0 ? { filter } : {}) }),
        "facet-search",
      );
      return { facet, values: result.facetHits.map(({ value, count }) => ({ value, count })) };
    },
    async suggest(request) {
      const result = await guard(
        () =>
          client.index(indexName).search(request.q, {
            attributesToSearchOn: ["title"],
            attributesToRetrieve: ["id", "title", "url"],
            limit: 8,
            filter: buildFilter(request),
          }),
        "suggest",
      );
      const matches = createWordMatcher(request.q, analyzer);
      return result.hits.map((hit) => ({
        id: hit.id as string,
        title: hit.title as string,
        url: hit.url as string,
        highlight: highlight(hit.title as string, matches),
      }));
    },
    async getProject(id) {
      try {
        return await guard(
          () => client.index<Project>(indexName).getDocument<Project>(id, { fields: [...DISPLAYED_FIELDS] }),
          "get-document",
        );
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === "document_not_found") return undefined;
        throw error;
      }
    },
    async isHealthy() {
      try {
        await guard(() => client.health(), "health");
        return true;
      } catch {
        return false;
      }
    },
  };
}

type Hit = Project;

/** The request's sort order for Meilisearch; none for relevance. */
function sortOf(request: SearchRequest): { sort?: string[] } {
  const sort = SORTS[request.sort];
  return sort ? { sort: [...sort] } : {};
}

interface FederatedResult {
  hits: Hit[];
  estimatedTotalHits?: number;
  facetsByIndex?: Record<string, { distribution: Record<string, Record<string, number>> }>;
}

function toHit(document: Hit, matches: WordMatcher | undefined): SearchHit {
  const none: WordMatcher = () => false;
  return {
    ...pickFields(document, HIT_FIELD_NAMES),
    highlight: {
      title: highlight(document.title, matches ?? none),
      summary: highlight(document.summary, matches ?? none),
      snippet: matches ? snippet(document.description, matches, document.title) : "",
    },
  };
}
