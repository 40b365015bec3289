// @ts-check
// The shapes of what the search page's modules pass each other and what the API answers, as
// JSDoc types for `tsc -p tsconfig.browser.json` (no code: the browser loads nothing from here).
// They follow server/search-service.ts (SearchHit, SearchResult), core/project.ts (Project) and
// server/stats.ts (DataStats). Usage: /** @typedef {import("./types.js").Hit} Hit */

/** @typedef {"fi" | "sv" | "en"} Language */
/** @typedef {import("./texts.js").Texts} Texts */
/** @typedef {"regions" | "funders" | "targetGroups" | "themes" | "organisations" | "status" | "language"} FacetField */
/** @typedef {Record<string, Record<string, number>>} Facets */

/**
 * A search hit as /api/search sends it.
 * @typedef {{ id: string, url: string, title: string, summary: string, site: string, language: string,
 *   coordinator?: string, organisations: string[], regions: string[], funders: string[],
 *   targetGroups: string[], themes: string[], startYear?: number, endYear?: number, budgetEur?: number,
 *   status: string, highlight: { title: string, summary: string, snippet: string } }} Hit
 */

/**
 * The answer of /api/search.
 * @typedef {{ total: number, page: number, totalPages: number, hits: Hit[], facets: Facets,
 *   startYears?: Record<string, number>, labels?: import("./labels.js").FacetLabels }} SearchBody
 */

/**
 * A project as /api/projects/:id sends it (the whole record).
 * @typedef {{ id: string, url: string, title: string, summary: string, description: string, site: string,
 *   language: string, coordinator?: string, organisations: string[], regions: string[], municipalities: string[],
 *   funders: string[], fundingShares: { funder: string, percent: number }[], targetGroups: string[],
 *   themes: string[], status: string, startDate?: string, endDate?: string, startYear?: number,
 *   endYear?: number, budgetEur?: number, publishedDate?: string, fetchedAt: string,
 *   contacts: { name: string, title?: string, organisation?: string, email?: string, phone?: string }[],
 *   sources: { url: string, site: string, fetchedAt: string }[] }} ProjectBody
 */

/**
 * The answer of /api/stats.
 * @typedef {{ name: string, description?: string, sample: boolean, projects: number, sites: string[],
 *   lastCrawlAt?: string, lastSuccessAt?: string, lastError?: string }} SourceStats
 * @typedef {{ site: string, projects: number, source?: string }} SiteStats
 * @typedef {{ total: number, sources: SourceStats[], sites: SiteStats[] }} DataStats
 */

/** A facet value as the reader sees it, by its query parameter ("region") and canonical value. */
/** @typedef {(param: string, value: string) => string} LabelOf */

/**
 * What the facet lists and the charts are drawn from: the search, its answer and the page's state.
 * @typedef {{ params: URLSearchParams, body: SearchBody, texts: Texts, lang: Language, labelOf: LabelOf,
 *   names: (field: string, value: string) => string[], expanded: Set<string>, queries: Map<string, string> }} View
 */

export {};
