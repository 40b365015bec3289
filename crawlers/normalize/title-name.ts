// The project's name as the text itself writes it, for pages whose heading is not the name (a
// slogan, a programme priority, the organisation, a question): a sentence that opens with the name
// and a project word ("X -hankkeessa …", "The X project aims …"), a quoted name after a project
// word ("The project "X" …", "Projektet ”X” …"), and a heading that runs on past the name ("X
// -hankkeen asettaminen", "X -hankkeesta", "X -hanke auttaa …"); last of all, a capitalised name beside a
// project word anywhere ("… genomföra projektet Prima Botnia."), a quoted one ("… Projektet ”X” stödde …"), or a name glued to a project word
// that the text repeats ("Sowellus-hankkeessa", not a kind of project such as "ESR-hanke"). The project words and their case
// forms are data (config/titles.json, "names"). Pure.
// Usage: const names = createNameRules(file.names); names.inSentence(line); names.inHeading(heading)

import { phrasePattern } from "./text.js";

export interface NamesFile {
  /** Stems of the project words that follow a name with a hyphen ("hanke", "hankkee", "projekt"). */
  suffixStems: string[];
  /** The basic forms of those: a heading ending in one is a whole name ("Muutos III -hanke"). */
  basicForms: string[];
  /** Words before a quoted name ("the project", "projektet", "hankkeeseen"). */
  quotedAfter: string[];
  /** English and Swedish words after a name at a sentence's start ("The X project aims"). */
  trailingWords: string[];
  /** Project words that a capitalised name follows inside a sentence ("projektet Prima Botnia"), read last of all. */
  mentionAfter: string[];
  /** A programme or a whole in the genitive before a project's name ("… -ohjelman X", "programmets X"): cut off. */
  umbrellaGenitives: string[];
  /** Finnish place-case endings ("-ssa", "-lla"): a one-word name before a project word in one is a longer name's tail. */
  placeCaseEndings: string[];
  /** Ends of Finnish action nouns ("hakeminen", "osallistuminen"): a decision's heading names its action before the name. */
  actionNounEnds: string[];
  /** Words that join a second action after the name ("… sekä omarahoitusosuuden varaaminen"). */
  clauseJoiners: string[];
  /** Project words that stand before a name in a heading ("EU-projektet Healthy Boost", "Projekti Kotiin"): cut off. */
  typeWordsBefore: string[];
  /** Words glued to a project word that name a kind of project, not one ("ESR-hanke", "Leader-projekt"). */
  gluedGeneric: string[];
}

/** How a name was found: "spaced" and "quoted" and "trailing" bound the name on both sides; "glued" only on its right. */
export type NameForm = "spaced" | "glued" | "quoted" | "trailing";

export interface FoundName {
  name: string;
  form: NameForm;
}

export interface NameRules {
  /** The name a sentence opens with or quotes, if any. */
  inSentence(sentence: string): FoundName | undefined;
  /** The name at a heading's start when the heading runs on past it; undefined for a heading that is a whole name. */
  inHeading(heading: string): string | undefined;
  /** A capitalised name beside a project word anywhere in a text ("… projektet Prima Botnia.", "… of Niitty 2 -project."). */
  mentioned(text: string): string | undefined;
  /** Every name the text joins to a project word, spaced or glued ("X -hankkeessa", "Opastava-hanke"); kinds of project aside. */
  allNamed(text: string): string[];
}

