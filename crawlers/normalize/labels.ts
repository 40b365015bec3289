// Which fact a label states, decided by its head word (config/labels.json): "Suunnitelman
// mukainen toteutusaika", "Hankkeen toteutusaika" and "Projektets genomförandetid" are all
// periods, whatever words surround the head. Also finds labelled facts written into running
// text ("Toteutusaika 2023 vuoden loppuun.", "Implementation date 1.1.2025 - 30.6.2028").
// Usage: const labels = createLabels(json); labels.kindOf("Hankkeen nimi") // "title"

import type { Fact } from "../extract.js";
import { escapeRegExp, phraseGate } from "./text.js";

export type FactKind =
  | "ignore"
  | "contact"
  | "grant"
  | "budget"
  | "partners"
  | "coordinator"
  | "funder"
  | "period"
  | "start"
  | "end"
  | "area"
  | "targetGroup"
  | "title";

export interface LabelsFile {
  endings: string[];
  facts: { fact: FactKind; heads: Record<string, string[]>; unless?: string[] }[];
}

export interface Labels {
  /** The fact a label states, or undefined when no head word is in it. */
  kindOf(label: string): FactKind | undefined;
  /**
   * "Label: value" or "Label 2023–2025" at the start of a sentence, when the label has a known
   * head; with `loose`, also "Label Value" (a capital after the label: a bullet or a short line),
   * and with "any", whatever follows the label (a short line of its own).
   */
  leadingFact(sentence: string, loose?: boolean | "any"): Fact | undefined;
  /** Where a label of a kind stands inside running text (a flattened form: "… toteuttamisaika (kk/vuosi) 5/2007 10/2009 …"); group 1 is what follows it. */
  inText(kind: FactKind): RegExp | undefined;
}

export function createLabels(file: LabelsFile): Labels {
  const endings = `(?:${[...file.endings].sort((a, b) => b.length - a.length).join("|")})?`;
  const headSource = (heads: string[]) =>
    [...heads]
      .sort((a, b) => b.length - a.length)
      .map((head) => escapeRegExp(head).replace(/\s+/g, "\\s+"))
      .join("|");
  // A word ending in a head word (compounds put the head last), with an optional ending.
  const kinds = file.facts.map(({ fact, heads, unless }) => ({
    fact,
    pattern: new RegExp(
      `(?<![\\p{L}])\\p{L}*?(?:${headSource(Object.values(heads).flat())})${endings}(?![\\p{L}])`,
      "iu",
    ),
    unless: unless?.map((word) => word.toLowerCase()) ?? [],
  }));
  const factHeads = file.facts.filter((f) => f.fact !== "ignore").flatMap((f) => Object.values(f.heads).flat());
  const allHeads = headSource(factHeads);
  // Most sentences hold no head word at all: a scan for the heads' words turns them away before the long pattern.
  const mayHoldHead = phraseGate(factHeads) ?? (() => true);
  // Up to three words before the head ("Suunnitelman mukainen toteutusaika"), then ":" or a dash, or a digit.
  const leadingPattern = (separator: string) =>
    new RegExp(
      `^((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*?(?:${allHeads})${endings}(?:\\s*\\([^)]{1,30}\\))?)(?:\\s*[:：–—|]\\s*|\\s+(?=[${separator}]))(.{2,400}?)\\.?$`,
      "iu",
    );
  const leading = leadingPattern("\\d");
  // Case-insensitive, so \p{Lu} matches any letter here: the capital is checked on the value.
  const loose = leadingPattern("\\d\\p{L}");
  const cache = new Map<string, FactKind | undefined>();
  const kindOf = (label: string): FactKind | undefined => {
    if (label.length > 70) return undefined;
    if (cache.has(label)) return cache.get(label);
    const lower = label.toLowerCase();
    const kind = kinds.find(
      ({ pattern, unless }) => pattern.test(label) && !unless.some((word) => lower.includes(word)),
    )?.fact;
    if (cache.size < 10_000) cache.set(label, kind);
    return kind;
  };
  const inTextPatterns = new Map(
    file.facts.map(({ fact, heads }) => [
      fact,
      new RegExp(
        `(?<![\\p{L}])\\p{L}*?(?:${headSource(Object.values(heads).flat())})${endings}(?:\\s*\\([^)]{1,30}\\))?\\s*:?\\s*(?=(.{0,50}))`,
        "giu",
      ),
    ]),
  );
  return {
    kindOf,
    inText: (kind) => inTextPatterns.get(kind),
    leadingFact(sentence, looseForm = false) {
      // A strict label is followed by a colon, a dash or a number: most sentences have none near the start.
      if (!looseForm && !/[:：–—|\d]/.test(sentence.slice(0, 120))) return undefined;
      if (!mayHoldHead(sentence)) return undefined;
      const match = (looseForm ? loose : leading).exec(sentence.trim());
      if (!match?.[1] || !match[2] || (looseForm === true && !/^[\p{Lu}\d]/u.test(match[2]))) return undefined;
      const label = match[1].trim();
      return kindOf(label) && kindOf(label) !== "ignore" ? { label, value: match[2].trim() } : undefined;
    },
  };
}

