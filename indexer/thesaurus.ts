// One catalogue in three languages: config/thesaurus.json names every canonical facet value
// (stored in Finnish, stable in filters and URLs) in Finnish, Swedish and English. It gives
// facet labels in the reader's language, the names a record is also found by (its regions,
// target groups, themes and funders in all three languages go into its search keys), and
// synonym groups for queries ("carers" = "omaishoitajat" = "närståendevårdare").
// It also holds search concepts that are not facets ("vanhuspalvelut" / "äldreomsorg" /
// "elderly care"), and for any entry the narrower terms a page may use instead of its names
// (`includes`: "kotihoito", "hemvården", "palvelutalo" are elderly care). A record that uses
// one carries the entry's concept token in a hidden field, and a query that names the entry in
// any language looks for that token too (text-analysis.ts, server/text-queries.ts).
// Usage: const thesaurus = createThesaurus(await readThesaurusData()); thesaurus.label("regions", "Uusimaa", "sv") // "Nyland"
//        thesaurus.conceptsIn("Kotihoidon etäkäynnit", {}) // ["conceptvanhuspalvelut"]

import { readConfigJson } from "../core/paths.js";
import type { Language } from "../core/project.js";
import { createVocabulary, type Vocabulary } from "../crawlers/vocabulary.js";

interface ThesaurusEntry {
  fi: string;
  sv: string;
  en: string;
  /** Further words, in any language, that mean the same in a search. */
  search?: string[];
  /**
   * Narrower terms, as vocabulary aliases (config/target-groups.json's rules: a whole word with
   * a case ending, "*" for any continuation), that put a record under this entry in a search.
   */
  includes?: string[];
}

export interface ThesaurusData {
  facets: Record<string, Record<string, ThesaurusEntry>>;
  /** Search concepts that are not facet values: found by their names and their narrower terms. */
  concepts?: Record<string, ThesaurusEntry>;
}

export interface Thesaurus {
  /** The name of a facet value in a language; the value itself when the thesaurus lacks it. */
  label(facet: string, value: string, language: Language): string;
  /** Names and search words of a record's facet values in every language, for its search keys. */
  namesOf(values: Partial<Record<string, readonly string[]>>): string[];
  /** Entries with narrower terms: each one's concept token and its names and search words. */
  readonly concepts: readonly SearchConcept[];
  /**
   * The tokens of the concepts a record is about: those whose narrower terms its text uses, and
   * its own facet values that have narrower terms.
   */
  conceptsIn(text: string, values: Partial<Record<string, readonly string[]>>): string[];
  /** Groups of words that mean the same, for Meilisearch synonyms (see indexer/settings.ts). */
  synonymGroups(): string[][];
  /**
   * The search concepts' names as groups of words that mean the same, for synonyms of the words
   * as typed only: their keys find each other through the concept token, as cut keys they would
   * join unrelated words ("äldreomsorg" -> "altr", which begins every "äldre").
   */
  conceptGroups(): string[][];
}

/** Facets whose names also work as synonyms of each other in a query. */
const SYNONYM_FACETS = ["targetGroups", "themes", "regions"];

export interface SearchConcept {
  /** One word that stands for the concept in the index: "concept" and its folded Finnish name. */
  token: string;
  /** Its names and search words in every language, as a query may name it. */
  names: string[];
}

const wordsOf = (found: ThesaurusEntry) => [found.fi, found.sv, found.en, ...(found.search ?? [])];

/** "syrjäytymisen ehkäisy" -> "conceptsyrjaytymisenehkaisy": letters only, so the engine keeps it one word. */
export const conceptToken = (name: string): string =>
  `concept${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "")}`;

interface Included extends SearchConcept {
  /** "facet/value" for a facet value, so a record with that value carries the token. */
  value?: string;
  vocabulary: Vocabulary;
}

/**
 * One vocabulary per entry with narrower terms: a vocabulary's longer alias consumes its text,
 * and one term may be narrower than two entries ("Ohjaamo" is both low-threshold and exclusion
 * prevention).
 */
function includesOf(data: ThesaurusData): Included[] {
  const entries = [
    ...Object.entries(data.facets).flatMap(([facet, values]) =>
      Object.entries(values).map(([value, found]) => ({ value: `${facet}/${value}`, found })),
    ),
    ...Object.values(data.concepts ?? {}).map((found) => ({ value: undefined, found })),
  ];
  return entries
    .filter(({ found }) => (found.includes ?? []).length > 0)
    .map(({ value, found }) => ({
      token: conceptToken(found.fi),
      names: wordsOf(found),
      ...(value ? { value } : {}),
      vocabulary: createVocabulary([{ name: found.fi, aliases: found.includes ?? [] }]),
    }));
}

export function createThesaurus(data: ThesaurusData): Thesaurus {
  const entry = (facet: string, value: string): ThesaurusEntry | undefined => data.facets[facet]?.[value];
  const included = includesOf(data);
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
    concepts: included.map(({ token, names }) => ({ token, names })),
    conceptsIn(text, values) {
      const own = new Set(
        Object.entries(values).flatMap(([facet, list]) => (list ?? []).map((value) => `${facet}/${value}`)),
      );
      return included
        .filter(({ value, vocabulary }) => (value !== undefined && own.has(value)) || vocabulary.find(text).length > 0)
        .map(({ token }) => token);
    },
    synonymGroups() {
      return SYNONYM_FACETS.flatMap((facet) => Object.values(data.facets[facet] ?? {})).flatMap(groupOf);
    },
    conceptGroups() {
      return Object.values(data.concepts ?? {}).flatMap(groupOf);
    },
  };
}

/** An entry's names as one synonym group, when it has more than one. */
const groupOf = (found: ThesaurusEntry): string[][] => {
  const group = [...new Set(wordsOf(found))];
  return group.length > 1 ? [group] : [];
};

export async function readThesaurusData(): Promise<ThesaurusData> {
  return readConfigJson<ThesaurusData>("thesaurus.json");
}
