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
  // Plain loops into one object per facet: a search answer names a few hundred values, and
  // sets, arrays and Object.fromEntries for them were a tenth of the app's CPU per search.
  for (const field of LABELLED) {
    const named = Object.create(null) as Record<string, string>;
    const name = (value: string) => {
      if (!Object.hasOwn(named, value)) named[value] = thesaurus.label(field, value, language);
    };
    for (const value of Object.keys(result.facets[field] ?? {})) name(value);
    for (const hit of result.hits) {
      const values = hit[field];
      if (typeof values === "string") name(values);
      else if (values) for (const value of values) name(value);
    }
    labels[field] = named;
  }
  return labels;
}