/** Facts of a page sorted by kind: laid-out facts, those written into sentences, and labelled parts inside values. */
export type FactsByKind = Partial<Record<FactKind, Fact[]>>;

/** The values of some facts. */
export const valuesOf = (facts: Fact[] | undefined): string[] => (facts ?? []).map((fact) => fact.value);

export function factsByKind(laidOut: Fact[], text: string, labels: Labels): FactsByKind {
  const seen = new Set(laidOut.map((fact) => fact.label));
  const prose = text
    .split("\n")
    // A name may hold sentences ("Tutkimusaihe Millaista on elämä …? Sosiaaliset …"): its line is read whole.
    .flatMap((line): (Fact | undefined)[] => {
      const name = nameLineFact(line, labels);
      if (name) return [name];
      const sentences = line.split(/\s+[|·]\s+|(?<=[.!?])\s+(?=[\p{Lu}])/u);
      return sentences.map((sentence) => labels.leadingFact(sentence) ?? shortLineFact(sentence, labels));
    })
    .filter((fact): fact is Fact => fact !== undefined && !seen.has(fact.label));
  // A laid-out label that is itself "Label Value" ("Toteuttaja Liikkuva Pohjoinen ry" over the next line).
  const all = [...laidOut.map((fact) => splitLabel(fact, labels)), ...prose];
  const byKind: FactsByKind = {};
  for (const fact of [...all, ...embeddedFacts(all)]) {
    const kind = labels.kindOf(fact.label);
    if (kind && kind !== "ignore") (byKind[kind] ??= []).push(fact);
  }
  return byKind;
}

/** A line without a colon is a label and its value when short; a name's may run longer ("Project title X – Y …"). */
const SHORT_LINE = 80;
const NAME_LINE = 250;

/** A short line with no full stop, "Kesto tammikuu 2021 – joulukuu 2023": a label and its value. */
function shortLineFact(line: string, labels: Labels): Fact | undefined {
  if (line.length > NAME_LINE || /[.!?]$/.test(line)) return undefined;
  const fact = labels.leadingFact(line, "any");
  return line.length <= SHORT_LINE || (fact && labels.kindOf(fact.label) === "title") ? fact : undefined;
}

/** A line that is a name's label and the name, read before the line is parted into sentences. */
function nameLineFact(line: string, labels: Labels): Fact | undefined {
  const fact = shortLineFact(line.trim(), labels);
  return fact && labels.kindOf(fact.label) === "title" ? fact : undefined;
}

function splitLabel(fact: Fact, labels: Labels): Fact {
  const inner = labels.leadingFact(fact.label, true);
  return inner && inner.label.length < fact.label.length && !/[:：]/.test(inner.value) ? inner : fact;
}

/** "8 750 euroa, rahoitus: 70 % …": a labelled part inside another fact's value. */
function embeddedFacts(facts: Fact[]): Fact[] {
  const found: Fact[] = [];
  for (const fact of facts) {
    if (!fact.value.includes(":")) continue;
    for (const match of fact.value.matchAll(/(?:^|[,;]\s*)([\p{L}][\p{L} ]{2,30}):\s*([^;]+)/gu)) {
      if (match[1] && match[2]) found.push({ label: match[1].trim(), value: match[2].trim() });
    }
  }
  return found;
}

/**
 * Every value a label of one kind introduces anywhere on the page, repeats included ("Kesto" over
 * each item of a listing): "Label: value" lines, and a short label line with its value on the next.
 */
export function labelledValues(text: string, labels: Labels, kind: FactKind): string[] {
  // A bullet before the label ("• Implementation date 1.1.2025 - 30.6.2028") is no part of it.
  const lines = text.split("\n").map((line) => line.replace(/^\s*[•·▪◦*–-]?\s*/u, "").trim());
  const values: string[] = [];
  for (const [index, line] of lines.entries()) {
    const fact = labels.leadingFact(line);
    if (fact && labels.kindOf(fact.label) === kind) values.push(fact.value);
    else if (line.length <= 30 && !/\d/.test(line) && labels.kindOf(line.replace(/[:：]$/, "")) === kind)
      values.push(lines[index + 1] ?? "");
  }
  return values;
}
