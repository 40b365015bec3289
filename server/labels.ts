// Display names of facet values in the reader's language, from the thesaurus
// (config/thesaurus.json): a search answer carries `labels` for every facet value it shows, so
// clients print "Nyland" or "carers" while filters and URLs keep the canonical Finnish values.
// Usage: const labels = facetLabels(result, thesaurus, "sv"); labels.regions?.["Uusimaa"] // "Nyland"

import { FACETS, type FacetField } from "../core/project.js";
import type { Language } from "../core/project.js";
import type { Thesaurus } from "../indexer/thesaurus.js";

export type FacetLabels = Partial<Record<FacetField, Record<string, string>>>;

/** Facets whose values the thesaurus names; organisations are proper names and stay as they are. */
const LABELLED: FacetField[] = (Object.values(FACETS) as FacetField[]).filter((field) => field !== "organisations");

interface Labelled {
  facets: Partial<Record<FacetField, Record<string, number>>>;
  hits: Partial<Record<FacetField, string | string[]>>[];
}

export function facetLabels(result: Labelled, thesaurus: Thesaurus, language: Language): FacetLabels {
  const labels: FacetLabels = {};
  for (const field of LABELLED) {
    const values = new Set(Object.keys(result.facets[field] ?? {}));
    for (const hit of result.hits) [hit[field] ?? []].flat().forEach((value) => values.add(value));
    labels[field] = Object.fromEntries([...values].map((value) => [value, thesaurus.label(field, value, language)]));
  }
  return labels;
}
