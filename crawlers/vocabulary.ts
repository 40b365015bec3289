// Finds the canonical values of a vocabulary (regions, funders, target groups, themes) in
// inflected Finnish, Swedish or English text. The vocabularies are data files in config/;
// an alias matches as a whole word followed by an optional case ending ("Pohjois-Savo" finds
// "Pohjois-Savossa"), and an alias ending in "*" matches any continuation ("nuoriso*").
// Longer aliases are matched first and consume their text, so "Etelä-Pohjanmaa" is not also
// read as "Pohjanmaa".
// Usage: const regions = createVocabulary(await loadVocabularyFile("regions.json"));
//        regions.find("Hanke toimii Pohjois-Savossa") // ["Pohjois-Savo"]

import { readConfigJson } from "../core/paths.js";
import { compileAlias, matchAliasAt, type Alias } from "./alias-match.js";
import { createCues, type Cues, type CuesFile } from "./normalize/cues.js";
import { createLabels, type Labels, type LabelsFile } from "./normalize/labels.js";
import { createLanguageWords, type LanguageWords, type LanguageWordsFile } from "./normalize/page.js";
import { createDemonyms, type Demonyms } from "./normalize/demonyms.js";
import { createPersonNames, type FirstNamesFile, type PersonNames } from "./normalize/person-names.js";
import { createPageKindRules, type PageKindRules, type PageKindsFile } from "./normalize/page-kind.js";
import { createPlaceRules, type PlaceRules, type PlacesFile } from "./normalize/place-rules.js";
import { createTitleRules, type TitleRules, type TitlesFile } from "./normalize/title.js";

interface VocabularyEntry {
  name: string;
  aliases: string[];
  /** Aliases that keep their capitals ("Leader", not the English word "leader"). */
  caseSensitive?: boolean;
}

export interface Vocabulary {
  /** Canonical names found in the text, in order of first appearance, without repeats. */
  find(text: string): string[];
  /** The canonical name when the whole text is one alias (inflected or not). */
  exact(text: string): string | undefined;
  readonly names: string[];
}

/** A letter or digit: words are runs of them, as an alias's whole-word boundaries see it. */
const WORD_CHARACTER = /^[\p{L}\d]$/u;

/** Whether each UTF-16 code unit below the surrogates is a word character: 1 yes, 2 no, 0 not yet asked. */
const wordUnits = new Uint8Array(0xd800);

/** How many code units the word character at `at` takes (1, or 2 for a letter beyond the BMP), or 0 for none. */
function wordCharacterAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800) {
    let known = wordUnits[unit] ?? 0;
    if (known === 0) {
      known = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
      wordUnits[unit] = known;
    }
    return known === 1 ? 1 : 0;
  }
  const point = text.codePointAt(at) ?? unit;
  const width = point > 0xffff ? 2 : 1;
  return WORD_CHARACTER.test(String.fromCodePoint(point)) ? width : 0;
}

/** Words whose aliases a vocabulary remembers. */
const MAX_REMEMBERED_WORDS = 50_000;

/** A hit's place in the text is below this (2^32), its alias's rank above it. */
const PLACES = 2 ** 32;

/** A word's first two UTF-16 code units as one number, above any single unit. */
const pairOf = (word: string) => 0x10000 * (word.charCodeAt(0) + 1) + word.charCodeAt(1);

const NO_RANKS: readonly number[] = [];

/** How many first letters of a word look up the aliases that may start there. */
const START = 3;

/** A text's words, lower-cased, and where each starts. */
interface Words {
  words: string[];
  starts: number[];
}

/**
 * The words of the text last split: the regions and the municipalities search the same place
 * text in turn, so it is split once. One entry, so nothing grows.
 */
const lastSplit: { text?: string; words: Words } = { words: { words: [], starts: [] } };

