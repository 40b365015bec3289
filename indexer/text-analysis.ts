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
  /**
   * The keys of a query with each thesaurus concept it names (in any language and inflected
   * form) replaced by the concept's token; undefined when it names none.
   */
  conceptKeys(text: string): string | undefined;
  /**
   * Each concept token's names as keys: one-way synonyms, so a concept query also finds a
   * record that names the concept itself in any language without carrying its token.
   */
  conceptSynonyms(): Record<string, string[]>;
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

  /** The words of a query or a name that have keys (no stop words), with their keys and stems. */
  const queryWordsOf = (text: string): { keys: string; words: QueryWord[] } => {
    const words = (text.match(WORD) ?? [])
      .map((word) => ({ keys: keysOfWord(word, "fi"), stem: wordStem(word) }))
      .filter((word) => word.keys.length > 0);
    return { keys: [...new Set(words.flatMap((word) => word.keys))].join(" "), words };
  };
  const thesaurus = createThesaurus(options.thesaurus ?? { facets: {} });
  // Each name of each concept as keys and word stems, longest first, so "matalan kynnyksen
  // palvelut" wins over "matala kynnys".
  const conceptNames = thesaurus.concepts
    .flatMap(({ token, names }) => names.map((name) => ({ token, ...queryWordsOf(name) })))
    .filter(({ keys }) => keys.length > 0)
    .sort((a, b) => b.keys.length - a.keys.length);

  return {
    keys: (text, language) => analyze(text, language).join(" "),
    thesaurus,
    conceptKeys(text) {
      // Each query word as its keys; a concept is named by whole words only ("nuorisotyö" is
      // youth work, not "nuoriso" + "työ").
      let words: QueryWord[] = queryWordsOf(text).words;
      for (const { token, words: name } of conceptNames) {
        const run = wordsNaming(words, name);
        if (run) words = [...words.slice(0, run.from), { keys: [], stem: "", token }, ...words.slice(run.to)];
      }
      if (!words.some((word) => word.token)) return undefined;
      return [...new Set(words.flatMap((word) => (word.token ? [word.token] : word.keys)))].join(" ");
    },
    conceptSynonyms() {
      const synonyms: Record<string, string[]> = {};
      for (const { token, keys } of conceptNames) synonyms[token] = [...(synonyms[token] ?? []), keys];
      return synonyms;
    },
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

interface QueryWord {
  keys: string[];
  stem: string;
  /** Set when the word stands for a concept that the query named. */
  token?: string;
}

/**
 * Whether a query word is a form of a name's word: the same keys, and uncut stems that differ
 * only in their last two letters (syrjäytymistä/syrjäytyminen; not nuorisotyö/nuoriso, whose
 * cut keys are the same).
 */
function formOf(word: QueryWord, nameWord: QueryWord): boolean {
  if (word.keys.join(" ") !== nameWord.keys.join(" ")) return false;
  let shared = 0;
  while (shared < word.stem.length && word.stem[shared] === nameWord.stem[shared]) shared++;
  return shared >= Math.max(word.stem.length, nameWord.stem.length) - 2;
}

/** The consecutive query words (from, to exclusive) that are forms of a name's words, if any. */
function wordsNaming(
  words: readonly QueryWord[],
  name: readonly QueryWord[],
): { from: number; to: number } | undefined {
  const formAt = (at: number, nameWord: QueryWord) => {
    const word = words[at];
    return word !== undefined && !word.token && formOf(word, nameWord);
  };
  for (let from = 0; from + name.length <= words.length; from++) {
    if (name.every((nameWord, i) => formAt(from + i, nameWord))) return { from, to: from + name.length };
  }
  return undefined;
}

export interface SearchVocabulary {
  stopWords: { fi: string[]; sv: string[]; en: string[] };
  synonymGroups: string[][];
  /** Synonyms of the words as typed only (thesaurus.ts, conceptGroups). */
  wordSynonymGroups: string[][];
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
  const parsedThesaurus = createThesaurus(thesaurus);
  return {
    stopWords,
    synonymGroups: [...synonyms.groups, ...parsedThesaurus.synonymGroups()],
    wordSynonymGroups: parsedThesaurus.conceptGroups(),
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
