// The place cues of config/places.json compiled once: nationwide wording, the words that make a
// place name part of an institution's name, authorities, sub-regions, addresses that end in a
// country, and areas that stand for regions under another name (former provinces, Leader areas).
// Pure: the parsed JSON in, patterns and lookups out.
// Usage: const rules = createPlaceRules(json); rules.regionGroups("Oulu Province in Finland").regions

import type { DemonymsFile } from "./demonyms.js";
import { escapeRegExp, literalGate, phraseHints, phrasePattern, phraseSource } from "./text.js";

interface Group {
  name: string;
  regions: string[];
  aliases: string[];
  /** Counts only followed by an area word ("Päijänne-Leaderin alueella"): the name alone is an organisation. */
  areaOnly?: boolean;
}

export interface PlacesFile {
  nationwide: string[];
  nationwideTitle: string[];
  nationwideSentence: string[];
  nationalLevel: { phrases: string[] };
  institutionHeads: { heads: string[]; joiners: string[] };
  organisationHeads: { heads: string[]; legalForms: string[] };
  placeAfterName: string[];
  authorities: string[];
  subRegionWords: string[];
  subRegionWordsAfterName: { words: string[] };
  countries: { names: string[] };
  abroad: { codes: string[]; after: string[] };
  venues: { events: string[]; verbs: string[] };
  otherRecipients: { also: string[]; verbs: string[] };
  grantRounds: { counts: string[]; recipients: string[] };
  visits: { words: string[] };
  partners: { words: string[] };
  acknowledgements: { openers: string[] };
  logos: { words: string[] };
  demonyms: DemonymsFile;
  projectNames: { suffixes: string[] };
  regionGroups: { areaWords: string[]; groups: Group[] };
}

export interface PlaceRules {
  nationwide: RegExp;
  /** A title that calls the project national ("Kansallinen …-ohjelma"). */
  nationwideTitle: RegExp;
  /** Nationwide scope as running text says it of the project ("valtakunnallinen hanke", "i hela Finland"). */
  nationwideSentence: RegExp;
  /** Work at the national level beside the regional ("national and regional projects"): the whole country when nothing narrower is said. */
  nationalLevel: RegExp;
  /** The text without place names that are part of an institution's name ("Turku University", "Jyväskylän ja Tampereen yliopistot"). */
  blankInstitutions(text: string): string;
  /**
   * The text with each organisation's own name that opens with a word that may be its town
   * ("Lahden Diakonisäätiö", "Paimion Rasti ry") replaced: the name and that word to the replacer.
   */
  organisationNames(text: string, replacer: NameReplacer): string;
  /** Likewise institutions' names with words between the town and the head ("Kiteen Evankelinen Kansanopisto"). */
  institutionNames(text: string, replacer: NameReplacer): string;
  /** A place name after an institution's name ("University of Oulu"). */
  placeAfterName: RegExp;
  /** A region named in a granting authority ("Pohjois-Pohjanmaan ELY-keskus"): the area only when nothing else is. */
  authority: RegExp;
  /** A sub-region named after a town ("Jyväskylän seutu", "Oulun seudun", "the Tampere Region"): the town is not the area. */
  subRegion: RegExp;
  /** A parenthesis that ends in a country ("(Kuopio, North Savo, Finland)"): an organisation's address. */
  countryAddress: RegExp;
  /** Whether a sentence says where a one-off event is held ("Loppuseminaari pidetään Oulussa"): a venue. */
  venueSentence(sentence: string): boolean;
  /** Whether a sentence says others also received money ("avustusta saivat myös …"): other grantees. */
  otherRecipients(sentence: string): boolean;
  /** Whether a sentence names the project's partners ("Kumppanit: …", "The partners are …"). */
  partnerSentence(sentence: string): boolean;
  /** Whether a sentence tells of a study trip or visit ("opintomatka Tampereelle"): where people went to learn. */
  visitSentence(sentence: string): boolean;
  /** Whether a headline gives money to a counted number of recipients ("rahoitusta kymmenelle hankkeelle"): a funding round's news. */
  grantRoundTitle(title: string): boolean;
  /** Whether a line opens by thanking ("Kiitokset …", "Tack till …"): who helped, named by their places. */
  thanksLine(sentence: string): boolean;
  /** Whether a short line names a logo ("Lieksan kaupungin logo"): an emblem, named by its owner's town. */
  logoLine(sentence: string): boolean;
  /** Whether a sentence may hold a project's name (one of the suffixes): only then is projectName tried. */
  mayNameProject(sentence: string): boolean;
  /** A project's name: the capitalised words before "-hanke" or "-projektet" ("Osallistu Lapinlahden Lähteellä -hankkeessa"). */
  projectName: RegExp;
  /** The text without places marked as abroad ("Övertorneå (SE)", "Haparanda on the Swedish side"). */
  blankAbroad(text: string): string;
  /**
   * Areas under another name, to their regions ("Oulu Province" -> Pohjois-Pohjanmaa, Kainuu), and
   * the text with those names blanked, so that "Oulu Province" is not also the town of Oulu.
   */
  regionGroups(text: string): { regions: string[]; rest: string };
}

