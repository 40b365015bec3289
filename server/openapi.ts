// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json. Its schemas are JSON
// Schema 2020-12, and test/openapi.test.ts validates real responses against them, so this
// document and the implementation cannot drift apart unnoticed.

import { FACETS, LANGUAGES, PAGE_KINDS, PROJECT_STATUSES } from "../core/project.js";
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

const keyParameter = {
  name: "key",
  in: "query",
  description: "A partner key (or the X-Hankehaku-Key header): applies the partner's scope and origin rules.",
  schema: { type: "string" },
};

const searchParameters = [
  {
    name: "q",
    in: "query",
    description: "Free text; empty or missing browses everything, newest first.",
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
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
  { name: "sort", in: "query", schema: { type: "string", enum: Object.keys(SORTS) } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1 } },
  {
    name: "hitsPerPage",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: MAX_HITS_PER_PAGE, default: 20 },
  },
  keyParameter,
];

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Hankehaku API",
    version: "0.1.0",
    description: "Search Finnish health and wellbeing development projects (hankkeet) gathered from many websites.",
  },
  paths: {
    "/api/search": {
      get: {
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
        summary: "One whole project record",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } },
          keyParameter,
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
          keyParameter,
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
        summary: "Title suggestions for search-as-you-type",
        parameters: [
          {
            name: "q",
            in: "query",
            required: true,
            schema: { type: "string", minLength: 1, maxLength: MAX_QUERY_LENGTH },
          },
          ...facetParameters,
          keyParameter,
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
        summary: "Atom feed of the newest projects matching a search",
        parameters: searchParameters.filter((parameter) => !["sort", "page"].includes(parameter.name)),
        responses: {
          "200": { description: "Atom 1.0", content: { "application/atom+xml": { schema: { type: "string" } } } },
          "400": jsonError("Bad parameter"),
        },
      },
    },
    "/api/export.csv": {
      get: {
        summary: "CSV export of a result set (up to 1000 projects)",
        parameters: searchParameters.filter((parameter) => !["page", "hitsPerPage"].includes(parameter.name)),
        responses: {
          "200": { description: "CSV with a header row", content: { "text/csv": { schema: { type: "string" } } } },
          "400": jsonError("Bad parameter"),
        },
      },
    },
    "/health": {
      get: {
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
        summary: "Prometheus metrics",
        responses: {
          "200": { description: "Prometheus text format", content: { "text/plain": { schema: { type: "string" } } } },
        },
      },
    },
    "/openapi.json": {
      get: {
        summary: "This document",
        responses: {
          "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
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
        required: [
          "id",
          "url",
          "title",
          "summary",
          "site",
          "language",
          "kind",
          "organisations",
          "regions",
          "funders",
          "targetGroups",
          "themes",
          "status",
          "highlight",
        ],
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
        required: ["hits", "total", "page", "hitsPerPage", "totalPages", "facets", "processingTimeMs"],
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
        required: [
          "id",
          "url",
          "sources",
          "site",
          "language",
          "kind",
          "title",
          "summary",
          "description",
          "organisations",
          "regions",
          "municipalities",
          "funders",
          "fundingShares",
          "status",
          "targetGroups",
          "themes",
          "contacts",
          "fetchedAt",
          "updatedAt",
        ],
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
