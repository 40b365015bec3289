// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json with the serving
// origin as its server. Its schemas are JSON Schema 2020-12: test/integration/api-contract.test.ts
// validates real responses against them, lints the document with Redocly's recommended rules
// and generates a typed client from it, so document and implementation cannot drift apart.
// Usage: res.json(openApiDocument("https://hankehaku.example"))

import {
  DISPLAYED_FIELDS,
  FACETS,
  HIT_FIELDS,
  LANGUAGES,
  PAGE_KINDS,
  PROJECT_STATUSES,
  requiredFields,
} from "../core/project.js";
import { MAX_HITS_PER_PAGE, MAX_QUERY_LENGTH, SORTS } from "./search-request.js";

const stringList = { type: "array", items: { type: "string" } } as const;
const facetCounts = { type: "object", additionalProperties: { type: "integer", minimum: 0 } } as const;
const error = { $ref: "#/components/schemas/Error" } as const;
const jsonError = (description: string) => ({ description, content: { "application/json": { schema: error } } });

const facetParameters = Object.keys(FACETS).map((name) => ({
  name,
  in: "query",
  description: `Filter by ${name}; repeat to OR values; different facets are AND-ed.`,
  schema: { type: "array", items: { type: "string", maxLength: 200 }, maxItems: 50 },
  style: "form",
  explode: true,
}));

/** Public operations: anonymous, or with a partner key in the header or the query. */
const publicSecurity = [{}, { partnerKeyHeader: [] }, { partnerKeyQuery: [] }];
const noSecurity = [{}];
/** What any operation that takes parameters and a partner key can answer besides 200. */
const partnerErrors = {
  "400": jsonError("A bad parameter, with a message saying which"),
  "401": jsonError("Unknown partner key"),
  "403": jsonError("The page's origin may not use this partner key"),
  "429": jsonError("Too many requests; Retry-After says when to come back"),
  "503": jsonError("Meilisearch is not reachable; try again shortly"),
};
const textResponse = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: { type: "string" } } },
});

