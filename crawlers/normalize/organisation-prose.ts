// Who runs the project and with whom, when a sentence says it: "Huvudman är X", "Hanketta
// hallinnoi X", "X leads the project", "X:n hallinnoima hanke", "i samarbete med X och Y",
// "yhdessä X:n ja Y:n kanssa", "Y on mukana yhteistyökumppanina". The cue words are data
// (config/cues.json "organisationProse"); this file compiles them and reads names around them. Pure.
// Usage: const prose = createOrganisationProse(file); prose.lead(sentence); prose.partners(sentence)

import { phraseSource } from "./text.js";

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
}

export interface OrganisationProse {
  /** The organisation a sentence says runs the project, if it says so. */
  lead(sentence: string): string | undefined;
  /** The organisations a sentence names as partners. */
  partners(sentence: string): string[];
}

const alternatives = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");

/** Where a clause opens: the subject of "X hallinnoi hanketta" stands there. */
const CLAUSE_START = String.raw`(?:^|[,;–]\s*|\s(?:ja|och|and|on|är|is)\s+)`;
/** A name that opens with a capital, up to seven words. */
const NAME_BEFORE = String.raw`((?:the\s+)?\p{Lu}[\p{L}\d&.:-]*(?:\s+[\p{L}\d&.:-]+){0,6}?)`;

/** The names a cue introduces run to the end of the clause: a stop, a bracket, a relative word, a comma before a lowercase word. */
function clauseAfter(text: string): string {
  return (
    (text.split(/[.;:()\n]|\s(?:whose|which|who|that|joka|jotka|jonka|som|där)\s/u)[0] ?? "")
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

export function createOrganisationProse(file: OrganisationProseFile): OrganisationProse {
  const article = new RegExp(`^(?:${alternatives(file.articles)})\\s+`, "iu");
  const types = Object.keys(file.genitives);
  const base = new Map<string, string>();
  for (const [type, forms] of Object.entries(file.genitives))
    for (const form of forms) base.set(form.toLowerCase(), type);
  const typeEnd = new RegExp(`(?:${alternatives(types)})$`, "iu");
  // "… kuntayhtymä Kymsote": a short name after the type word is not part of the official name.
  const shortAfterType = new RegExp(`(\\s(?:${alternatives(types)}))\\s+\\p{Lu}[\\p{L}-]*$`, "u");

  const leadAfter = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives(file.leadAfter)})\\s+(.+)$`, "iu");
  const partnerAfter = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives(file.partnerAfter)})\\s+(.+)$`, "iu");
  const leadBefore = nameBeforeCue(`\\s+`, file.leadBefore);
  const partnerBefore = nameBeforeCue(`\\s+`, file.partnerBefore);
  const leadGenitive = nameBeforeCue(`\\s+`, file.leadGenitive);
  // "Kotkan kaupungin Kotiin Kotkassa -hanke": the owner in the genitive before the project's name.
  const leadOwner = nameBeforeCue(`\\s+\\p{Lu}[\\p{L}\\d\\s–-]{0,60}?\\s`, file.leadOwner);
  const around = file.partnerAround.map(
    ([open = "", close = ""]) => new RegExp(`${phraseSource(open)}\\s+(.+?)\\s+${phraseSource(close)}`, "gu"),
  );

  const tidy = (name: string) => name.trim().replace(article, "").replace(shortAfterType, "$1");
  const isName = (name: string) => /^\p{Lu}/u.test(name) || typeEnd.test(name);
  /** "X, Y ja Z": split where the next name opens with a capital ("Terveyden ja hyvinvoinnin laitos" stays one). */
  const names = (list: string) =>
    list
      .split(/\s*,\s*|\s+(?:ja|sekä|och|samt|and|&)\s+(?=\p{Lu})/u)
      .map(tidy)
      .filter((name) => name.length > 1 && isName(name));
  const nominative = (name: string) => {
    const words = name.split(/\s+/);
    const type = base.get((words[words.length - 1] ?? "").toLowerCase());
    return type ? [...words.slice(0, -1), type].join(" ") : undefined;
  };

  return {
    lead(sentence) {
      const after = leadAfter.exec(sentence)?.[1];
      if (after) return names(clauseAfter(after))[0];
      const before = leadBefore.exec(sentence)?.[1];
      if (before) return names(before)[0];
      const genitive = leadGenitive.exec(sentence)?.[1] ?? leadOwner.exec(sentence)?.[1];
      return genitive ? nominative(tidy(genitive)) : undefined;
    },
    partners(sentence) {
      const after = partnerAfter.exec(sentence)?.[1];
      const before = partnerBefore.exec(sentence)?.[1];
      const genitives = around.flatMap((pattern) =>
        [...sentence.matchAll(pattern)].flatMap((match) => names(match[1] ?? "").map(nominative)),
      );
      return [
        ...(after ? names(clauseAfter(after)) : []),
        ...(before ? names(before) : []),
        ...genitives.filter((name): name is string => name !== undefined),
      ];
    },
  };
}