/** The runs of letters and digits of a text (as /[\p{L}\d]+/gu finds them), read code unit by code unit. */
function wordsOf(text: string): Words {
  if (lastSplit.text === text) return lastSplit.words;
  const words: Words = { words: [], starts: [] };
  let at = 0;
  while (at < text.length) {
    let width = wordCharacterAt(text, at);
    if (width === 0) {
      at += text.codePointAt(at) === text.charCodeAt(at) ? 1 : 2;
      continue;
    }
    const start = at;
    while (width > 0) {
      at += width;
      width = at < text.length ? wordCharacterAt(text, at) : 0;
    }
    words.words.push(text.slice(start, at).toLowerCase());
    words.starts.push(start);
  }
  lastSplit.text = text;
  lastSplit.words = words;
  return words;
}

interface Pattern extends Alias {
  name: string;
}

/** "kehittäjä- ja koulutusorganisaatiot": an elided first part of a compound is not the word itself. */
const elided = (match: string, after: string) => match.endsWith("-") && /^\s+(ja|tai|sekä|och|eller)\s/.test(after);

export function createVocabulary(entries: VocabularyEntry[], options: { caseSensitive?: boolean } = {}): Vocabulary {
  // Longest alias first: a longer alias consumes its text before a shorter one is tried.
  const patterns = entries
    .flatMap((entry) =>
      entry.aliases.map((alias) => ({ name: entry.name, alias, caseSensitive: entry.caseSensitive ?? false })),
    )
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ name, alias, caseSensitive }) => ({
      name,
      ...compileAlias(alias, caseSensitive || (options.caseSensitive ?? false)),
    }));
  // The first words of the aliases by their first letters, each with the ranks of its aliases.
  const byStart = new Map<string, Map<string, number[]>>();
  for (const [rank, { key }] of patterns.entries()) {
    const start = key.slice(0, START);
    const keys = byStart.get(start) ?? new Map<string, number[]>();
    keys.set(key, [...(keys.get(key) ?? []), rank]);
    byStart.set(start, keys);
  }
  // Aliases whose first word is shorter than START ("Ii", "EU:n") are looked up by shorter starts.
  const startLengths = [...new Set([...byStart.keys()].map((start) => start.length))]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);

  /** The ranks of the aliases whose first word a (lower-cased) word begins with. */
  function ranksStartingIn(word: string): number[] {
    const ranks: number[] = [];
    for (const length of startLengths) {
      if (length > word.length) break;
      for (const [key, keyRanks] of byStart.get(word.slice(0, length)) ?? []) {
        if (word.startsWith(key)) ranks.push(...keyRanks);
      }
    }
    return ranks;
  }
  // The first two code units of the aliases' first words (one unit for a one-letter word): most
  // words of a text begin otherwise, and are turned away by a number look-up before any string is hashed.
  const firstUnits = new Set<number>();
  for (const { key } of patterns)
    if (key.length > 0) firstUnits.add(key.length === 1 ? key.charCodeAt(0) : pairOf(key));
  const mayStart = (word: string) =>
    firstUnits.has(word.charCodeAt(0)) || (word.length > 1 && firstUnits.has(pairOf(word)));
  // Texts share most of their words: each word is looked up once per vocabulary (bounded, for a long crawl).
  const ranksOfWord = new Map<string, number[]>();
  const ranksOf = (word: string): readonly number[] => {
    if (!mayStart(word)) return NO_RANKS;
    let ranks = ranksOfWord.get(word);
    if (!ranks) {
      ranks = ranksStartingIn(word);
      if (ranksOfWord.size < MAX_REMEMBERED_WORDS) ranksOfWord.set(word, ranks);
    }
    return ranks;
  };

  /**
   * The patterns that can match in a text, longest alias first, each with the word starts where
   * it can: those whose word begins with the alias's first word. Most aliases have none.
   */
  function candidates(text: string): { pattern: Pattern; rank: number; positions: number[] }[] {
    // Each hit as one number, rank first, so that a numeric sort orders them by rank, then by place.
    const hits: number[] = [];
    const { words, starts } = wordsOf(text);
    for (const [index, word] of words.entries()) {
      const ranks = ranksOf(word);
      if (ranks.length === 0) continue;
      const start = starts[index] ?? 0;
      for (const rank of ranks) hits.push(rank * PLACES + start);
    }
    if (hits.length > 1) hits.sort((a, b) => a - b);
    const found: { pattern: Pattern; rank: number; positions: number[] }[] = [];
    for (const hit of hits) {
      const rank = Math.floor(hit / PLACES);
      const last = found.at(-1);
      if (last && last.rank === rank) last.positions.push(hit % PLACES);
      else {
        const pattern = patterns[rank];
        if (pattern) found.push({ pattern, rank, positions: [hit % PLACES] });
      }
    }
    return found;
  }

  return {
    names: entries.map((entry) => entry.name),
    exact(text) {
      const trimmed = text.trim();
      const first = /^[\p{L}\d]+/u.exec(trimmed)?.[0] ?? "";
      return candidates(first).find(({ pattern }) => matchAliasAt(pattern, trimmed, 0) === trimmed.length)?.pattern
        .name;
    },
    find(text: string): string[] {
      let rest = text;
      const found: { name: string; at: number }[] = [];
      for (const { pattern, positions } of candidates(text)) {
        const taken: { at: number; length: number }[] = [];
        let end = 0;
        for (const at of positions) {
          if (at < end) continue;
          const matchEnd = matchAliasAt(pattern, rest, at);
          if (matchEnd === undefined) continue;
          const match = rest.slice(at, matchEnd);
          end = matchEnd;
          if (elided(match, rest.slice(end))) continue;
          found.push({ name: pattern.name, at });
          taken.push({ at, length: match.length });
        }
        // A match consumes its text, so no shorter alias is found inside it.
        for (const { at, length } of taken) rest = rest.slice(0, at) + " ".repeat(length) + rest.slice(at + length);
      }
      const ordered = found.sort((a, b) => a.at - b.at).map((hit) => hit.name);
      return [...new Set(ordered)];
    },
  };
}

