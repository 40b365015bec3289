// Other names of facet values, for the search page's facet value search: abbreviations,
// Swedish and English names and older names from the vocabularies in config/ ("ESR", "Nyland",
// "carers"), so typing any of them finds the canonical value. Served once as
// GET /api/facet-names and cached by the browser; the page matches locally against the counts
// it already has, so a facet search costs no round trip. Wildcard aliases ("nuoriso*") are
// matching rules, not names, and are left out.
// Usage: const names = await loadFacetNames(); names.regions?.["Uusimaa"] // ["Nyland", …]

import { loadVocabularyFile } from "../crawlers/vocabulary.js";
import type { FacetField } from "../core/project.js";

export type FacetNames = Partial<Record<FacetField, Record<string, string[]>>>;

const FILES: [FacetField, string][] = [
  ["regions", "regions.json"],
  ["funders", "funders.json"],
  ["targetGroups", "target-groups.json"],
  ["themes", "themes.json"],
];

export async function loadFacetNames(): Promise<FacetNames> {
  const names: FacetNames = {};
  for (const [field, file] of FILES) {
    const entries = await loadVocabularyFile(file);
    names[field] = Object.fromEntries(
      entries.map((entry) => [
        entry.name,
        [...new Set(entry.aliases.filter((alias) => !alias.endsWith("*") && alias !== entry.name))],
      ]),
    );
  }
  return names;
}