/** A name is a few words, not a clause. */
const MAX_NAME_WORDS = 10;
/** A name glued to a project word inside the text ("… Sowellus-hanke rahoitetaan …") is the page's when repeated. */
const GLUED_MENTIONS = 2;
const QUOTES = '"“”„«»';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function createNameRules(file: NamesFile): NameRules {
  const stems = file.suffixStems.join("|");
  // "X -hankkeessa", "X –yhteishankkeen": a name, a space, a hyphen or dash, the project word
  // (or a compound ending in one) in any case.
  const spaced = new RegExp(`^([\\p{Lu}\\d][^.!?:;]*?)\\s[-–]\\s?(\\p{Ll}*(?:${stems})\\p{L}*)(?![\\p{L}])(.*)$`, "u");
  const unmarkedHeading = new RegExp(
    `^([\\p{Lu}\\d][^.!?:;]*?)\\s(\\p{Ll}*(?:${stems})\\p{L}*)\\s+\\p{Ll}[\\p{Ll}\\s-]*$`,
    "u",
  );
  // "TUULI-hankkeessa": one word glued to the project word.
  const glued = new RegExp(`^([\\p{Lu}\\d][\\p{L}\\d+&]*)-(?:${stems})\\p{L}*(?![\\p{L}])`, "u");
  const quoted = new RegExp(
    `${phrasePattern(file.quotedAfter).source}\\s+[${QUOTES}]([^${QUOTES}]{2,120})[${QUOTES}]`,
    "iu",
  );
  // Case-sensitive on purpose: "The VALPAS 2 project", not "The project will be implemented".
  const trailing = new RegExp(
    `^The\\s+([\\p{Lu}\\d][^\\s,.]*(?:\\s+[\\p{Lu}\\d][^\\s,.]*){0,5})\\s+(?:${file.trailingWords.join("|")})(?![\\p{L}])`,
    "u",
  );
  // Capitalised words (and numbers) of a name inside a sentence: its start is where the capitals start.
  const capitalRun = "[\\p{Lu}][^\\s,.;:!?()]*(?:\\s+[\\p{Lu}\\d][^\\s,.;:!?()]*){0,6}";
  const mentions = [
    // "… sijoittuva KUJA – Kuivin jaloin aikuisuuteen -hanke": an acronym, a dash and its spelled-out name.
    new RegExp(
      `(?<![\\p{L}\\d])(\\p{Lu}{2}[\\p{Lu}\\d+-]*\\s[–-]\\s\\p{Lu}[^.;:!?()–]*?)\\s[-–]\\s?(?:${stems})\\p{L}*(?![\\p{L}])`,
      "u",
    ),
    new RegExp(`(?<![\\p{L}])(?:${file.mentionAfter.join("|")})\\s+(${capitalRun})`, "u"),
    new RegExp(`(?<![\\p{L}\\d])(${capitalRun})\\s[-–]\\s?(?:${stems})\\p{L}*(?![\\p{L}])`, "u"),
  ];
  // "… rahoitetaan, ja Sowellus-hankkeessa …": one word glued to the project word anywhere in the text.
  const gluedAnywhere = new RegExp(
    `(?<![\\p{L}\\d+&-])([\\p{Lu}\\d][\\p{L}\\d+&]*)-(?:${stems})\\p{L}*(?![\\p{L}])`,
    "gu",
  );
  const generic = new Set(file.gluedGeneric.map((word) => word.toLowerCase()));
  const basic = new Set(file.basicForms.map((form) => form.toLowerCase()));
  // "Päijät-Hämeessä -hanke": one word in a place case before the project word is the tail of a longer name.
  const placeCase = new RegExp(`(?:${file.placeCaseEndings.join("|")})$`, "u");
  const caseTail = (name: string) => wordCount(name) === 1 && placeCase.test(name);
  const nameOk = (name: string) => /\p{L}{2}/u.test(name) && wordCount(name) <= MAX_NAME_WORDS;

  const inSentence = (sentence: string): FoundName | undefined => {
    const line = sentence.trim();
    const found: FoundName[] = [
      { name: spaced.exec(line)?.[1] ?? "", form: "spaced" },
      { name: quoted.exec(line)?.[1] ?? "", form: "quoted" },
      { name: trailing.exec(line)?.[1] ?? "", form: "trailing" },
      { name: glued.exec(line)?.[1] ?? "", form: "glued" },
    ];
    return found
      .map(({ name, form }) => ({ name: name.trim(), form }))
      .find(({ name }) => name.length > 0 && nameOk(name));
  };

  const inHeading = (heading: string): string | undefined => {
    // "X hankkeen tulokset": an inflected project word without a dash, a lower-case noun phrase after it.
    const unmarked = unmarkedHeading.exec(heading.trim());
    if (unmarked?.[1] && !basic.has((unmarked[2] ?? "").toLowerCase()) && nameOk(unmarked[1]))
      return unmarked[1].trim();
    const match = spaced.exec(heading.trim());
    const [, name = "", word = "", rest = ""] = match ?? [];
    if (!match || !nameOk(name)) return undefined;
    // "Kestävä kasvu -hanke (RRP2)": a code in parentheses is part of the whole name.
    const runsOn = rest.replace(/\([^)]*\)/g, "").trim().length > 0;
    return runsOn || !basic.has(word.toLowerCase()) ? name.trim() : undefined;
  };

  /** The glued name the text repeats most, at least twice; a kind of project ("ESR-hanke") is none. */
  const repeatedGlued = (text: string): string | undefined => {
    const counts = new Map<string, number>();
    for (const match of text.matchAll(gluedAnywhere)) {
      const name = match[1] ?? "";
      if (/\p{L}{2}/u.test(name) && !generic.has(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    return best && best[1] >= GLUED_MENTIONS ? best[0] : undefined;
  };

  const mentioned = (text: string): string | undefined => {
    for (const pattern of [...mentions, quoted]) {
      const name = pattern.exec(text)?.[1]?.trim();
      if (name && nameOk(name) && !caseTail(name)) return name;
    }
    return repeatedGlued(text);
  };

  const spacedAnywhere = new RegExp(mentions[2]?.source ?? "", "gu");
  const allNamed = (text: string) =>
    [...text.matchAll(spacedAnywhere), ...text.matchAll(gluedAnywhere)]
      .map((match) => (match[1] ?? "").trim())
      .filter((name) => nameOk(name) && !generic.has(name.toLowerCase()));

  return { inSentence, inHeading, mentioned, allNamed };
}
