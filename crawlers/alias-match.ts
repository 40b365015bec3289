// One vocabulary alias matched at a given place of a text, without a regular expression per
// alias: the alias as a whole word, its words separated by any whitespace, then what may follow
// it (a Finnish case ending or the Swedish genitive -s; any continuation for an alias ending in
// "*"; ":n"-style endings for an all-capitals abbreviation), then the end of the word. An
// all-capitals alias, or every alias of a case-sensitive vocabulary, keeps its capitals.
// Matching one alias where a word starts costs a few string comparisons, so a vocabulary can
// try only the aliases whose first word begins there (vocabulary.ts).
// Usage: const alias = compileAlias("Pohjois-Savo", false);
//        matchAliasAt(alias, "Hanke Pohjois-Savossa", 6) // 21, where the match ends

/** Finnish case endings and plural forms, and the Swedish genitive -s. */
const CASE_ENDINGS = new Set(
  "t n a ä i s ssa ssä sta stä lla llä lta ltä lle ksi na nä an en in on un yn än ön hin han hen seen ja jä ia iä ien jen ten iden itten ille illa illä ilta iltä issa issä ista istä iin ihin iksi ina inä ineen ine ssakin ssäkin kin".split(
    " ",
  ),
);

/** The longest ending an abbreviation takes after it ("ESR:n", "STEA:n", "THL:ssä"). */
const ABBREVIATION_ENDING = 4;

export interface Alias {
  /** The first word of the alias, lower-cased: a word of the text must begin with it to match. */
  key: string;
  /** The words of the alias, lower-cased unless case counts. */
  words: string[];
  caseSensitive: boolean;
  ending: "case" | "any" | "abbreviation";
}

export function compileAlias(alias: string, caseSensitive: boolean): Alias {
  const open = alias.endsWith("*");
  const stem = open ? alias.slice(0, -1) : alias;
  // An all-capitals alias is an abbreviation: match it case-sensitively, so "RAY" is not "ray".
  const abbreviation = /^[A-ZÅÄÖ+]{2,}$/.test(alias);
  const exactCase = abbreviation || caseSensitive;
  return {
    key: (/^[\p{L}\d]*/u.exec(stem)?.[0] ?? "").toLowerCase(),
    words: stem.split(/\s+/).map((word) => (exactCase ? word : word.toLowerCase())),
    caseSensitive: exactCase,
    ending: open ? "any" : abbreviation ? "abbreviation" : "case",
  };
}

/** How many characters from `at` on match a one-character pattern (sticky, so it stays compiled once). */
function runLength(run: RegExp, text: string, at: number): number {
  run.lastIndex = at;
  return run.exec(text)?.[0].length ?? 0;
}
const LETTERS_OR_DIGITS = /[\p{L}\d]*/uy;
const LETTERS = /\p{L}*/uy;
const WORD_OR_HYPHEN = /[\p{L}\d-]*/uy;
const SPACES = /\s*/y;

/** Where the word that the alias ends in ends, with its ending; undefined when the word goes on otherwise. */
function endingEnd(alias: Alias, text: string, at: number): number | undefined {
  if (alias.ending === "any") return at + runLength(WORD_OR_HYPHEN, text, at);
  if (alias.ending === "abbreviation") {
    const colon = text[at] === ":" ? 1 : 0;
    const letters = runLength(LETTERS, text, at + colon);
    const end = at + colon + letters;
    if (letters <= ABBREVIATION_ENDING && runLength(LETTERS_OR_DIGITS, text, end) === 0) return end;
    // "ESR:" followed by more than an ending still names ESR; "ESRxyzzy" does not.
    return colon ? at : undefined;
  }
  const rest = text.slice(at, at + runLength(LETTERS_OR_DIGITS, text, at));
  if (rest === "" || CASE_ENDINGS.has(alias.caseSensitive ? rest : rest.toLowerCase())) return at + rest.length;
  return undefined;
}

/**
 * Where the alias, starting at `at` (the start of a word of the text), ends with its ending,
 * or undefined when it does not match there.
 */
export function matchAliasAt(alias: Alias, text: string, at: number): number | undefined {
  let position = at;
  for (const [index, word] of alias.words.entries()) {
    if (index > 0) {
      const spaces = runLength(SPACES, text, position);
      if (spaces === 0) return undefined;
      position += spaces;
    }
    const piece = text.slice(position, position + word.length);
    if ((alias.caseSensitive ? piece : piece.toLowerCase()) !== word) return undefined;
    position += word.length;
  }
  return endingEnd(alias, text, position);
}
