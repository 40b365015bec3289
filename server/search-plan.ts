// The Meilisearch requests one search becomes, as few as the answer needs. The main query
// lists the hits and counts every facet; each selected facet is counted once more without its
// own filter (disjunctive counts). A query of one text query (no words to key, or no words at
// all) goes out as ONE non-federated multi-search that carries the main query and every count
// query. A federated pair (the words and their keys, text-queries.ts) cannot share a request
// with other counts: Meilisearch computes a federation's facets over the union of all its
// queries, so each selected facet is a federation of its own, sent side by side with the main one.
// Usage: const plan = searchPlan(request, { indexName, textQueries, hitFields });
//        const answer = readPlan(plan, await Promise.all(plan.map((r) => client.multiSearch(r.body))));

import type { FederatedMultiSearchParams, MultiSearchParams, MultiSearchQuery } from "meilisearch";
import { FACETS, type FacetField, type Project } from "../core/project.js";
import { buildFilter, SORTS, type SearchRequest } from "./search-request.js";
import type { TextQuery } from "./text-queries.js";

const FACET_FIELDS = Object.values(FACETS) as FacetField[];
/** What the main query counts: every facet, and the start years for the page's chart. */
const MAIN_FACETS = [...FACET_FIELDS, "startYear"];

/** What a query of a request answers: the hits and all counts, or the counts of one facet. */
type Part = { role: "main" } | { role: "count"; field: FacetField };

type PlannedRequest =
  | { federated: true; body: FederatedMultiSearchParams; part: Part }
  | { federated: false; body: MultiSearchParams; parts: Part[] };

interface PlanOptions {
  indexName: string;
  /** The text queries of the search box query; none for an empty query. */
  textQueries: TextQuery[];
  /** The fields a hit needs (with the description when snippets are made). */
  hitFields: string[];
}

interface PlanAnswer {
  hits: Project[];
  total: number;
  facets: Record<FacetField, Record<string, number>>;
  /** Projects of the result set per start year (counted by the main query). */
  startYears: Record<string, number>;
}

/** The facets the request filters on, each counted without its own filter. */
function selectedFacets(request: SearchRequest): FacetField[] {
  return (Object.keys(request.filters) as FacetField[]).filter((field) => (request.filters[field] ?? []).length > 0);
}

export function searchPlan(request: SearchRequest, options: PlanOptions): PlannedRequest[] {
  const { indexName, hitFields } = options;
  const texts: Partial<TextQuery>[] = options.textQueries.length > 0 ? options.textQueries : [{ q: "" }];
  const sort = SORTS[request.sort];
  const main = {
    filter: buildFilter(request),
    attributesToRetrieve: hitFields,
    ...(sort ? { sort: [...sort] } : {}),
  };
  const limit = request.hitsPerPage;
  const offset = (request.page - 1) * request.hitsPerPage;
  const counted = selectedFacets(request).map((field) => ({
    field,
    // No hits and no order: only the counts are read.
    query: { filter: buildFilter(request, field), attributesToRetrieve: [] as string[] },
  }));
  const [first] = texts;
  if (texts.length === 1 && first) {
    // A weight means nothing outside a federation (and Meilisearch refuses it there).
    const single = { ...first };
    delete single.federationOptions;
    const queries: MultiSearchQuery[] = [
      { indexUid: indexName, ...single, ...main, facets: MAIN_FACETS, limit, offset },
      ...counted.map(({ field, query }) => ({ indexUid: indexName, ...single, ...query, facets: [field], limit: 0 })),
    ];
    const parts: Part[] = [{ role: "main" }, ...counted.map(({ field }) => ({ role: "count" as const, field }))];
    return [{ federated: false, body: { queries }, parts }];
  }
  const federation = (queryOptions: object, facets: string[], federationLimit: number, federationOffset: number) => ({
    federation: { limit: federationLimit, offset: federationOffset, facetsByIndex: { [indexName]: facets } },
    queries: texts.map((text) => ({ indexUid: indexName, ...queryOptions, ...text })),
  });
  return [
    { federated: true, body: federation(main, MAIN_FACETS, limit, offset), part: { role: "main" } },
    ...counted.map(({ field, query }): PlannedRequest => ({
      federated: true,
      body: federation(query, [field], 0, 0),
      part: { role: "count", field },
    })),
  ];
}

type Distribution = Record<string, Record<string, number>>;
interface Answered {
  hits?: unknown[];
  estimatedTotalHits?: number;
  facetDistribution?: Distribution;
  facetsByIndex?: Record<string, { distribution?: Distribution }>;
}

/** The hits, total and disjunctive facet counts from the responses to a plan, in its order. */
export function readPlan(plan: PlannedRequest[], responses: unknown[], indexName: string): PlanAnswer {
  const answers: { part: Part; hits: unknown[]; total: number; distribution: Distribution }[] = [];
  plan.forEach((planned, i) => {
    const response = responses[i] as Answered & { results?: Answered[] };
    if (planned.federated) {
      const distribution = response.facetsByIndex?.[indexName]?.distribution ?? {};
      answers.push({
        part: planned.part,
        hits: response.hits ?? [],
        total: response.estimatedTotalHits ?? 0,
        distribution,
      });
      return;
    }
    planned.parts.forEach((part, j) => {
      const result = response.results?.[j] ?? {};
      answers.push({
        part,
        hits: result.hits ?? [],
        total: result.estimatedTotalHits ?? 0,
        distribution: result.facetDistribution ?? {},
      });
    });
  });
  const main = answers.find((answer) => answer.part.role === "main");
  const facets = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, main?.distribution[field] ?? {}]),
  ) as PlanAnswer["facets"];
  for (const { part, distribution } of answers) {
    if (part.role === "count") facets[part.field] = distribution[part.field] ?? {};
  }
  return {
    hits: (main?.hits ?? []) as Project[],
    total: main?.total ?? 0,
    facets,
    startYears: main?.distribution.startYear ?? {},
  };
}
