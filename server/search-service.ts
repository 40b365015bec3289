// Answers searches from the `projects` index. A query runs as one federated search of the
// words as typed and of their inflection-insensitive keys; facet counts are disjunctive (each
// selected facet is counted in a search without its own filter, so a selected region does not
// hide the others); search-plan.ts packs these into as few Meilisearch requests as it can. Highlights mark the words the user sees, HTML-escaped with <mark> only.
// Connection failures become EngineUnavailableError (the API answers 503). Engine calls wait
// their turn at a gate (search-gate.ts), so a load spike queues here rather than in the engine.
// Usage: const search = createSearchService({ client, indexName, analyzer }); await search.search(request);

import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type Meilisearch,
} from "meilisearch";
import type { TextAnalyzer } from "../indexer/text-analysis.js";
import {
  DISPLAYED_FIELDS,
  HIT_FIELDS as HIT_FIELD_NAMES,
  pickFields,
  type FacetField,
  type HitField,
  type Project,
} from "../core/project.js";
import {
  createWordMatcher,
  escapeHtml,
  highlight,
  rememberedHighlight,
  rememberedSnippet,
  type WordMatcher,
} from "./highlight.js";
import { buildFilter, type FacetValueRequest, type SearchRequest } from "./search-request.js";
import { readPlan, searchPlan } from "./search-plan.js";
import { parseQuery, wantedText } from "./query-syntax.js";
import { facetLabels, type FacetLabels } from "./labels.js";
import { textQueries, type MatchingStrategy, type TextQuery } from "./text-queries.js";
import { EngineUnavailableError } from "./engine-errors.js";
import { createSearchGate, type SearchGate } from "./search-gate.js";
import { createSameInputs } from "./same-inputs.js";
import { LRUCache } from "lru-cache";

export { EngineUnavailableError };

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

/** A copy, because Meilisearch's options want a mutable list. */
const HIT_FIELDS: string[] = [...HIT_FIELD_NAMES];

export interface SearchServiceOptions {
  client: Meilisearch;
  indexName: string;
  analyzer: TextAnalyzer;
  /** How much a match through analysis keys counts against a match of the words as typed. */
  keysWeight?: number;
  /** How much a whole match through a thesaurus concept counts (text-queries.ts, conceptQuery). */
  conceptWeight?: number;
  /** Meilisearch's matchingStrategy for the words as typed (see text-queries.ts). */
  matchingStrategy?: MatchingStrategy;
  /** Meilisearch's matchingStrategy for the keys query. */
  keysMatchingStrategy?: MatchingStrategy;
  /**
   * false: the words as typed only, without the keys and concept queries (inflected forms, compound parts,
   * names in other languages). For the bench, which measures what analysis costs.
   */
  analysis?: boolean;
  /** Where engine calls wait their turn; one sized to this machine's cores by default. */
  gate?: SearchGate;
  /** Told of every call to Meilisearch, for metrics. */
  onEngineCall?: (operation: string, seconds: number, outcome: "ok" | "error") => void;
}

/** A query's analysis, reused while the query is among the last QUERY_CACHE_SIZE asked. */
interface QueryWork {
  texts: TextQuery[];
  matches: WordMatcher | undefined;
}
const QUERY_CACHE_SIZE = 200;
/**
 * Requests whose answers are remembered (below): more than the queries, since a query with
 * filters, pages and languages is several requests. Up to some 40 kB each (hits, highlights).
 */
const ANSWER_CACHE_SIZE = 600;

export function createSearchService(options: SearchServiceOptions): SearchService {
  const {
    client,
    indexName,
    analyzer,
    keysWeight = 0.9,
    conceptWeight = 1,
    matchingStrategy = "last",
    keysMatchingStrategy = "frequency",
    analysis = true,
    gate = createSearchGate(),
    onEngineCall,
  } = options;
  const guard = async <T>(work: () => Promise<T>, operation = "search"): Promise<T> => {
    const started = performance.now();
    try {
      // The health check goes straight through: it must answer while searches wait.
      const result = await (operation === "health" ? work() : gate.run(work));
      onEngineCall?.(operation, (performance.now() - started) / 1000, "ok");
      return result;
    } catch (error) {
      onEngineCall?.(operation, (performance.now() - started) / 1000, "error");
      if (error instanceof EngineUnavailableError) throw error;
      if (error instanceof MeilisearchRequestError) {
        const unavailable = new EngineUnavailableError("the search engine is not reachable right now");
        // A call that had its turn and still timed out: the engine hangs, so do not queue for it.
        if (error.cause instanceof MeilisearchRequestTimeOutError) gate.failWaiting(unavailable);
        throw unavailable;
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

  // What a query's words become (its Meilisearch text queries and its word matcher), by query:
  // the same words come back (paging, facet clicks, the next visitor), and analysing them costs
  // stemming and thesaurus look-ups. Bounded, least recently used out first.
  const analysed = new LRUCache<string, QueryWork>({ max: QUERY_CACHE_SIZE });
  const queryWork = (q: string): QueryWork => {
    let work = analysed.get(q);
    if (!work) {
      const parsed = parseQuery(q);
      const texts = q.trim()
        ? textQueries(parsed, analyzer, { matchingStrategy, keysMatchingStrategy, keysWeight, conceptWeight }).slice(
            0,
            analysis ? undefined : 1,
          )
        : [];
      work = { texts, matches: texts.length > 0 ? createWordMatcher(wantedText(parsed), analyzer) : undefined };
      analysed.set(q, work);
    }
    return work;
  };

  // What a request's engine answers were made into, while the engine gives the same answers
  // (the transport then gives back the same objects: indexer/repeated-answers.ts).
  const answered = createSameInputs<unknown[], Omit<SearchResult, "processingTimeMs">>(ANSWER_CACHE_SIZE);

  return {
    async search(request) {
      const started = performance.now();
      const { texts, matches } = queryWork(request.q);
      const plan = searchPlan(request, {
        indexName,
        textQueries: texts,
        hitFields: texts.length > 0 ? [...HIT_FIELDS, "description"] : HIT_FIELDS,
      });
      const responses = await Promise.all(plan.map((planned) => guard(() => client.multiSearch(planned.body))));
      const key = JSON.stringify(request);
      let content = answered.get(key, responses);
      if (!content) {
        const { hits: documents, total, facets, startYears } = readPlan(plan, responses, indexName);
        const hits = documents.map((hit) => toHit(hit, matches));
        content = {
          hits,
          total,
          page: request.page,
          hitsPerPage: request.hitsPerPage,
          totalPages: Math.ceil(total / request.hitsPerPage),
          facets,
          startYears,
          labels: facetLabels({ facets, hits }, analyzer.thesaurus, request.lang ?? "fi"),
        };
        answered.set(key, responses, content);
      }
      return { ...content, processingTimeMs: Math.round(performance.now() - started) };
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

function toHit(document: Hit, matches: WordMatcher | undefined): SearchHit {
  return {
    ...pickFields(document, HIT_FIELD_NAMES),
    // Without words to mark, a text is only escaped.
    highlight: matches
      ? {
          title: rememberedHighlight(document.title, matches),
          summary: rememberedHighlight(document.summary, matches),
          snippet: rememberedSnippet(document.description, matches, document.title),
        }
      : { title: escapeHtml(document.title), summary: escapeHtml(document.summary), snippet: "" },
  };
}
