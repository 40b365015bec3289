// Who runs the project and with whom, when a sentence says it: "Huvudman är X", "Hanketta
// hallinnoi X", "X leads the project", "X:n hallinnoima hanke", "i samarbete med X och Y",
// "yhdessä X:n ja Y:n kanssa", "Y on mukana yhteistyökumppanina". The cue words are data
// (config/cues.json "organisationProse"); this file compiles them and reads names around them. Pure.
// Usage: const prose = createOrganisationProse(file); prose.lead(sentence); prose.partners(sentence)

import { allMatches, phraseGate, phraseSource } from "./text.js";

export interface OrganisationProseFile {
  leadAfter: string[];
  leadBefore: string[];
  leadGenitive: string[];
  leadOwner: string[];
  partnerAfter: string[];
  partnerBefore: string[];
  partnerAround: string[][];
  genitives: Record<string, string[]>;
  articles: string[];
  grantCues: string[];
  allatives: Record<string, string[]>;
  nameTypes: string[];
  leadMarks: string[];
}

export interface OrganisationProse {
  /** The organisation a sentence says runs the project, if it says so. */
  lead(sentence: string): string | undefined;
  /** All the organisations a lead sentence names ("koordineras av X och Y"). */
  leads(sentence: string): string[];
  /** The organisations a sentence names as partners. */
  partners(sentence: string): string[];
  /** The organisation a sentence says was granted the money ("STM myönsi Turun kaupungille …"). */
  recipient(sentence: string): string | undefined;
  /** "University of Oulu (coordinating partner)": a list line that marks its name as the lead. */
  markedLead(line: string): string | undefined;
  /** Whether a name has an organisation's type word ("Läheisvoima ry", "City of Espoo", "Pohjois-Savon hyvinvointialue"). */
  hasTypeWord(name: string): boolean;
  /** Whether a name ends in an organisation's type word in its basic form ("… kuntayhtymä", "… kaupunki", "… stad"). */
  endsWithType(name: string): boolean;
}

/** A phrase with "…" for up to three words between its parts. */
const gappedSource = (phrase: string) =>
  phrase
    .split(/\s*…\s*/)
    .map(phraseSource)
    .join(String.raw`\s+(?:[\p{L}-]+\s+){0,3}?`);

const alternatives = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(gappedSource)
    .join("|");

/** Any character of one sentence: a full stop only inside a number ("EUR 14.3 million"). */
const WITHIN = String.raw`(?:[^.]|\.(?=\d))`;

/** Small words inside an English or Swedish name ("University of Applied Sciences"). */
const JOINERS = new Set(["of", "and", "for", "the", "och", "för", "i", "&"]);

/** Where a clause opens: the subject of "X hallinnoi hanketta" stands there. */
const CLAUSE_START = String.raw`(?:^|[,;–]\s*|\s-\s+|\s(?:ja|och|and|on|är|is)\s+)`;
/** A name that opens with a capital, up to seven words, not across a dash between clauses. */
const NAME_BEFORE = String.raw`((?:the\s+)?\p{Lu}[\p{L}\d&.:-]*(?:\s+(?![-–]\s)[\p{L}\d&.:-]+){0,6}?)`;

/** The names a cue introduces run to the end of the clause: a stop, a bracket, a relative word, a comma before a lowercase word. */
function clauseAfter(text: string): string {
  // "The co-implementers – A, B and C – contribute …": the list between the dashes.
  return (
    (
      text
        .replace(/^[–—-]\s+/u, "")
        .split(/[.;:()\n]|\s[–—]\s|\s(?:whose|which|who|that|joka|jotka|jonka|som|där)\s/u)[0] ?? ""
    )
      .split(/,\s+(?!\p{Lu})/u)[0]
      ?.trim() ?? ""
  );
}

/**
 * A name before a cue ("X hallinnoi hanketta"), group 1 the name. Most sentences hold no cue: the
 * cue alone is looked for first, since trying a name at every capital costs far more.
 */
function nameBeforeCue(between: string, cues: string[]): { exec(sentence: string): RegExpExecArray | null } {
  const cue = new RegExp(`\\s(?:${alternatives(cues)})`, "u");
  const pattern = new RegExp(`${CLAUSE_START}${NAME_BEFORE}${between}(?:${alternatives(cues)})`, "u");
  return { exec: (sentence) => (cue.test(sentence) ? pattern.exec(sentence) : null) };
}

