// Inflection-insensitive keys for Finnish (and Swedish and English) text, because Meilisearch
// does not stem. Every word becomes a key: its Snowball stem (snowball-stemmers), folded
// (ä→a, ö→o, å→a, consonant gradation d→t) and cut to KEY_LENGTH letters, the truncation that
// is a known strong baseline for Finnish retrieval. Snowball alone keeps nuoret/nuorten and
// syrjäytyminen/syrjäytymisvaarassa apart; the cut brings them together. Known word parts
// inside compounds (config/compound-parts.json) add keys of their own, so "palvelut" finds
// "hyvinvointipalvelut". Documents store the keys of their text in a hidden field, queries are
// analysed the same way, and search combines both (see server/search-service.ts).
// Usage: const analyzer = await loadTextAnalyzer(); analyzer.keys("Nuorten syrjäytyminen") // "nuor syrja"

import snowball from "snowball-stemmers";
import { readConfigJson } from "../core/paths.js";
import { createThesaurus, readThesaurusData, type Thesaurus, type ThesaurusData } from "./thesaurus.js";

const KEY_LENGTH = 5;

export interface TextAnalyzer {
  /** The keys of a text, space-separated, in order, each word once. */
  keys(text: string, language?: "fi" | "sv" | "en"): string;
  /** The keys of one word (none for a stop word); cheap, for highlighting. */
  wordKeys(word: string): readonly string[];
  /** Synonym groups (config/synonyms.json) restated as keys, for the keys field. */
  keySynonyms(groups: string[][]): Record<string, string[]>;
  /** Facet values in three languages (config/thesaurus.json). */
  thesaurus: Thesaurus;
}

const stemmers = {
  fi: snowball.newStemmer("finnish"),
  sv: snowball.newStemmer("swedish"),
  en: snowball.newStemmer("english"),
};

export function fold(word: string): string {
  return word.toLowerCase().replace(/[äå]/g, "a").replace(/ö/g, "o").replace(/é/g, "e");
}

/** Stem and fold one word, uncut: what highlighting compares (see server/highlight.ts). */
export function wordStem(word: string, language: "fi" | "sv" | "en" = "fi"): string {
  let stem = stemmers[language].stem(word.toLowerCase());
  // Snowball leaves a plural t or a stem e: nuorten -> nuort, nuoret -> nuore; both are nuor-.
  if (language === "fi") stem = stem.replace(/([^aeiouyäö])t$/, "$1").replace(/([^aeiouyäö])e$/, "$1");
  // Consonant gradation (päihde/päihteet, käyttö/käytön) differs in d/t and in double letters.
  return fold(stem)
    .replace(/d/g, "t")
    .replace(/(\p{L})\1/gu, "$1");
}

/** Stem, fold and cut one word into its key. */
function wordKey(word: string, language: "fi" | "sv" | "en" = "fi"): string {
  return wordStem(word, language).slice(0, KEY_LENGTH);
}

const WORD = /[\p{L}\d]+/gu;

function createTextAnalyzer(options: {
  compoundParts: string[];
  stopWords: string[];
  thesaurus?: ThesaurusData;
}): TextAnalyzer {
  const stopWords = new Set(options.stopWords.map((word) => word.toLowerCase()));
  const allParts = options.compoundParts.map((part) => part.toLowerCase());
  const parts = allParts.filter((part) => part.length >= 4);
  // Short parts ("työ", "uni") are too common inside words to look for, but may begin a compound.
  const shortParts = new Set(allParts.filter((part) => part.length < 4));

  // Words repeat across documents: remember each word's keys (bounded, so memory stays flat).
  const memo = new Map<string, string[]>();
  const keysOfWord = (word: string, language: "fi" | "sv" | "en"): string[] => {
    const memoKey = `${language}:${word}`;
    let keys = memo.get(memoKey);
    if (!keys) {
      keys = computeKeysOfWord(word, language);
      if (memo.size >= 200_000) memo.clear();
      memo.set(memoKey, keys);
    }
    return keys;
  };

  const computeKeysOfWord = (word: string, language: "fi" | "sv" | "en"): string[] => {
    const lower = word.toLowerCase();
    if (stopWords.has(lower)) return [];
    const keys = [wordKey(lower, language)];
    if (lower.length >= 8) {
      for (const part of parts) {
        const at = lower.indexOf(part);
        // A part at the start, or one that begins a later member of the compound: after at
        // least four letters, or after a short part (työ|hyvinvointi); never "liikunta" -> "kunta".
        const follows = at >= 4 || (at > 0 && shortParts.has(lower.slice(0, at)));
        if (at === 0 ? part.length < lower.length - 2 : follows) keys.push(wordKey(part, language));
      }
    }
    return keys;
  };

  const analyze = (text: string, language: "fi" | "sv" | "en" = "fi"): string[] => {
    const seen = new Set<string>();
    for (const word of text.match(WORD) ?? []) {
      for (const key of keysOfWord(word, language)) seen.add(key);
    }
    return [...seen];
  };

  return {
    keys: (text, language) => analyze(text, language).join(" "),
    thesaurus: createThesaurus(options.thesaurus ?? { facets: {} }),
    wordKeys: (word) => keysOfWord(word, "fi"),
    keySynonyms(groups) {
      const synonyms: Record<string, string[]> = {};
      for (const group of groups) {
        const keyed = [...new Set(group.map((entry) => analyze(entry).join(" ")).filter(Boolean))];
        for (const entry of keyed) {
          const others = keyed.filter((other) => other !== entry);
          if (others.length > 0) synonyms[entry] = [...new Set([...(synonyms[entry] ?? []), ...others])];
        }
      }
      return synonyms;
    },
  };
}

export interface SearchVocabulary {
  stopWords: { fi: string[]; sv: string[]; en: string[] };
  synonymGroups: string[][];
  compoundParts: string[];
  thesaurus: ThesaurusData;
}

export async function loadSearchVocabulary(): Promise<SearchVocabulary> {
  const [stopWords, synonyms, compounds, thesaurus] = await Promise.all([
    readConfigJson<SearchVocabulary["stopWords"]>("stop-words.json"),
    readConfigJson<{ groups: string[][] }>("synonyms.json"),
    readConfigJson<{ parts: string[] }>("compound-parts.json"),
    readThesaurusData(),
  ]);
  const thesaurusGroups = createThesaurus(thesaurus).synonymGroups();
  return {
    stopWords,
    synonymGroups: [...synonyms.groups, ...thesaurusGroups],
    compoundParts: compounds.parts,
    thesaurus,
  };
}

export async function loadTextAnalyzer(vocabulary?: SearchVocabulary): Promise<TextAnalyzer> {
  const { stopWords, compoundParts, thesaurus } = vocabulary ?? (await loadSearchVocabulary());
  return createTextAnalyzer({
    compoundParts,
    stopWords: [...stopWords.fi, ...stopWords.sv, ...stopWords.en],
    thesaurus,
  });
}
