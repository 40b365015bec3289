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
  return text.split(/(?<=[.!?])\s+|\n/);
}

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
 * For each phrase, a lower-cased word that every match of it holds (the first word of its core):
 * a text that holds none of them cannot match, and `includes` is much cheaper than the pattern.
 */
export function phraseHints(phrases: string[]): string[] {
  return phrases.map(
    (phrase) =>
      phrase
        .replace(/^\*|\*$/g, "")
        .trim()
        .toLowerCase()
        .split(/\s+/)[0] ?? "",
  );
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
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join("|")})`, flags);
}