/** A cue pattern's exec that first asks the gate of the cues' words (phraseGate): a sentence holding none cannot match. */
function gatedExec(pattern: RegExp, cues: string[]): { exec(sentence: string): RegExpExecArray | null } {
  // Each part of a gapped cue is a phrase of its own, its "*" an open end.
  const phrases = cues.map((cue) =>
    cue
      .split(/\s*…\s*/)
      .map((part) => part.replace(/^\*|\*$/g, ""))
      .join(" "),
  );
  const mayHold = phraseGate(phrases) ?? (() => true);
  return { exec: (sentence) => (mayHold(sentence) ? pattern.exec(sentence) : null) };
}

export function createOrganisationProse(file: OrganisationProseFile): OrganisationProse {
  const article = new RegExp(`^(?:${alternatives(file.articles)})\\s+`, "iu");
  const types = Object.keys(file.genitives);
  const base = new Map<string, string>();
  for (const [type, forms] of Object.entries(file.genitives))
    for (const form of forms) base.set(form.toLowerCase(), type);
  const typeEnd = new RegExp(`(?:${alternatives(types)})$`, "iu");
  // "… kuntayhtymä Kymsote": a short name after the type word is not part of the official name.
  const shortAfterType = new RegExp(`(\\s(?:${alternatives(types)}))\\s+\\p{Lu}[\\p{L}-]*$`, "u");

  const leadAfter = gatedExec(
    new RegExp(`(?<![\\p{L}\\d])(?:${alternatives(file.leadAfter)})\\s+(.+)$`, "iu"),
    file.leadAfter,
  );
  const partnerAfter = gatedExec(
    new RegExp(`(?<![\\p{L}\\d])(?:${alternatives(file.partnerAfter)})\\s+(.+)$`, "iu"),
    file.partnerAfter,
  );
  const leadBefore = nameBeforeCue(`\\s+`, file.leadBefore);
  const partnerBefore = nameBeforeCue(`\\s+`, file.partnerBefore);
  const leadGenitive = nameBeforeCue(`\\s+`, file.leadGenitive);
  // "Kotkan kaupungin Kotiin Kotkassa -hanke": the owner in the genitive before the project's name.
  const leadOwner = nameBeforeCue(`\\s+\\p{Lu}[\\p{L}\\d\\s–-]{0,60}?\\s`, file.leadOwner);
  const around = file.partnerAround.map(
    ([open = "", close = ""]) => new RegExp(`${phraseSource(open)}\\s+(.+?)\\s+${phraseSource(close)}`, "gu"),
  );
  const mayHoldAround = phraseGate(file.partnerAround.map(([open = ""]) => open)) ?? (() => true);

  const nameType = new RegExp(`(?<![\\p{L}])(?:${alternatives([...types, ...file.nameTypes])})(?![\\p{L}])`, "iu");
  /**
   * "Tampere University of Applied Sciences aims to improve …": a name with its type word ends
   * before the first plain word, unless a type word soon follows ("Österbottens välfärdsområde").
   */
  const runOn = (name: string) => {
    const words = name.split(/\s+/);
    const cut = words.findIndex(
      (word, index) =>
        index > 0 &&
        /^\p{Ll}/u.test(word) &&
        !JOINERS.has(word) &&
        !nameType.test(words.slice(index, index + 4).join(" ")),
    );
    const kept = words.slice(0, cut);
    while (kept.length > 1 && JOINERS.has(kept[kept.length - 1] ?? "")) kept.pop();
    const head = kept.join(" ");
    return cut > 0 && nameType.test(head) ? head : name;
  };
  const tidy = (name: string) => runOn(name.trim().replace(article, "").replace(shortAfterType, "$1"));
  // A type word ending a compound ("terveysministeriö", "Diakoniasäätiö").
  const typeEnding = new RegExp(`(?:${alternatives([...types, ...file.nameTypes])})`, "iu");
  const typeAtEnd = new RegExp(`(?<![\\p{L}])(?:${alternatives([...types, ...file.nameTypes])})$`, "iu");
  const allative = new Map<string, string>();
  for (const [type, forms] of Object.entries(file.allatives))
    for (const form of forms) allative.set(form.toLowerCase(), type);
  const grant = `(?<![\\p{L}])(?:${alternatives(file.grantCues)})\\s`;
  // "myönsi Turun kaupungille", "myönsi 2 miljoonaa euroa Pirkanmaan hyvinvointialueelle".
  const toAllative = new RegExp(
    `${grant}(?:${WITHIN}*?\\s)?((?:\\p{Lu}[\\p{L}-]*\\s+){1,4}?[\\p{L}-]*?(?:${alternatives([...allative.keys()])}))`,
    "u",
  );
  // "har beviljat Österbottens välfärdsområde", "granted EUR 14 million … to the X County".
  const toNamed = new RegExp(
    `${grant}(?:${WITHIN}*?\\sto\\s+)?(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}&.-]+){0,7})`,
    "u",
  );
  const marked = new RegExp(
    `^[-•·*\\s]*(\\p{Lu}.{1,120}?)\\s*\\((?:${alternatives(file.leadMarks)})\\)\\s*[.;,]?$`,
    "iu",
  );
  const isName = (name: string) => /^\p{Lu}/u.test(name) || typeEnd.test(name);
  /** "X, Y ja Z": split where the next name opens with a capital ("Terveyden ja hyvinvoinnin laitos" stays one). */
  const names = (list: string) =>
    list
      .split(/\s*,\s*(?:(?:ja|sekä|och|samt|and)\s+)?|\s+(?:ja|sekä|och|samt|and|&)\s+(?=\p{Lu})/u)
      .map((name) => tidy(beforeClause(name)))
      .filter((name) => name.length > 1 && isName(name));
  // "Diakoniasäätiön" ends in the genitive of a type word: a compound's head is inflected as the word.
  const genitiveForms = [...base.keys()].sort((a, b) => b.length - a.length);
  const nominative = (name: string) => {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? "";
    const form = genitiveForms.find((ending) => last.toLowerCase().endsWith(ending));
    const type = form === undefined ? undefined : base.get(form);
    if (form === undefined || type === undefined) return undefined;
    const stem = last.slice(0, last.length - form.length);
    return [...words.slice(0, -1), stem ? `${stem}${type.toLowerCase()}` : type].join(" ");
  };
  /** "Valli och det är ett delprojekt": a name ends where a clause of plain words begins after "and". */
  const beforeClause = (name: string) => {
    const match = /(?<!-)\s(?:ja|och|and)\s+\p{Ll}/u.exec(name);
    return match && !typeEnding.test(name.slice(match.index, match.index + 60)) ? name.slice(0, match.index) : name;
  };

  return {
    leads(sentence) {
      const after = leadAfter.exec(sentence)?.[1];
      if (after) return names(clauseAfter(after));
      const before = leadBefore.exec(sentence)?.[1];
      return before ? names(before) : [];
    },
    lead(sentence) {
      const after = leadAfter.exec(sentence)?.[1];
      if (after) return names(clauseAfter(after))[0];
      const before = leadBefore.exec(sentence)?.[1];
      if (before) return names(before)[0];
      const genitive = leadGenitive.exec(sentence)?.[1] ?? leadOwner.exec(sentence)?.[1];
      return genitive ? nominative(tidy(genitive)) : undefined;
    },
    recipient(sentence) {
      const inAllative = toAllative.exec(sentence)?.[1];
      if (inAllative) {
        const words = inAllative.trim().split(/\s+/);
        const type = allative.get((words[words.length - 1] ?? "").toLowerCase());
        return type ? [...words.slice(0, -1), type].join(" ") : undefined;
      }
      const named = toNamed.exec(sentence)?.[1];
      const name = named ? tidy(named) : undefined;
      return name && nameType.test(name) ? name : undefined;
    },
    hasTypeWord: (name) => nameType.test(name),
    endsWithType: (name) => typeAtEnd.test(name),
    markedLead(line) {
      return marked.exec(line.trim())?.[1]?.trim();
    },
    partners(sentence) {
      const after = partnerAfter.exec(sentence)?.[1];
      const before = partnerBefore.exec(sentence)?.[1];
      const genitives = mayHoldAround(sentence)
        ? around.flatMap((pattern) =>
            allMatches(sentence, pattern).flatMap((match) => names(match[1] ?? "").map(nominative)),
          )
        : [];
      return [
        ...(after ? names(clauseAfter(after)) : []),
        ...(before ? names(before) : []),
        ...genitives.filter((name): name is string => name !== undefined),
      ];
    },
  };
}
