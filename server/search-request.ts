// Validates the query string of GET /api/search into a SearchRequest, and turns a request
// into a Meilisearch filter. Pure functions; every user value is quoted and escaped before it
// reaches a filter, and anything unknown or malformed becomes a BadRequestError (a 400).
// Usage: const request = parseSearchRequest(req.query); const filter = buildFilter(request);

import { quoteFilterValue } from "../indexer/filter.js";
import { FACETS, LANGUAGES, PROJECT_STATUSES, type FacetField, type FacetParam } from "../core/project.js";

export class BadRequestError extends Error {
  override name = "BadRequestError";
}

export const SORTS = {
  relevance: undefined,
  newest: ["startYear:desc", "updatedAt:desc"],
  start: ["startYear:asc"],
  end: ["endYear:desc"],
  budget: ["budgetEur:desc"],
} as const;
type SortName = keyof typeof SORTS;

export const MAX_QUERY_LENGTH = 500;
export const MAX_HITS_PER_PAGE = 100;
const MAX_VALUE_LENGTH = 200;
const MAX_VALUES_PER_FACET = 50;

export type FacetFilters = Partial<Record<FacetField, string[]>>;

export interface SearchRequest {
  q: string;
  filters: FacetFilters;
  /** A partner's fixed scope: always applied, never counted away (see partners.ts). */
  scope?: FacetFilters;
  yearFrom?: number;
  yearTo?: number;
  /** Projects that started in this year (what the page's start-year chart counts). */
  startYear?: number;
  sort: SortName;
  page: number;
  hitsPerPage: number;
  /** The language facet labels are given in (server/labels.ts); fi when not given. */
  lang?: "fi" | "sv" | "en";
}

const YEAR_PARAMS = ["yearFrom", "yearTo", "startYear"];
const SCALAR_PARAMS = ["q", "lang", ...YEAR_PARAMS, "sort", "page", "hitsPerPage"];
/** Read by the partner layer, not by the search itself. */
const PARTNER_PARAMS = ["key"];
export const SEARCH_PARAMS = [...SCALAR_PARAMS, ...Object.keys(FACETS)];

type Query = Record<string, unknown>;

export function parseSearchRequest(query: Query, allowed: string[] = SEARCH_PARAMS): SearchRequest {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key) && !PARTNER_PARAMS.includes(key)) {
      throw new BadRequestError(`unknown parameter "${key}"; known parameters are ${allowed.join(", ")}`);
    }
  }
  const q = scalar(query, "q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) throw new BadRequestError(`q is longer than ${MAX_QUERY_LENGTH} characters`);
  const filters: SearchRequest["filters"] = {};
  for (const [param, field] of Object.entries(FACETS) as [FacetParam, FacetField][]) {
    const values = list(query, param);
    if (values.length === 0) continue;
    if (param === "status") values.forEach((value) => oneOf(param, value, PROJECT_STATUSES));
    if (param === "language") values.forEach((value) => oneOf(param, value, LANGUAGES));
    filters[field] = values;
  }
  const yearFrom = integer(query, "yearFrom", 1900, 2100);
  const yearTo = integer(query, "yearTo", 1900, 2100);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    throw new BadRequestError(`yearFrom (${yearFrom}) is after yearTo (${yearTo})`);
  }
  const startYear = integer(query, "startYear", 1900, 2100);
  const lang = scalar(query, "lang");
  if (lang !== undefined) oneOf("lang", lang, LANGUAGES);
  const sortParam = scalar(query, "sort");
  if (sortParam !== undefined) oneOf("sort", sortParam, Object.keys(SORTS));
  const sort = (sortParam ?? (q.trim() ? "relevance" : "newest")) as SortName;
  return {
    q,
    filters,
    ...(yearFrom !== undefined ? { yearFrom } : {}),
    ...(yearTo !== undefined ? { yearTo } : {}),
    ...(startYear !== undefined ? { startYear } : {}),
    sort,
    ...(lang !== undefined ? { lang: lang as "fi" | "sv" | "en" } : {}),
    page: integer(query, "page", 1, 1000) ?? 1,
    hitsPerPage: integer(query, "hitsPerPage", 1, MAX_HITS_PER_PAGE) ?? 20,
  };
}

