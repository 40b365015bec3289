// One catalogue in three languages: config/thesaurus.json names every canonical facet value
// (stored in Finnish, stable in filters and URLs) in Finnish, Swedish and English. It gives
// facet labels in the reader's language, the names a record is also found by (its regions,
// target groups, themes and funders in all three languages go into its search keys), and
// synonym groups for queries ("carers" = "omaishoitajat" = "närståendevårdare").
// Usage: const thesaurus = createThesaurus(await readThesaurusData()); thesaurus.label("regions", "Uusimaa", "sv") // "Nyland"

import { readConfigJson } from "../core/paths.js";
import type { Language } from "../core/project.js";

interface ThesaurusEntry {
  fi: string;
  sv: string;
  en: string;
  /** Further words, in any language, that mean the same in a search. */
  search?: string[];
}

export interface ThesaurusData {
  facets: Record<string, Record<string, ThesaurusEntry>>;
}

export interface Thesaurus {
  /** The name of a facet value in a language; the value itself when the thesaurus lacks it. */
  label(facet: string, value: string, language: Language): string;
  /** Names and search words of a record's facet values in every language, for its search keys. */
  namesOf(values: Partial<Record<string, readonly string[]>>): string[];
  /** Groups of words that mean the same, for Meilisearch synonyms (see indexer/settings.ts). */
  synonymGroups(): string[][];
}

/** Facets whose names also work as synonyms of each other in a query. */
const SYNONYM_FACETS = ["targetGroups", "themes", "regions"];

export function createThesaurus(data: ThesaurusData): Thesaurus {
  const entry = (facet: string, value: string): ThesaurusEntry | undefined => data.facets[facet]?.[value];
  const wordsOf = (found: ThesaurusEntry) => [found.fi, found.sv, found.en, ...(found.search ?? [])];
  return {
    label: (facet, value, language) => entry(facet, value)?.[language] ?? value,
    namesOf(values) {
      const names = new Set<string>();
      for (const [facet, list] of Object.entries(values)) {
        for (const value of list ?? []) {
          const found = entry(facet, value);
          if (found) wordsOf(found).forEach((word) => names.add(word));
        }
      }
      return [...names];
    },
    synonymGroups() {
      return SYNONYM_FACETS.flatMap((facet) =>
        Object.values(data.facets[facet] ?? {}).map((found) => [...new Set(wordsOf(found))]),
      ).filter((group) => group.length > 1);
    },
  };
}

export async function readThesaurusData(): Promise<ThesaurusData> {
  return readConfigJson<ThesaurusData>("thesaurus.json");
}