/** Spaces within a line: a name does not run on into the next line (a label under a value). */
const SPACE = "[^\\S\\n]+";

/** A list item's mark ("• Lue lisää …", "- Tack till …"). */
export const BULLET = "[•·▪◦*–-]";

/** Longer than this, a line that says "logo" is text about a logo, not an image's caption. */
const MAX_LOGO_LINE = 100;

/** A head word as written after a place name: as listed, or with a capital ("Ammattikorkeakoulu"). */
const headVariants = (head: string): string[] => {
  const bare = head.replace(/^\*/, "");
  const capital = (head.startsWith("*") ? "*" : "") + bare.charAt(0).toUpperCase() + bare.slice(1);
  return capital === head ? [head] : [head, capital];
};

/**
 * One pattern for all groups, a capture group per group; an alias takes a case ending of up to
 * six letters ("Päijänne-Leaderin", not "Oulun lääninhallitus").
 */
function regionGroupsOf({ areaWords, groups }: PlacesFile["regionGroups"]): PlaceRules["regionGroups"] {
  const aliasSource = (alias: string) => escapeRegExp(alias.replace(/\*$/, "")).replace(/\s+/g, "\\s+");
  const ending = "(?::?\\p{L}{0,6})(?![\\p{L}\\d])";
  const area = `\\s+(?:${areaWords.map(phraseSource).join("|")})`;
  const alternatives = groups.map(
    (group) => `(${group.aliases.map(aliasSource).join("|")})${ending}${group.areaOnly ? area : ""}`,
  );
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join("|")})`, "giu");
  // A word each alias must hold: its longest lower-case word ("län", "lääni"), else its longest
  // word: a line without any of them holds no group ("Vasa" and "Oulu" alone are common).
  const hintOf = (alias: string) => {
    const words = alias.replace(/\*$/, "").split(/\s+/);
    const longest = (list: string[]) => list.reduce((a, b) => (b.length > a.length ? b : a), "");
    const lower = longest(words.filter((word) => word.length >= 3 && word === word.toLowerCase()));
    return (lower || longest(words)).toLowerCase();
  };
  const hinted = anyOf([...new Set(groups.flatMap((group) => group.aliases.map(hintOf)))]);
  const blank = (line: string, regions: string[]) =>
    line.replace(pattern, (match, ...captures: unknown[]) => {
      const index = captures.findIndex((capture) => typeof capture === "string");
      regions.push(...(groups[index]?.regions ?? []));
      return " ".repeat(match.length);
    });
  return (text) => {
    if (!hinted.test(text)) return { regions: [], rest: text };
    const regions: string[] = [];
    const lines = text.split("\n").map((line) => (hinted.test(line) ? blank(line, regions) : line));
    return { regions, rest: lines.join("\n") };
  };
}

/** A headline with a count before a recipient word ("12 seurakunnalle", "KAHDELLETOISTA HANKKEELLE"), any capitals. */
function grantRoundOf({ counts, recipients }: PlacesFile["grantRounds"]): PlaceRules["grantRoundTitle"] {
  const recipient = `(?:${recipients.map(phraseSource).join("|")})`;
  const counted = new RegExp(`(?:\\d+|${counts.map(phraseSource).join("|")})\\s+(?:[\\p{L}-]+\\s+)?${recipient}`, "iu");
  return (title) => counted.test(title);
}

/** Whether a sentence holds a phrase of each list. */
function bothOf(first: string[], second: string[]): (sentence: string) => boolean {
  const one = phrasePattern(first);
  const other = phrasePattern(second);
  return (sentence) => other.test(sentence) && one.test(sentence);
}

/** Whether a text holds one of the words, in one scan (one pattern of literals, case ignored). */
const anyOf = (words: string[]): RegExp => new RegExp(words.map(escapeRegExp).join("|"), "iu");

/** A replacement for each match of a pattern: the match and its first group in, the new text out. */
export type NameReplacer = (match: string, first: string) => string;

/**
 * Replaces a pattern's matches, trying it only on the lines that hold one of its words (phraseHints):
 * most lines hold none, and an includes is much cheaper than the pattern.
 */
function lineReplacer(pattern: RegExp, hints: string[] | RegExp): (text: string, replacer: NameReplacer) => string {
  const hinted = Array.isArray(hints) ? anyOf(hints) : hints;
  const holds = (Array.isArray(hints) && literalGate(hints)) || ((text: string) => hinted.test(text));
  return (text, replacer) =>
    holds(text)
      ? text
          .split("\n")
          .map((line) => (holds(line) ? line.replace(pattern, replacer) : line))
          .join("\n")
      : text;
}

/** Blanks a pattern's matches, on the lines that hold one of its words. */
function lineBlanker(pattern: RegExp, hints: string[]): (text: string) => string {
  const replace = lineReplacer(pattern, hints);
  return (text) => replace(text, () => " ");
}

export function createPlaceRules(file: PlacesFile): PlaceRules {
  const { heads, joiners } = file.institutionHeads;
  const projectHints = anyOf(file.projectNames.suffixes.map((suffix) => suffix.replace(/\*$/, "")));
  const headSource = heads.flatMap(headVariants).map(phraseSource).join("|");
  const name = "\\p{Lu}[\\p{L}-]*";
  const logo = phrasePattern(file.logos.words);
  const partner = phrasePattern(file.partners.words);
  const visit = phrasePattern(file.visits.words);
  const thanks = new RegExp(
    `^\\s*(?:${BULLET}\\s*)?(?:${file.acknowledgements.openers.map(phraseSource).join("|")})`,
    "iu",
  );
  // "Helsingin Evankelinen Opisto": up to three capitalised words between the town and the head;
  // an institution's head right after the town is blankInstitutions' (with its joined lists).
  const between = (least: number) => `(?:${SPACE}${name}){${least},3}`;
  const { legalForms } = file.organisationHeads;
  const organisationHeads = [...file.organisationHeads.heads.flatMap(headVariants), ...legalForms]
    .map(phraseSource)
    .join("|");
  // Legal forms are short ("ry", "Oy"): as whole words they gate lines; as letters they are in most lines.
  const organisationGate = new RegExp(
    `${anyOf(phraseHints(file.organisationHeads.heads)).source}|(?<![\\p{L}\\d])(?:${legalForms.map(escapeRegExp).join("|")})(?![\\p{L}\\d])`,
    "iu",
  );
  const joined = `(?:${name}(?:\\s*,\\s*|\\s+(?:${joiners.map(escapeRegExp).join("|")})\\s+))*`;
  return {
    nationwide: phrasePattern(file.nationwide),
    nationwideTitle: phrasePattern(file.nationwideTitle),
    nationwideSentence: phrasePattern(file.nationwideSentence),
    nationalLevel: phrasePattern(file.nationalLevel.phrases),
    blankInstitutions: lineBlanker(
      new RegExp(`(?<!\\p{L})(?!The\\s)${joined}${name}\\s+(?:${headSource})`, "gu"),
      phraseHints(heads),
    ),
    organisationNames: lineReplacer(
      new RegExp(`(?<![\\p{L}\\d-])(${name})${between(0)}${SPACE}(?:${organisationHeads})`, "gu"),
      organisationGate,
    ),
    institutionNames: lineReplacer(
      new RegExp(`(?<![\\p{L}\\d-])(${name})${between(1)}${SPACE}(?:${headSource})`, "gu"),
      phraseHints(heads),
    ),
    placeAfterName: new RegExp(`(?:${file.placeAfterName.map(phraseSource).join("|")})(?:\\s+${name}){1,3}`, "gu"),
    authority: new RegExp(`${name}\\s+(?:${file.authorities.map(phraseSource).join("|")})`, "gu"),
    subRegion: new RegExp(
      `${name}n\\s+(?:${file.subRegionWords.map(phraseSource).join("|")})|(?<![\\p{L}\\d-])${name}${SPACE}(?:${file.subRegionWordsAfterName.words.map(phraseSource).join("|")})`,
      "gu",
    ),
    countryAddress: new RegExp(`\\([^()]*,\\s*(?:${file.countries.names.map(escapeRegExp).join("|")})\\s*\\)`, "gu"),
    blankAbroad: lineBlanker(
      new RegExp(
        `${name}(?:\\s+${name})?\\s*\\((?:${file.abroad.codes.join("|")})\\)|${name}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${file.abroad.after.map(phraseSource).join("|")})`,
        "gu",
      ),
      [...file.abroad.codes.map((code) => `(${code.toLowerCase()})`), ...phraseHints(file.abroad.after)],
    ),
    venueSentence: bothOf(file.venues.events, file.venues.verbs),
    otherRecipients: bothOf(file.otherRecipients.also, file.otherRecipients.verbs),
    thanksLine: (sentence) => thanks.test(sentence),
    partnerSentence: (sentence) => partner.test(sentence),
    grantRoundTitle: grantRoundOf(file.grantRounds),
    visitSentence: (sentence) => visit.test(sentence),
    logoLine: (sentence) => sentence.length <= MAX_LOGO_LINE && logo.test(sentence),
    mayNameProject: (sentence) => projectHints.test(sentence),
    projectName: new RegExp(
      `(?:${name}\\s+)*${name}(?=\\s*(?:${file.projectNames.suffixes.map(phraseSource).join("|")}))`,
      "gu",
    ),
    regionGroups: regionGroupsOf(file.regionGroups),
  };
}