const searchParameters = [
  {
    name: "q",
    in: "query",
    description:
      'Free text; empty or missing browses everything, newest first. Words match in any inflected form (nuorten finds nuoret), compounds (palvelut finds hyvinvointipalvelut) and across Finnish, Swedish and English names of target groups, themes, regions and funders (carers finds omaishoitajat). "Words in quotes" match that phrase: the words as written, in that order, without inflected forms. A word after a minus, -word, leaves out every project that has it in any inflected form. A project that has all the words ranks above one that has only some.',
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
  },
  {
    name: "lang",
    in: "query",
    description:
      "Language of the facet labels in the answer (labels): fi, sv or en; fi when not given. Facet values and filters stay canonical (Finnish).",
    schema: { type: "string", enum: ["fi", "sv", "en"] },
  },
  ...facetParameters,
  {
    name: "yearFrom",
    in: "query",
    description: "Projects active in or after this year.",
    schema: { type: "integer", minimum: 1900, maximum: 2100 },
  },
  {
    name: "yearTo",
    in: "query",
    description: "Projects active in or before this year.",
    schema: { type: "integer", minimum: 1900, maximum: 2100 },
  },
  {
    name: "startYear",
    in: "query",
    description: "Projects that started in this year (the years counted in startYears).",
    schema: { type: "integer", minimum: 1900, maximum: 2100 },
  },
  { name: "sort", in: "query", schema: { type: "string", enum: Object.keys(SORTS) } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1 } },
  {
    name: "hitsPerPage",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: MAX_HITS_PER_PAGE, default: 20 },
  },
];

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Hankehaku API",
    version: "0.1.0",
    description:
      "Search Finnish health and wellbeing development projects (hankkeet) gathered from many websites. " +
      "Anonymous use is open; partners send their key (header X-Hankehaku-Key or query key) to get their scope, " +
      "origin rules and rate limit. Project texts belong to the sites they come from; every record names its sources.",
    license: { name: "Proprietary: the Hankehaku service terms; project texts remain their publishers'" },
    contact: { name: "Hankehaku" },
  },
  servers: [{ url: "/", description: "The service that serves this document" }],
  security: publicSecurity,
  tags: [
    { name: "search", description: "Searching and browsing projects" },
    { name: "feeds", description: "Result sets as Atom and CSV" },
    { name: "operations", description: "Health, metrics and administration" },
    { name: "data", description: "Where the projects come from, and the names of facet values" },
  ],
  paths: {
    "/api/search": {
      get: {
        operationId: "searchProjects",
        tags: ["search"],
        summary: "Search projects, with facet counts",
        parameters: searchParameters,
        responses: {
          "200": {
            description: "Results",
            content: { "application/json": { schema: { $ref: "#/components/schemas/SearchResponse" } } },
          },
          "304": { description: "Not modified (If-None-Match matched the ETag)" },
          "400": jsonError("A bad parameter, with a message saying which"),
          "401": jsonError("Unknown partner key"),
          "403": jsonError("The page's origin may not use this partner key"),
          "429": jsonError("Too many requests"),
          "503": jsonError("Meilisearch is not reachable; try again shortly"),
        },
      },
    },
    "/api/projects/{id}": {
      get: {
        operationId: "getProject",
        tags: ["search"],
        summary: "One whole project record",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } },
        ],
        responses: {
          "200": {
            description: "The record",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Project" } } },
          },
          "400": jsonError("A malformed id"),
          "404": jsonError("No such project"),
          "503": jsonError("Meilisearch is not reachable"),
        },
      },
    },
    "/api/facets/{facet}": {
      get: {
        operationId: "searchFacetValues",
        tags: ["search"],
        summary: "Search the values of one facet (Meilisearch facet search)",
        parameters: [
          { name: "facet", in: "path", required: true, schema: { type: "string", enum: Object.keys(FACETS) } },
          {
            name: "q",
            in: "query",
            description: "Text the values should match",
            schema: { type: "string", maxLength: 100 },
          },
          ...facetParameters,
        ],
        responses: {
          "200": {
            description: "Matching values with counts",
            content: { "application/json": { schema: { $ref: "#/components/schemas/FacetValues" } } },
          },
          "400": jsonError("Unknown facet or bad parameter"),
          "503": jsonError("Meilisearch is not reachable"),
        },
      },
    },
    "/api/suggest": {
      get: {
        operationId: "suggestTitles",
        tags: ["search"],
        summary: "Title suggestions for search-as-you-type",
        parameters: [
          {
            name: "q",
            in: "query",
            required: true,
            schema: { type: "string", minLength: 1, maxLength: MAX_QUERY_LENGTH },
          },
          ...facetParameters,
        ],
        responses: {
          "200": {
            description: "Suggestions",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Suggestions" } } },
          },
          "400": jsonError("Missing q or bad parameter"),
          "503": jsonError("Meilisearch is not reachable"),
        },
      },
    },
    "/api/feed.atom": {
      get: {
        operationId: "projectFeed",
        tags: ["feeds"],
        summary: "Atom feed of the newest projects matching a search",
        parameters: searchParameters.filter((parameter) => !["sort", "page"].includes(parameter.name)),
        responses: {
          "200": textResponse("Atom 1.0", "application/atom+xml"),
          ...partnerErrors,
        },
      },
    },
    "/api/export.csv": {
      get: {
        operationId: "exportProjects",
        tags: ["feeds"],
        summary: "CSV export of a result set (up to 1000 projects)",
        parameters: searchParameters.filter((parameter) => !["page", "hitsPerPage"].includes(parameter.name)),
        responses: {
          "200": textResponse("CSV with a header row", "text/csv"),
          ...partnerErrors,
        },
      },
    },
    "/api/stats": {
      get: {
        operationId: "getDataStats",
        tags: ["data"],
        summary: "Projects per source and per site, and when each source was last crawled",
        responses: {
          "200": {
            description: 'The numbers behind the search page\'s "about the data"',
            content: { "application/json": { schema: { $ref: "#/components/schemas/DataStats" } } },
          },
          "401": jsonError("Unknown partner key"),
          "403": jsonError("The page's origin may not use this partner key"),
          "404": jsonError("Statistics are not available on this server"),
          "429": jsonError("Too many requests"),
          "503": jsonError("Meilisearch is not reachable; try again shortly"),
        },
      },
    },
    "/api/facet-names": {
      get: {
        operationId: "getFacetNames",
        tags: ["data"],
        summary: "Other names of facet values (abbreviations, Swedish and English names), for facet value search",
        responses: {
          "200": {
            description: "Per facet field, per canonical value, its other names",
            content: { "application/json": { schema: { $ref: "#/components/schemas/FacetNames" } } },
          },
          "401": jsonError("Unknown partner key"),
          "403": jsonError("The page's origin may not use this partner key"),
          "429": jsonError("Too many requests"),
        },
      },
    },
    "/api/admin/sources": {
      get: {
        operationId: "listSourceStatuses",
        tags: ["operations"],
        summary:
          "Per source: the last crawl, its counts and errors, and the next run; and whether the records are current",
        security: [{ adminBearer: [] }],
        responses: {
          "200": {
            description: "One entry per configured source",
            content: { "application/json": { schema: { $ref: "#/components/schemas/SourceStatuses" } } },
          },
          "401": jsonError("The admin key is missing or wrong"),
          "404": jsonError("The admin API is off (no HANKEHAKU_ADMIN_KEY)"),
        },
      },
    },
    "/health": {
      get: {
        operationId: "getHealth",
        tags: ["operations"],
        security: noSecurity,
        summary: "Whether the service and Meilisearch are reachable",
        responses: {
          "200": {
            description: "Healthy",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } },
          },
          "503": {
            description: "Meilisearch unreachable",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } },
          },
        },
      },
    },
    "/metrics": {
      get: {
        operationId: "getMetrics",
        tags: ["operations"],
        security: noSecurity,
        summary: "Prometheus metrics",
        responses: {
          "200": textResponse("Prometheus text format", "text/plain"),
        },
      },
    },
    "/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["operations"],
        security: noSecurity,
        summary: "This document",
        responses: {
          "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      partnerKeyHeader: { type: "apiKey", in: "header", name: "X-Hankehaku-Key", description: "A partner key" },
      partnerKeyQuery: { type: "apiKey", in: "query", name: "key", description: "A partner key, for embeds" },
      adminBearer: { type: "http", scheme: "bearer", description: "The operator's HANKEHAKU_ADMIN_KEY" },
    },
    schemas: {
      SourceStatuses: {
        type: "object",
        required: ["sources"],
        properties: {
          sources: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "enabled"],
              properties: {
                name: { type: "string" },
                description: { type: "string" },
                enabled: { type: "boolean" },
                schedule: { type: "string" },
                nextRunAt: { type: "string" },
                lastRunAt: { type: "string" },
                lastSuccessAt: { type: "string" },
                lastError: { type: "string" },
                pagesSeen: { type: "integer" },
                newProjects: { type: "integer" },
                changedProjects: { type: "integer" },
                unchangedPages: { type: "integer" },
                removedProjects: { type: "integer" },
                errors: { type: "integer" },
                notFound: { type: "integer" },
              },
            },
          },
          records: {
            type: "object",
            description: "Whether the indexed records are what the running version's rules derive",
            required: ["rules"],
            properties: {
              rules: { type: "string", enum: ["checking", "re-deriving", "current", "stale", "failed"] },
              reason: { type: "string" },
              fingerprint: { type: "string" },
            },
          },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "string" } },
        additionalProperties: false,
      },
      Health: {
        type: "object",
        required: ["status", "meilisearch"],
        properties: { status: { enum: ["ok", "degraded"] }, meilisearch: { enum: ["reachable", "unreachable"] } },
        additionalProperties: false,
      },
      SearchHit: {
        type: "object",
        required: [...requiredFields(HIT_FIELDS), "highlight"],
        properties: {
          id: { type: "string" },
          url: { type: "string", format: "uri" },
          title: { type: "string" },
          summary: { type: "string" },
          site: { type: "string" },
          language: { enum: [...LANGUAGES] },
          kind: { enum: [...PAGE_KINDS] },
          coordinator: { type: "string" },
          organisations: stringList,
          regions: stringList,
          funders: stringList,
          targetGroups: stringList,
          themes: stringList,
          startYear: { type: "integer" },
          endYear: { type: "integer" },
          budgetEur: { type: "number" },
          status: { enum: [...PROJECT_STATUSES] },
          highlight: {
            type: "object",
            description: "HTML-escaped text with <mark> around matched words",
            required: ["title", "summary", "snippet"],
            properties: { title: { type: "string" }, summary: { type: "string" }, snippet: { type: "string" } },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      SearchResponse: {
        type: "object",
        required: [
          "hits",
          "total",
          "page",
          "hitsPerPage",
          "totalPages",
          "facets",
          "startYears",
          "labels",
          "processingTimeMs",
        ],
        properties: {
          hits: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
          total: { type: "integer", minimum: 0 },
          page: { type: "integer", minimum: 1 },
          hitsPerPage: { type: "integer", minimum: 1 },
          totalPages: { type: "integer", minimum: 0 },
          facets: {
            type: "object",
            required: Object.values(FACETS),
            properties: Object.fromEntries(Object.values(FACETS).map((field) => [field, facetCounts])),
            additionalProperties: false,
          },
          startYears: {
            description: "Projects of the result set per start year (a facet count, for charts)",
            ...facetCounts,
          },
          labels: {
            type: "object",
            description:
              "Display names, in the language of `lang`, of the facet values in this answer (facets and hits): { regions: { Uusimaa: 'Nyland' }, … }. Organisations are not translated.",
            additionalProperties: { type: "object", additionalProperties: { type: "string" } },
          },
          scope: {
            type: "object",
            description:
              "With a partner key that has a fixed scope: that scope by parameter ({ region: ['Pohjois-Savo'] }), applied on top of the request's filters, so a link to the full search page can carry it.",
            additionalProperties: { type: "array", items: { type: "string" } },
          },
          processingTimeMs: { type: "integer", minimum: 0 },
        },
        additionalProperties: false,
      },
      FacetValues: {
        type: "object",
        required: ["facet", "values"],
        properties: {
          facet: { type: "string" },
          values: {
            type: "array",
            items: {
              type: "object",
              required: ["value", "count"],
              properties: { value: { type: "string" }, count: { type: "integer" } },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      DataStats: {
        type: "object",
        required: ["total", "sources", "sites"],
        properties: {
          total: { type: "integer", minimum: 0, description: "Projects in the index" },
          sources: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "sample", "projects", "sites"],
              properties: {
                name: { type: "string" },
                description: { type: "string" },
                sample: { type: "boolean", description: "The bundled sample corpus (invented projects)" },
                projects: { type: "integer", minimum: 0 },
                sites: stringList,
                lastCrawlAt: { type: "string", format: "date-time" },
                lastSuccessAt: { type: "string", format: "date-time" },
                lastError: { type: "string" },
              },
              additionalProperties: false,
            },
          },
          sites: {
            type: "array",
            items: {
              type: "object",
              required: ["site", "projects"],
              properties: {
                site: { type: "string" },
                projects: { type: "integer", minimum: 0 },
                source: { type: "string", description: "The configured source that crawls the site" },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      FacetNames: {
        type: "object",
        properties: Object.fromEntries(
          Object.values(FACETS).map((field) => [field, { type: "object", additionalProperties: stringList }]),
        ),
        additionalProperties: false,
      },
      Suggestions: {
        type: "object",
        required: ["suggestions"],
        properties: {
          suggestions: {
            type: "array",
            items: {
              type: "object",
              required: ["id", "title", "url", "highlight"],
              properties: {
                id: { type: "string" },
                title: { type: "string" },
                url: { type: "string" },
                highlight: { type: "string" },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      Project: {
        type: "object",
        required: requiredFields(DISPLAYED_FIELDS),
        properties: {
          id: { type: "string" },
          url: { type: "string" },
          sources: {
            type: "array",
            items: {
              type: "object",
              required: ["url", "site", "fetchedAt"],
              properties: { url: { type: "string" }, site: { type: "string" }, fetchedAt: { type: "string" } },
            },
          },
          site: { type: "string" },
          language: { enum: [...LANGUAGES] },
          kind: { enum: [...PAGE_KINDS] },
          title: { type: "string" },
          summary: { type: "string", maxLength: 301 },
          description: { type: "string" },
          coordinator: { type: "string" },
          organisations: stringList,
          regions: stringList,
          municipalities: stringList,
          funders: stringList,
          fundingShares: {
            type: "array",
            items: {
              type: "object",
              required: ["funder", "percent"],
              properties: { funder: { type: "string" }, percent: { type: "number" } },
            },
          },
          budgetEur: { type: "number" },
          startDate: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          endDate: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          startYear: { type: "integer" },
          endYear: { type: "integer" },
          status: { enum: [...PROJECT_STATUSES] },
          targetGroups: stringList,
          themes: stringList,
          contacts: {
            type: "array",
            items: {
              type: "object",
              required: ["name"],
              properties: {
                name: { type: "string" },
                title: { type: "string" },
                organisation: { type: "string" },
                email: { type: "string" },
                phone: { type: "string" },
              },
            },
          },
          publishedDate: { type: "string" },
          fetchedAt: { type: "string" },
          updatedAt: { type: "string" },
        },
        additionalProperties: false,
      },
    },
  },
} as const;

/** The document as served: its server is the origin it was fetched from, so generated clients need no setup. */
export function openApiDocument(origin: string) {
  return { ...OPENAPI_DOCUMENT, servers: [{ url: origin, description: "This Hankehaku service" }] };
}