function scalar(query: Query, key: string): string | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new BadRequestError(`${key} must be given once`);
  return value;
}

function list(query: Query, key: string): string[] {
  const value = query[key];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.length > MAX_VALUES_PER_FACET)
    throw new BadRequestError(`${key} is given more than ${MAX_VALUES_PER_FACET} times`);
  return values.map((item) => {
    if (typeof item !== "string" || item.trim() === "") throw new BadRequestError(`${key} must be a non-empty text`);
    if (item.length > MAX_VALUE_LENGTH)
      throw new BadRequestError(`${key} is longer than ${MAX_VALUE_LENGTH} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(item)) throw new BadRequestError(`${key} contains control characters`);
    return item;
  });
}

function integer(query: Query, key: string, min: number, max: number): number | undefined {
  const value = scalar(query, key);
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new BadRequestError(`${key} must be a whole number from ${min} to ${max}, got "${value.slice(0, 40)}"`);
  }
  return Number(value);
}

function oneOf(key: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value))
    throw new BadRequestError(`${key} must be one of ${allowed.join(", ")}, got "${value.slice(0, 40)}"`);
}

export { quoteFilterValue };

/**
 * The filter of a request, as a list of AND-ed clauses (values within a facet OR-ed).
 * `except` leaves one facet out: that is how disjunctive facet counts are computed.
 */
export function buildFilter(request: SearchRequest, except?: FacetField): string[] {
  const clauses: string[] = [];
  const clause = (field: string, values: string[]) => `${field} IN [${values.map(quoteFilterValue).join(", ")}]`;
  for (const [field, values] of Object.entries(request.filters) as [FacetField, string[]][]) {
    if (field === except || values.length === 0) continue;
    clauses.push(clause(field, values));
  }
  for (const [field, values] of Object.entries(request.scope ?? {}) as [FacetField, string[]][]) {
    if (values.length > 0) clauses.push(clause(field, values));
  }
  if (request.yearFrom !== undefined) {
    clauses.push(`(endYear >= ${request.yearFrom} OR (endYear NOT EXISTS AND startYear EXISTS))`);
  }
  if (request.yearTo !== undefined) {
    clauses.push(`(startYear <= ${request.yearTo} OR (startYear NOT EXISTS AND endYear EXISTS))`);
  }
  if (request.startYear !== undefined) clauses.push(`startYear = ${request.startYear}`);
  return clauses;
}

export interface FacetValueRequest {
  facet: FacetField;
  facetQuery: string;
  request: SearchRequest;
}

/** GET /api/facets/:facet?q=… (plus the search's filters, which narrow the values counted). */
export function parseFacetValueRequest(facetParam: string, query: Query): FacetValueRequest {
  // Own keys only: "__proto__" or "constructor" must not find Object.prototype's members.
  const facet = Object.hasOwn(FACETS, facetParam)
    ? FACETS[facetParam as FacetParam]
    : (Object.values(FACETS) as FacetField[]).find((field) => field === facetParam);
  if (!facet)
    throw new BadRequestError(
      `unknown facet "${facetParam.slice(0, 40)}"; facets are ${Object.keys(FACETS).join(", ")}`,
    );
  const { q, ...filters } = query;
  const facetQuery = q === undefined ? "" : q;
  if (typeof facetQuery !== "string") throw new BadRequestError("q must be given once");
  if (facetQuery.length > 100) throw new BadRequestError("q is longer than 100 characters");
  return {
    facet: facet,
    facetQuery,
    request: parseSearchRequest(filters, [...Object.keys(FACETS), ...YEAR_PARAMS]),
  };
}

/** GET /api/suggest?q=… */
export function parseSuggestRequest(query: Query): SearchRequest {
  const request = parseSearchRequest(query, ["q", ...Object.keys(FACETS)]);
  if (!request.q.trim()) throw new BadRequestError("q is required for suggestions");
  return request;
}
