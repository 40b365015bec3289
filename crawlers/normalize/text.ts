// Small text helpers shared by the field normalizers: lists without repeats, list splitting,
// sentences, and phrase lists from config/ compiled into one regular expression.
// Usage: const cue = phrasePattern(["rahoitta*", "med stöd av"]); cue.test(sentence)

export function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export function splitList(value: string): string[] {
  // Not "sosiaali- ja terveyspalvelujen": a hyphen before "ja" joins words into one name.
  return value
    .split(/\s*(?:;|,|\n|(?<!-)\s+ja\s+|(?<!-)\s+sekä\s+|(?<!-)\s+och\s+|\s+and\s+)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
}

/** Sentences and lines of a main text. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n/).map(latin1Copy);
}

/** A character past Latin-1 ("–", "’", "š"): a string that holds one is stored two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/**
 * The same string, stored one byte a character where it can be. A piece of a text that holds
 * one wide character ("2019–2022") is stored two bytes a character even when it holds none
 * itself, and V8 runs a "u" pattern with \p{L} classes five to fifteen times slower on such a
 * string: a copy of each piece makes most of the page's sentences fast to match.
 */
export function latin1Copy(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}

/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, but
 * run on the pattern itself. matchAll runs a copy, and V8 compiles the copy of a long pattern
 * again about once a page (50-300 µs for a long one), more than the matching costs. Eager, so
 * that nothing else uses the pattern between two matches.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("allMatches needs a global pattern");
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An empty match moves on one character (one code point under "u"), as matchAll does.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    matches.push(match);
  }
  return matches;
}

const nextIndex = (text: string, index: number, unicode: boolean): number =>
  unicode && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1;

/** A letter written three times or more is a typo ("rahoitttaa"): no Finnish, Swedish or English word has one. */
export const withoutTripledLetters = (text: string): string => text.replace(/(\p{L})\1{2,}/gu, "$1$1");

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One phrase of a cue list as a pattern: whole words, a trailing "*" for any continuation, a
 * leading "*" for the end of a compound ("*tavoitteena" finds "päätavoitteena").
 */
export function phraseSource(phrase: string): string {
  const open = phrase.endsWith("*");
  const compound = phrase.startsWith("*");
  const core = phrase.slice(compound ? 1 : 0, open ? -1 : undefined);
  const body = (compound ? "[\\p{L}-]*" : "") + escapeRegExp(core).replace(/\s+/g, "\\s+");
  const end = open ? "[\\p{L}\\d-]*" : phrase.endsWith(" ") ? "" : "(?![\\p{L}\\d])";
  return `${body}${end}`;
}

/**
 * For each phrase, a lower-cased word that every match of it holds (the longest word of its
 * core, the most telling): a text that holds none of them cannot match, and `includes` is much
 * cheaper than the pattern.
 */
export function phraseHints(phrases: string[]): string[] {
  const hints = phrases.map((phrase) =>
    phrase
      .replace(/^\*|\*$/g, "")
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .reduce((longest, word) => (word.length > longest.length ? word : longest), ""),
  );
  // Phrases often share their longest word ("regional development agency", "development centre"): once is enough.
  return [...new Set(hints)];
}

/** Whether a lower-cased text holds one of the hints (phraseHints): if not, the phrases' pattern cannot match. */
export const holdsHint = (lowerText: string, hints: string[]): boolean =>
  hints.some((hint) => lowerText.includes(hint));

/**
 * A list of phrases as one case-insensitive pattern matching any of them at a word start. The
 * ends of compounds ("*tavoitteena", "*koordinaattori") share one scan of the word before them,
 * "[\\p{L}-]*(?:tavoitteena|koordinaattori|…)", instead of one scan per phrase: a word is read
 * once, not forty times. Where a pattern matches and where the match starts are the same either
 * way; where two phrases match at one place, which one the match shows is not specified.
 */
export function phrasePattern(phrases: string[], flags = "iu"): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const whole = sorted.filter((phrase) => !phrase.startsWith("*")).map(phraseSource);
  const compoundEnds = sorted.filter((phrase) => phrase.startsWith("*")).map((phrase) => phraseSource(phrase.slice(1)));
  const alternatives = compoundEnds.length > 0 ? [...whole, `[\\p{L}-]*(?:${compoundEnds.join("|")})`] : whole;
  const source = `(?<![\\p{L}\\d])(?:${alternatives.join("|")})`;
  const gate = phraseGate(phrases);
  // A global pattern keeps its place between calls: test() must not skip that.
  return flags.includes("g") || !gate ? new RegExp(source, flags) : new PhrasePattern(source, flags, gate);
}

/**
 * Whether a text may hold one of the phrases: false when it holds none of their hint words
 * (phraseHints), compared as the "iu" patterns compare letters. One scan for a few literal
 * words, where a phrase pattern tries every phrase at every letter. Undefined when the hints
 * are not plain Latin-1 words, which the gate cannot judge.
 */
export function phraseGate(phrases: string[]): ((text: string) => boolean) | undefined {
  return literalGate([...new Set(phraseHints(phrases))]);
}

/**
 * Whether a text holds one of some literal words, answered as a case-insensitive "iu" pattern of
 * them would answer, but with a plain /i scan (cheaper, above all on text stored two bytes a
 * character). Undefined when a word is not plain Latin-1 without spaces, which it cannot judge.
 */
export function literalGate(words: string[]): ((text: string) => boolean) | undefined {
  if (!words.every((word) => LATIN1.test(word))) return undefined;
  const gate = new RegExp(words.map(escapeRegExp).join("|"), "i");
  return (text) => gate.test(text) || FOLDS_APART.test(text);
}

/** Hints the gate can judge: Latin-1 text, where /i and /iu fold letters alike but for the characters of FOLDS_APART. */
const LATIN1 = /^[^\s\u0100-\u{10ffff}]+$/u;

/** ſ, the Kelvin and Ångström signs and ẞ: the "iu" patterns fold them to s, k, å and ß, a plain /i does not. */
const FOLDS_APART = /[\u017f\u212a\u212b\u1e9e]/;

/**
 * A phrase pattern whose test() first asks the phrases' gate: most sentences hold none of their
 * hint words, and then cannot match; the answer is the pattern's either way. Everything but
 * test() is the plain pattern's.
 */
class PhrasePattern extends RegExp {
  private readonly gate: (text: string) => boolean;

  /** What matchAll and split copy the pattern into: a plain RegExp (they pass no hints). */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(source: string, flags: string, gate: (text: string) => boolean) {
    super(source, flags);
    this.gate = gate;
  }

  override test(text: string): boolean {
    return this.gate(text) && super.test(text);
  }
}
