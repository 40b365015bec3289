// Public bodies named as funders in English or Swedish, in their Finnish canonical form: "the
// municipalities of Kittilä and Posio" -> Kittilän kunta, Posion kunta; "the city of Raahe" ->
// Raahen kaupunki; "Vasa stad" -> Vaasan kaupunki; "hospital districts of Lapland" -> Lapin
// sairaanhoitopiiri. The body words and the Finnish genitive rules are data (config/cues.json
// "foreignBodies", "genitive"). Pure.
// Usage: const bodies = createForeignBodies(cuesJson); bodies.find(sentence, municipalities, regions)

import type { Vocabulary } from "../vocabulary.js";
import { allMatches, phraseGate, phraseSource } from "./text.js";

interface BodyWords {
  before: string[];
  after: string[];
  places: "municipalities" | "regions";
}

export interface ForeignBodiesFile {
  /** Finnish type word -> English/Swedish words written before the names ("city of") and after a name ("stad"). */
  foreignBodies: Record<string, BodyWords | string>;
  /** Finnish genitive: whole-name exceptions, and name endings with their genitive endings. */
  genitive: { exceptions: Record<string, string>; endings: [string, string][] };
  /** Words that make a named body the giver: a source word before it ("by", "av"), a giving word after it ("finansierar"). */
  foreignBodySource: { sourceWords: string[]; giverWords: string[] };
}

export interface ForeignBodies {
  /** The Finnish names of the public bodies a sentence names in English or Swedish. */
  find(sentence: string, places: { municipalities: Vocabulary; regions: Vocabulary }): string[];
  /** The Finnish genitive of a place name ("Raahe" -> "Raahen", "Lahti" -> "Lahden"). */
  genitiveOf(name: string): string;
}

/** A list of capitalised names: "Kittilä and Posio", "Raahe, Ylivieska och Kalajoki". */
const NAMES =
  "(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?(?:(?:\\s*,\\s*|\\s+(?:and|och|&)\\s+)\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)*)";
/** How far before a body its source word may stand ("provided by the municipalities of X, the cities of Y"). */
const SOURCE_REACH = 120;

/** One name before a Swedish body word, in the basic form or the genitive ("Vasa stad", "Korsholms kommun"). */
const NAME = "(\\p{Lu}[\\p{L}-]+)";

/** A phrase whose first letter may be a capital ("City of Helsinki", "the city of Raahe"). */
const anyCaseStart = (phrase: string) => {
  const first = phrase.charAt(0);
  return `[${first.toLowerCase()}${first.toUpperCase()}]${phraseSource(phrase.slice(1))}`;
};

export function createForeignBodies(file: ForeignBodiesFile): ForeignBodies {
  const endings = [...file.genitive.endings].sort((a, b) => b[0].length - a[0].length);
  const genitiveOf = (name: string): string => {
    const exception = file.genitive.exceptions[name];
    if (exception) return exception;
    const ending = endings.find(([from]) => name.endsWith(from));
    return ending ? name.slice(0, name.length - ending[0].length) + ending[1] : `${name}n`;
  };
  const bodies = Object.entries(file.foreignBodies).filter(
    (entry): entry is [string, BodyWords] => typeof entry[1] !== "string",
  );
  const patterns = bodies.map(([type, words]) => ({
    type,
    places: words.places,
    // Case-sensitive, so the names must be capitalised: the body words take either case of their first letter.
    before: new RegExp(`(?<![\\p{L}])(?:${words.before.map(anyCaseStart).join("|")})\\s+${NAMES}`, "gu"),
    after: words.after.length
      ? new RegExp(`${NAME}\\s+(?:${words.after.map(phraseSource).join("|")})`, "gu")
      : undefined,
    // Every match holds one of the body words: most sentences hold none, and then neither pattern is run.
    mayHold: phraseGate([...words.before, ...words.after]) ?? (() => true),
  }));
  const source = new RegExp(`(?<![\\p{L}])(?:${file.foreignBodySource.sourceWords.map(phraseSource).join("|")})`, "iu");
  const giver = new RegExp(`^\\s*(?:${file.foreignBodySource.giverWords.map(phraseSource).join("|")})`, "iu");
  /** Whether the body at [at, end) gives the money: a source word shortly before it, or a giving word after it. */
  const gives = (sentence: string, at: number, end: number) =>
    source.test(sentence.slice(Math.max(0, at - SOURCE_REACH), at)) || giver.test(sentence.slice(end));
  return {
    genitiveOf,
    find(sentence, places) {
      const found: string[] = [];
      for (const pattern of patterns) {
        if (!pattern.mayHold(sentence)) continue;
        const vocabulary = places[pattern.places];
        const named = [
          ...allMatches(sentence, pattern.before),
          ...(pattern.after ? allMatches(sentence, pattern.after) : []),
        ]
          .filter((m) => gives(sentence, m.index, m.index + m[0].length))
          .flatMap((m) => (m[1] ?? "").split(/\s*,\s*|\s+(?:and|och|&)\s+/));
        for (const name of named) {
          const place = vocabulary.exact(name.trim());
          if (place) found.push(`${genitiveOf(place)} ${pattern.type}`);
        }
      }
      return found;
    },
  };
}