export async function loadVocabularyFile(file: string): Promise<VocabularyEntry[]> {
  const data = await readConfigJson<{ entries: VocabularyEntry[] }>(file);
  return data.entries;
}

/**
 * The stems a Finnish place name takes before its case endings, by the regular patterns:
 * Rovaniemi -> Rovanieme(n), Lahti -> Lahde(n), Seinäjoki -> Seinäjoe(n), Lappeenranta ->
 * Lappeenranna(n), Tampere -> Tamperee(n), Kauniainen -> Kauniaise(n), Kauniais(ten), Puolanka ->
 * Puolanga(lla), Nurmes -> Nurmekse(n). Irregular ones
 * (Helsinki -> Helsingi-) are listed in the data.
 */
function placeStems(name: string): string[] {
  const stems = new Set([name]);
  const rules: [RegExp, string][] = [
    [/hti$/, "hde"],
    [/hti$/, "hdi"],
    [/joki$/, "joe"],
    [/vesi$/, "vede"],
    [/mäki$/, "mäe"],
    [/nta$/, "nna"],
    [/rta$/, "rra"],
    [/lampi$/, "lamme"],
    [/nen$/, "se"],
    [/nen$/, "si"],
    // The plural-stem genitive: "Paraisten", "Kauniaisten".
    [/nen$/, "s"],
    [/nka$/, "nga"],
    [/([eu])s$/, "$1kse"],
    [/kka$/, "ka"],
    [/ppa$/, "pa"],
    [/tta$/, "ta"],
    [/([^aeiouyäö])i$/, "$1e"],
    [/e$/, "ee"],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(name)) stems.add(name.replace(pattern, replacement));
  return [...stems];
}

/** The basic Finnish names of the municipalities ("Espoo|Esbo" -> "Espoo"). */
const municipalityNames = (byRegion: Record<string, string[]>): string[] =>
  Object.values(byRegion).flatMap((lines) => lines.map((line) => line.split("|")[0] ?? ""));

interface Municipalities extends Vocabulary {
  regionOf(municipality: string): string | undefined;
}

