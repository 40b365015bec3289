// Finds the canonical values of a vocabulary (regions, funders, target groups, themes) in
// inflected Finnish, Swedish or English text. The vocabularies are data files in config/;
// an alias matches as a whole word followed by an optional case ending ("Pohjois-Savo" finds
// "Pohjois-Savossa"), and an alias ending in "*" matches any continuation ("nuoriso*").
// Longer aliases are matched first and consume their text, so "Etelä-Pohjanmaa" is not also
// read as "Pohjanmaa".
// Usage: const regions = createVocabulary(await loadVocabularyFile("regions.json"));
//        regions.find("Hanke toimii Pohjois-Savossa") // ["Pohjois-Savo"]

import { readFile } from "node:fs/promises";
import { configFile } from "../core/paths.js";
import { createCues, type Cues, type CuesFile } from "./normalize/cues.js";
import { createLabels, type Labels, type LabelsFile } from "./normalize/labels.js";

export interface VocabularyEntry {
  name: string;
  aliases: string[];
}

export interface Vocabulary {
  /** Canonical names found in the text, in order of first appearance, without repeats. */
  find(text: string): string[];
  /** The canonical name when the whole text is one alias (inflected or not). */
  exact(text: string): string | undefined;
  readonly names: string[];
}

/** Finnish case endings and plural forms, and the Swedish genitive -s. */
const CASE_ENDING =
  "(?:t|n|a|ä|i|s|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|an|en|in|on|un|yn|än|ön|hin|han|hen|seen|ja|jä|ia|iä|ien|jen|ten|iden|itten|ille|illa|illä|ilta|iltä|issa|issä|ista|istä|iin|ihin|iksi|ina|inä|ineen|ine|ssakin|ssäkin|kin)?";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How many letters of a word's start index the aliases. */
const KEY_LENGTH = 3;

/** The first letters of an alias, lower-cased: what a word of the text must start with for the alias to match. */
function wordKey(alias: string): string {
  return alias.slice(0, KEY_LENGTH).toLowerCase();
}

/** The starts of every word in a text (with the shorter starts of short words). */
function wordStarts(text: string): Set<string> {
  const starts = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\d+]+/gu)) starts.add(word.slice(0, KEY_LENGTH).toLowerCase());
  return starts;
}

export function createVocabulary(entries: VocabularyEntry[], options: { caseSensitive?: boolean } = {}): Vocabulary {
  const patterns = entries
    .flatMap((entry) => entry.aliases.map((alias) => ({ name: entry.name, alias })))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ name, alias }) => {
      const prefix = alias.endsWith("*");
      const body = escapeRegExp(prefix ? alias.slice(0, -1) : alias).replace(/\s+/g, "\\s+");
      // An all-capitals alias is an abbreviation: match it case-sensitively, so "RAY" is not "ray".
      const abbreviation = /^[A-ZÅÄÖ+]{2,}$/.test(alias);
      const ending = prefix ? "[\\p{L}\\d-]*" : abbreviation ? "(?::?[\\p{L}]{0,4})?" : CASE_ENDING;
      const flags = abbreviation || options.caseSensitive ? "gu" : "giu";
      const regex = new RegExp(`(?<![\\p{L}\\d])${body}${ending}(?![\\p{L}\\d])`, flags);
      const whole = new RegExp(`^${body}${ending}$`, flags.replace("g", ""));
      return { name, regex, whole, key: wordKey(prefix ? alias.slice(0, -1) : alias) };
    });
  // Patterns by the first letters of their alias, each with its rank (longest alias first).
  const byKey = new Map<string, number[]>();
  for (const [rank, { key }] of patterns.entries()) byKey.set(key, [...(byKey.get(key) ?? []), rank]);

  return {
    names: entries.map((entry) => entry.name),
    exact: (text) => patterns.find(({ whole }) => whole.test(text.trim()))?.name,
    find(text: string): string[] {
      let rest = text;
      const found: { name: string; at: number }[] = [];
      // Only the aliases whose first letters begin some word of the text can match: most cannot.
      const ranks = [...wordStarts(text)].flatMap((start) => byKey.get(start) ?? []).sort((a, b) => a - b);
      for (const rank of ranks) {
        const pattern = patterns[rank];
        if (!pattern) continue;
        const { name, regex } = pattern;
        rest = rest.replace(regex, (match: string, offset: number) => {
          // "kehittäjä- ja koulutusorganisaatiot": an elided first part is not the word itself.
          if (match.endsWith("-") && /^\s+(ja|tai|sekä|och|eller)\s/.test(rest.slice(offset + match.length)))
            return match;
          found.push({ name, at: offset });
          return " ".repeat(match.length);
        });
      }
      const ordered = found.sort((a, b) => a.at - b.at).map((hit) => hit.name);
      return [...new Set(ordered)];
    },
  };
}

export async function loadVocabularyFile(file: string): Promise<VocabularyEntry[]> {
  const data = JSON.parse(await readFile(configFile(file), "utf8")) as { entries: VocabularyEntry[] };
  return data.entries;
}

/**
 * The stems a Finnish place name takes before its case endings, by the regular patterns:
 * Rovaniemi -> Rovanieme(n), Lahti -> Lahde(n), Seinäjoki -> Seinäjoe(n), Lappeenranta ->
 * Lappeenranna(n), Tampere -> Tamperee(n), Kauniainen -> Kauniaise(n). Irregular ones
 * (Helsinki -> Helsingi-) are listed in the data.
 */
export function placeStems(name: string): string[] {
  const stems = new Set([name]);
  const rules: [RegExp, string][] = [
    [/hti$/, "hde"],
    [/hti$/, "hdi"],
    [/joki$/, "joe"],
    [/mäki$/, "mäe"],
    [/nta$/, "nna"],
    [/rta$/, "rra"],
    [/lampi$/, "lamme"],
    [/nen$/, "se"],
    [/nen$/, "si"],
    [/kka$/, "ka"],
    [/ppa$/, "pa"],
    [/tta$/, "ta"],
    [/([^aeiouyäö])i$/, "$1e"],
    [/e$/, "ee"],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(name)) stems.add(name.replace(pattern, replacement));
  return [...stems];
}

export interface Municipalities extends Vocabulary {
  regionOf(municipality: string): string | undefined;
}

export function createMunicipalities(byRegion: Record<string, string[]>): Municipalities {
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
}

async function readConfigJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(configFile(file), "utf8")) as T;
}

export async function loadVocabularies(): Promise<Vocabularies> {
  const [regions, funders, targetGroups, themes, organisations] = await Promise.all([
    loadVocabularyFile("regions.json"),
    loadVocabularyFile("funders.json"),
    loadVocabularyFile("target-groups.json"),
    loadVocabularyFile("themes.json"),
    loadVocabularyFile("organisations.json"),
  ]);
  const [municipalities, labels, cues] = await Promise.all([
    readConfigJson<{ regions: Record<string, string[]> }>("municipalities.json"),
    readConfigJson<LabelsFile>("labels.json"),
    readConfigJson<CuesFile>("cues.json"),
  ]);
  return {
    regions: createVocabulary(regions),
    organisations: createVocabulary(organisations),
    municipalities: createMunicipalities(municipalities.regions),
    funders: createVocabulary(funders),
    targetGroups: createVocabulary(targetGroups),
    themes: createVocabulary(themes),
    labels: createLabels(labels),
    cues: createCues(cues),
  };
}
