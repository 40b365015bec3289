// The `projects` index settings, kept in code and applied idempotently at start (Meilisearch
// re-indexes only when a setting really changes). Stop words and synonyms come from config/;
// the hidden `searchKeys` field holds the inflection-insensitive keys of text-analysis.ts, and
// `searchConcepts` the thesaurus concepts a record is about (thesaurus.ts).
// Usage: await index.updateSettings(buildIndexSettings(vocabulary, analyzer));

import type { Settings } from "meilisearch";
import { PROJECT_KEY_FIELD, SOURCE_URLS_FIELD } from "./merge.js";
import type { SearchVocabulary, TextAnalyzer } from "./text-analysis.js";
import { DISPLAYED_FIELDS, SEARCHABLE_FIELDS, type Project } from "../core/project.js";

export const KEYS_FIELD = "searchKeys";
/** Hidden: the tokens of the thesaurus concepts a record is about (indexer/thesaurus.ts). */
export const CONCEPTS_FIELD = "searchConcepts";

/** Fields a search can filter on (facets, years, and the indexer's own bookkeeping fields). */
const FILTERABLE_FIELDS = [
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
] as const satisfies readonly (keyof Project)[];

const SORTABLE_FIELDS = [
  "startYear",
  "endYear",
  "startDate",
  "endDate",
  "budgetEur",
  "publishedDate",
  "updatedAt",
] as const satisfies readonly (keyof Project)[];

export function buildIndexSettings(vocabulary: SearchVocabulary, analyzer: TextAnalyzer): Settings {
  return {
    // A concept the record is about is better evidence than a cut key somewhere in its text.
    searchableAttributes: [...SEARCHABLE_FIELDS, CONCEPTS_FIELD, KEYS_FIELD],
    // `searchKeys` and `searchConcepts` are searched but never shown.
    displayedAttributes: [...DISPLAYED_FIELDS],
    filterableAttributes: [PROJECT_KEY_FIELD, SOURCE_URLS_FIELD, ...FILTERABLE_FIELDS],
    sortableAttributes: [...SORTABLE_FIELDS],
    // Meilisearch's default order, stated so that a change is deliberate: all words first,
    // then fewer typos, closer words, a better field (the order above), sort, exact words.
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    typoTolerance: {
      enabled: true,
      // Finnish words are long: one typo from 5 letters, two from 9.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // Keys are cut stems: a "typo" there joins unrelated words.
      disableOnAttributes: [KEYS_FIELD, CONCEPTS_FIELD],
      disableOnNumbers: true,
    },
    stopWords: stopWordsOutsideSynonyms(vocabulary),
    synonyms: mergeSynonyms(
      wordSynonyms([...vocabulary.synonymGroups, ...vocabulary.wordSynonymGroups]),
      analyzer.keySynonyms(vocabulary.synonymGroups),
      analyzer.conceptSynonyms(),
    ),
    faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: 10_000 },
  };
}

/**
 * Meilisearch stops matching a multi-word synonym ("THL" = "Terveyden ja hyvinvoinnin laitos")
 * when one of its words is a stop word, so words used inside synonyms are not stop words here.
 */
function stopWordsOutsideSynonyms(vocabulary: SearchVocabulary): string[] {
  const inSynonyms = new Set(
    [...vocabulary.synonymGroups, ...vocabulary.wordSynonymGroups]
      .flat()
      .flatMap((entry) => entry.toLowerCase().split(/\s+/)),
  );
  return [...vocabulary.stopWords.fi, ...vocabulary.stopWords.sv, ...vocabulary.stopWords.en].filter(
    (word) => !inSynonyms.has(word),
  );
}

/** Each word of a group finds every other (Meilisearch wants them listed both ways). */
function wordSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const entry of group) {
      const key = entry.toLowerCase();
      const others = group.filter((other) => other !== entry).map((other) => other.toLowerCase());
      synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...others])];
    }
  }
  return synonyms;
}

/** Both tables may name the same word ("thl" is its own key): keep every synonym of it. */
function mergeSynonyms(...tables: Record<string, string[]>[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const table of tables) {
    for (const [word, synonyms] of Object.entries(table))
      merged[word] = [...new Set([...(merged[word] ?? []), ...synonyms])];
  }
  return merged;
}
