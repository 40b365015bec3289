// The `projects` index settings, kept in code and applied idempotently at start
// (Meilisearch only re-indexes when a setting really changes).

import type { Settings } from "meilisearch";

export const PROJECT_INDEX_SETTINGS: Settings = {
  // Order matters: a match in the title outranks one in the description.
  searchableAttributes: [
    "title",
    "summary",
    "organisations",
    "targetGroups",
    "themes",
    "regions",
    "municipalities",
    "funders",
    "description",
  ],
  filterableAttributes: [
    "regions",
    "municipalities",
    "funders",
    "targetGroups",
    "organisations",
    "themes",
    "status",
    "language",
    "kind",
    "site",
    "startYear",
    "endYear",
  ],
  sortableAttributes: ["startYear", "endYear", "startDate", "endDate", "budgetEur", "publishedDate", "updatedAt"],
  displayedAttributes: ["*"],
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 10_000 },
};