function createMunicipalities(byRegion: Record<string, string[]>): Municipalities {
  const regionOf = new Map<string, string>();
  const entries: VocabularyEntry[] = [];
  for (const [region, names] of Object.entries(byRegion)) {
    for (const line of names) {
      const [name = "", ...aliases] = line.split("|");
      regionOf.set(name, region);
      entries.push({ name, aliases: [name, ...aliases].flatMap(placeStems) });
    }
  }
  const vocabulary = createVocabulary(entries, { caseSensitive: true });
  return { ...vocabulary, regionOf: (municipality) => regionOf.get(municipality) };
}

export interface Vocabularies {
  regions: Vocabulary;
  municipalities: Municipalities;
  /** Organisations written by abbreviation or old name, to their names. */
  organisations: Vocabulary;
  funders: Vocabulary;
  targetGroups: Vocabulary;
  themes: Vocabulary;
  /** Fact labels by head word (config/labels.json). */
  labels: Labels;
  /** Cue words for sentences, periods and amounts (config/cues.json). */
  cues: Cues;
  /** Where a project works and which place names say something else (config/places.json). */
  places: PlaceRules;
  /** What stands where a title stands but is none (config/titles.json). */
  titles: TitleRules;
  /** Common words of Finnish, Swedish and English (config/language-words.json). */
  languageWords: LanguageWords;
  /** What tells news and listings from project pages (config/page-kinds.json). */
  pageKinds: PageKindRules;
  /** People by first name and surname (config/first-names.json): a surname is not a place. */
  personNames: PersonNames;
  /** Towns named by their people ("oululaisille"), endings from config/places.json. */
  demonyms: Demonyms;
}

export async function loadVocabularies(): Promise<Vocabularies> {
  const [regions, funders, targetGroups, themes, organisations] = await Promise.all([
    loadVocabularyFile("regions.json"),
    loadVocabularyFile("funders.json"),
    loadVocabularyFile("target-groups.json"),
    loadVocabularyFile("themes.json"),
    loadVocabularyFile("organisations.json"),
  ]);
  const [municipalities, labelsFile, cues, titles, languageWords, pageKinds, places, firstNames] = await Promise.all([
    readConfigJson<{ regions: Record<string, string[]> }>("municipalities.json"),
    readConfigJson<LabelsFile>("labels.json"),
    readConfigJson<CuesFile>("cues.json"),
    readConfigJson<TitlesFile>("titles.json"),
    readConfigJson<LanguageWordsFile>("language-words.json"),
    readConfigJson<PageKindsFile>("page-kinds.json"),
    readConfigJson<PlacesFile>("places.json"),
    readConfigJson<FirstNamesFile>("first-names.json"),
  ]);
  const labels = createLabels(labelsFile);
  // A single word that is a fact's label ("Tavoite", "Kesto", "Rahoitus") heads a section, not the page.
  const isLabel = (line: string) => !/\s/.test(line.trim()) && labels.kindOf(line.trim()) !== undefined;
  const isFactLabel = (label: string) => labels.kindOf(label) !== undefined;
  const pageKindRules = createPageKindRules(pageKinds);
  const isDateLine = (line: string) => pageKindRules.dateOfLine(line) !== undefined;
  const personNames = createPersonNames(firstNames);
  // A line that blanks out to punctuation at most is a person's name and nothing else ("Tuuli Pitkänen.").
  const isPersonName = (line: string) => /\p{L}/u.test(line) && !/\p{L}/u.test(personNames.blank([line])[0] ?? "");
  return {
    regions: createVocabulary(regions),
    organisations: createVocabulary(organisations),
    municipalities: createMunicipalities(municipalities.regions),
    funders: createVocabulary(funders),
    targetGroups: createVocabulary(targetGroups),
    themes: createVocabulary(themes),
    labels,
    cues: createCues(cues),
    places: createPlaceRules(places),
    titles: createTitleRules(titles, { isLabel, isFactLabel, isDateLine, isPersonName }),
    languageWords: createLanguageWords(languageWords),
    pageKinds: pageKindRules,
    personNames,
    demonyms: createDemonyms(municipalityNames(municipalities.regions), places.demonyms),
  };
}
