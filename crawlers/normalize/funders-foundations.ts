// Foundations named as funders though no vocabulary lists them, by the grammar of their names:
// "Evald och Hilda Nissis stiftelse", "Fadderortsstiftelsen i Österbotten sr", "Mäkisen säätiön
// tuella", "Stiftelsen Ljus", "the Aalto Foundation for Health". A name counts only as the giver:
// after a source word ("av", "by", "från"), in a source case ("säätiöltä"), before a giving word
// ("säätiön rahoittama", "stiftelse finansierar") or after a funding verb ("rahoittaa X-säätiö").
// The head words, their case forms and the joining words are data (config/cues.json
// "foundations"). Pure.
// Usage: const foundations = createFoundations(cuesJson); foundations.find(sentence)

import { phraseSource } from "./text.js";

export interface FoundationsFile {
  foundations: {
    /** A head word's basic form -> the forms written ("säätiö": "säätiön", "säätiöltä"); the first letter may be a capital. */
    heads: Record<string, string[]>;
    /** The forms of heads that name where money comes from ("säätiöltä", "säätiöstä"). */
    sourceForms: string[];
    /** Words between capitalised name words ("Evald och Hilda"). */
    nameJoiners: string[];
    /** Words that open a tail of capitalised words after the head ("i Österbotten", "for Health"). */
    tailJoiners: string[];
    /** A head written before the name ("Stiftelsen Ljus"). */
    leadingHeads: string[];
    /** Words just before a name that make it the giver ("rahoittaa", "rahoittajana", "finansiär"). */
    funderBefore: string[];
    /** Verbs of being between a name and its role ("rahoittajana toimii X", "X on myöntänyt"). */
    copulas: string[];
  };
  legalForms: string[];
  fundingNouns: string[];
  /** Verbs of running a project ("genomförs", "implemented"): "genomförs av X" names who runs it, not who pays. */
  runningSentence: string[];
  foreignBodySource: { sourceWords: string[]; giverWords: string[] };
}

export interface Foundations {
  /** The foundations a sentence names as givers, each in its basic form. */
  find(sentence: string): string[];
}

/** A capitalised name word: "Nissis", "ABC:n", or an initial "A." */
const WORD = "\\p{Lu}(?:[\\p{L}\\d'’-]*(?::n)?|\\.)";
/** How much text before a name is read for its source word or funding verb ("rahoittajana on"). */
const BEFORE_REACH = 40;

const anyFirstCase = (form: string) => {
  const first = form.charAt(0);
  return `[${first.toLowerCase()}${first.toUpperCase()}]${phraseSource(form.slice(1))}`;
};
const alternatives = (words: string[], source = phraseSource) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(source)
    .join("|");

export function createFoundations(file: FoundationsFile): Foundations {
  const data = file.foundations;
  const basic = new Map<string, string>();
  for (const [base, forms] of Object.entries(data.heads))
    for (const form of forms) basic.set(form.toLowerCase(), base.toLowerCase());
  const head = alternatives(Object.values(data.heads).flat(), anyFirstCase);
  const joiner = `(?:\\s+(?:${alternatives(data.nameJoiners)})\\s+|\\s+)`;
  const tail = `(?:\\s+(?:${alternatives(data.tailJoiners)})(?:\\s+${WORD}){1,3})?`;
  const legal = `(?:\\s+(?:${alternatives(file.legalForms)}))?`;
  const trailing = new RegExp(
    `(?<![\\p{L}\\d])((?:${WORD}${joiner})*?(?:${WORD}\\s+|\\p{Lu}[\\p{L}-]*?))(${head})(${tail}${legal})(?![\\p{L}\\d])`,
    "gu",
  );
  const leading = new RegExp(
    `(?<![\\p{L}\\d])(?:${alternatives(data.leadingHeads)})(?:\\s+${WORD}){1,4}${legal}(?![\\p{L}\\d])`,
    "gu",
  );
  const sourceBefore = new RegExp(
    `(?<![\\p{L}])(?:([\\p{L}-]+)\\s+)?(?:${alternatives(file.foreignBodySource.sourceWords)})(?:\\s+the)?\\s+$`,
    "iu",
  );
  const running = new RegExp(`^(?:${alternatives(file.runningSentence)})$`, "iu");
  /** "av X", "by the X", unless a verb of running stands before the source word ("genomförs av X"). */
  const afterSource = (before: string) => {
    const match = sourceBefore.exec(before);
    return match !== null && !running.test(match[1] ?? "");
  };
  const copula = `(?:\\s+(?:${alternatives(data.copulas)}))?`;
  const funderBefore = new RegExp(`(?<![\\p{L}])(?:${alternatives(data.funderBefore)})${copula}\\s+$`, "iu");
  const giverAfter = new RegExp(
    `^${copula}\\s+(?:${alternatives([...file.foreignBodySource.giverWords, ...file.fundingNouns])})`,
    "iu",
  );
  const sourceForm = new RegExp(`^(?:${alternatives(data.sourceForms, anyFirstCase)})$`, "u");
  const gives = (sentence: string, match: RegExpExecArray) => {
    const before = sentence.slice(Math.max(0, match.index - BEFORE_REACH), match.index);
    return (
      afterSource(before) ||
      funderBefore.test(before) ||
      sourceForm.test(match[2] ?? "") ||
      giverAfter.test(sentence.slice(match.index + match[0].length))
    );
  };
  /** The name in its basic form: the head's case ending taken off ("säätiön" -> "säätiö", "Foundation's" -> "Foundation"). */
  const basicName = ([, name = "", form = "", rest = ""]: RegExpExecArray) => {
    const base = basic.get(form.toLowerCase()) ?? form;
    const capital = form.charAt(0) !== form.charAt(0).toLowerCase();
    return name + (capital ? base.charAt(0).toUpperCase() + base.slice(1) : base) + rest;
  };
  return {
    find(sentence) {
      return [
        ...[...sentence.matchAll(trailing)].filter((m) => gives(sentence, m)).map(basicName),
        ...[...sentence.matchAll(leading)].filter((m) => gives(sentence, m)).map((m) => m[0]),
      ];
    },
  };
}
