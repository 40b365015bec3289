// The cue words of config/cues.json compiled once: which sentences state funding, running,
// target groups or the period; words that open or close a period;
// month and season names; durations ("kaksivuotinen"). Pure: the parsed JSON in, patterns out.
// Usage: const cues = createCues(json); cues.fundingSentence.test("STEA:n tuella …")

import { createForeignBodies, type ForeignBodies, type ForeignBodiesFile } from "./funders-bodies.js";
import { createFoundations, type Foundations, type FoundationsFile } from "./funders-foundations.js";
import { createOrganisationProse, type OrganisationProse, type OrganisationProseFile } from "./organisation-prose.js";
import { escapeRegExp, phraseGate, phraseHints, phrasePattern, phraseSource } from "./text.js";

export interface CuesFile extends ForeignBodiesFile, FoundationsFile {
  fundingSentence: string[];
  runningSentence: string[];
  practiceLabel: string[];
  targetSentence: string[];
  purposeSentence: string[];
  purposeOnlyPeople: string[];
  subsumedGroups: Record<string, string[]>;
  periodSentence: string[];
  periodStart: string[];
  periodEnd: string[];
  periodVerbs: string[];
  implementVerbs: string[];
  extensionVerbs: string[];
  /** Prepositions that open ("from") or close ("until") a period right before a date, and the words that may stand between. */
  periodPrepositions: { start: string[]; end: string[]; before: string[] };
  rangeJoins: string[];
  /** Words between a range's join and its end ("vuoden" in "kesäkuusta 2015 vuoden 2023 loppuun"). */
  rangeEndPrefixes: string[];
  /** Words between a range's start and its join ("alkaen" in "1.1.2020 alkaen 31.12.2022 asti"). */
  rangeStartSuffixes: string[];
  /** Day names written before a date ("Monday 01. December 2008"). */
  weekdays: string[];
  /** Finnish month stems ("elo" in "elo–joulukuussa 2021"), by month number. */
  monthStems: Record<string, string>;
  oneYear: string[];
  yearFor: string[];
  projectWords: string[];
  statisticWords: string[];
  notPeriod: string[];
  programmeWords: string[];
  programmeMentions: string[];
  receiveVerbs: string[];
  sourceEndings: string[];
  fundingNouns: string[];
  /** Words that join names in a list ("ja", "sekä", "och"). */
  bodyJoiners: string[];
  attributeEndings: string[];
  grantAmount: string[];
  totalAmount: string[];
  duration: Record<string, Record<string, number>>;
  months: Record<string, string[]>;
  seasons: Record<string, string[]>;
  publicBodies: Record<string, string[]>;
  /** The plural forms that follow a list of names ("Hämeen ja Uudenmaan ELY-keskukset"). */
  publicBodiesPlural: Record<string, string[]>;
  recipientEndings: string[];
  /** Endings of a word after a genitive that make the genitive's body the one who decides or handles ("ministeriön käsiteltäväksi"). */
  deciderEndings: string[];
  formerName: string[];
  yesValue: string[];
  noValue: string[];
  leaderGroup: string[];
  legalForms: string[];
  fundingAfterOwner: string[];
  umbrellaFunders: Record<string, string[]>;
  confirmedGrants: { verbs: string[]; confirmers: Record<string, string[]> };
  targetGroupHeads: Record<string, string[] | string>;
  ageWords: string[];
  ageOver: string[];
  ageBands: { bands: AgeBand[] };
  noPartners: string[];
  contactTitles: string[];
  contactSections: string[];
  organisationProse: OrganisationProseFile;
  staffOwners: { staffGroup: string; endings: string[]; joiners: string[]; extraHeads: string[]; keep: string[] };
}

/** An age range that stands for a target group (config/cues.json "ageBands"). */
export interface AgeBand {
  group: string;
  startFrom: number;
  startTo: number;
  endFrom?: number;
  endTo?: number;
}

export interface Cues {
  fundingSentence: RegExp;
  runningSentence: RegExp;
  /** A label that names a practice ("Toimintamallin nimi"): the page describes a practice, not a project. */
  practiceLabel: RegExp;
  targetSentence: RegExp;
  /** A sentence that says what the project is for ("tavoitteena on tukea", "syftet är", "aims to"). */
  purposeSentence: RegExp;
  /** Groups of organisations or staff, read only where the page says whom the project is for, not in a title or aim. */
  purposeOnlyPeople: string[];
  /** A general group that a more specific one makes redundant ("perheet" beside "lapsiperheet"). */
  subsumedGroups: Record<string, string[]>;
  periodSentence: RegExp;
  periodStart: RegExp;
  periodEnd: RegExp;
  /** A start or end cue as the last words of a sentence ("pågå t.o.m."): the date is in the next one. */
  periodCueAtEnd: RegExp;
  /** A verb or postposition of starting or ending ("käynnistyi", "alkaen", "launched"): beside a date, it states a period. */
  periodVerb: RegExp;
  /** A verb of carrying out the work ("toteutetaan", "genomförs"): a single year beside it is the project's, not an activity's. */
  implementVerb: RegExp;
  /** A word of extending the project ("jatkettiin", "förlängdes", "was extended"): the end it gives replaces the planned one. */
  extensionVerb: RegExp;
  /** The whole text between the two dates of a range ("–", "fram till", "vuoteen"). */
  rangeJoin: RegExp;
  /** The words around a year that place the work in that one year ("vuoden 2017 aikana"): before it, and after it. */
  oneYear: { before: RegExp; after: RegExp }[];
  /** The words before a year that money is given for ("för år 2022", "vuodelle 2023"): the work's year, not the grant's date. */
  yearFor: { before: RegExp; after: RegExp }[];
  /** A word that names the project itself ("hanke", "projektet", "project"). */
  projectWord: RegExp;
  /** A count that grew or fell ("antalet … fördubblades", "number of … increased"): a year beside it dates a statistic. */
  statisticWord: RegExp;
  notPeriod: RegExp;
  /** An EU programme that funds projects and is seldom named otherwise ("Erasmus+", "Interreg Aurora"): named anywhere, it funds. */
  programmeMention: RegExp;
  /** A programme's years ("ohjelman 2006-2008", "DEMOGRAPHY (2021–2027) programme", "-ohjelmasta"): not the project's. */
  programmePeriod: RegExp;
  /** False when a text holds none of the programme words' hints: programmePeriod cannot match it. */
  mayNameProgramme(text: string): boolean;
  /** A participle right after a year ("vuonna 2016 ratifioima", "2019 perustettu"): the year dates something else. */
  attributeAfterYear: RegExp;
  grantAmount: RegExp;
  totalAmount: RegExp;
  /** Words for a project's length in years, with the years. */
  duration: { pattern: RegExp; years: Map<string, number> };
  /** A month name (group "month") or a season word (group "season"), as the month number. */
  monthOf(word: string): number | undefined;
  /** Pattern source for one month or season word, for the date grammar. */
  monthSource: string;
  /** Pattern source for one day name ("Monday", "tisdag"), for the date grammar. */
  weekdaySource: string;
  /** Pattern source for a Finnish month stem before a dash ("elo-"), and its month number. */
  monthStemSource: string;
  monthOfStem(stem: string): number | undefined;
  /** "Keski-Suomen liiton", "Seinäjoen kaupungin": a public body in any case; group 1 the genitive name, group 2 the type word. */
  publicBody: RegExp;
  /** "Kittilän ja Posion kunnat": group 1 the genitive names, listed; group 2 the plural type word. */
  publicBodyList: RegExp;
  /** A public body's case form that names whom money goes to ("kaupungille"), not who gives it. */
  recipientForm: RegExp;
  /** Every word in a recipient's case ("ministeriölle"), to blank out before funders are looked up: the money goes there. */
  recipientWord: RegExp;
  /** A genitive before a word of handing over ("ministeriön käsiteltäväksi", "STM:n päätettäväksi"): the body decides, the money is another's. */
  deciderWord: RegExp;
  /** Public bodies named in English or Swedish ("the city of Raahe", "Vasa stad"), in Finnish. */
  foreignBodies: ForeignBodies;
  /** Foundations that give money, named by the grammar of their names ("Evald och Hilda Nissis stiftelse"). */
  foundations: Foundations;
  /** A verb of receiving ("saivat", "fick", "received"): a public body named beside it is given money unless written as the source ("kaupungilta"). */
  receiveVerb: RegExp;
  /** A public body's case form that names where money comes from ("kaupungilta", "liitosta"). */
  sourceForm: RegExp;
  /** A lower-case word just after a public body in the genitive that is not a joining word ("ja", "och"): what the body owns. */
  ownedWord: RegExp;
  /** A funding noun just after a public body in the genitive ("kaupungin avustusta", "seurakuntayhtymän varoja"): the body gives. */
  fundingNounNext: RegExp;
  /** "(ent. RAY)", "tidigare": a predecessor's name, not a second funder. */
  formerName: RegExp;
  /** A label's value that says yes ("Onko Leader: kyllä"): the label names the fact. */
  yesValue: RegExp;
  /** A label's value that says no or none ("Onko Leader: ei", "Ei maaseuturahastoa"). */
  noValue: RegExp;
  /** "Leader-gruppen Aktion Österbotten": group 1 the name of the Leader group. */
  leaderGroup: RegExp;
  /** The basic form of a public body's type word ("liiton" -> "liitto"). */
  bodyType(word: string): string | undefined;
  /** A name ending in a legal form ("… ry", "… Oy", "… säätiö"). */
  legalName: RegExp;
  /** The legal forms themselves ("ry", "rf", "Oy"), as written after a name. */
  legalForms: string[];
  /** "Pelastakaa Lapset ry:n omalla rahoituksella": group 1 a named association's name, group 2 its legal form, before a funding word. */
  ownerFunding: RegExp;
  /** A general funder that a more specific one makes redundant ("Euroopan unioni" beside ESR+). */
  umbrellaFunders: Record<string, string[]>;
  /** A verb of confirming another's grant ("vahvistanut"), and who confirms for which agencies (STM for STEA). */
  confirmedGrants: { verb: RegExp; confirmers: Record<string, string[]> };
  /** Compound heads that name a target group ("sosiaalityöntekijät" -> ammattilaiset). */
  /** Each group's compound heads, and the words one of which a text must hold to match (phraseHints). */
  targetGroupHeads: { group: string; pattern: RegExp; hints: string[] }[];
  /** An age range with its age word: groups "over", "from", "to" ("15–29-vuotiaat", "aged 13–20", "yli 65-vuotiaat"). */
  ageRange: RegExp;
  ageBands: AgeBand[];
  /** A partner value that says there are none ("Hakija toteuttaa hankkeen yksin"). */
  noPartners: RegExp;
  /** A job title beside a person's name ("Projektipäällikkö", "Senior Lecturer", "Projektledare"). */
  contactTitle: RegExp;
  /** A heading of a contact block ("Yhteystiedot", "Kontaktinformation"), the whole line. */
  contactSection: RegExp;
  /** Who runs the project and with whom, as a sentence says it ("Huvudman är X", "i samarbete med Y"). */
  organisationProse: OrganisationProse;
  /** Genitives just before a staff word ("kuntien ja järjestöjen ammattilaiset"): whose staff, not a group. */
  staffOwners: RegExp;
  /** False for a text with no staff word, where staffOwners cannot match (phraseGate). */
  mayHoldStaff: (text: string) => boolean;
}

export function createCues(file: CuesFile): Cues {
  const years = new Map<string, number>();
  for (const words of Object.values(file.duration))
    for (const [word, count] of Object.entries(words)) years.set(word.toLowerCase(), count);
  const named = [...Object.entries(file.months), ...Object.entries(file.seasons)].flatMap(([month, words]) =>
    words.map((word) => ({ month: Number(month), pattern: new RegExp(`^${phraseSource(word)}$`, "iu") })),
  );
  const allNames = [...Object.values(file.months), ...Object.values(file.seasons)].flat();
  const monthCache = new Map<string, number | undefined>();
  const bodyForms = new Map<string, string>();
  for (const [base, forms] of [...Object.entries(file.publicBodies), ...Object.entries(file.publicBodiesPlural)])
    for (const form of forms) bodyForms.set(form.toLowerCase(), base);
  const pluralSource = Object.values(file.publicBodiesPlural).flat().map(phraseSource).join("|");
  const formSource = Object.values(file.publicBodies)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");
  const legalSource = file.legalForms.map(phraseSource).join("|");
  const monthSource = `(?:${[...allNames]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|")})`;
  const ageWords = file.ageWords.map(phraseSource).join("|");
  return {
    publicBody: new RegExp(`(\\p{Lu}[\\p{L}-]*n)\\s+(${formSource})`, "gu"),
    publicBodyList: new RegExp(
      `((?:\\p{Lu}[\\p{L}-]*n\\s*,\\s*)*\\p{Lu}[\\p{L}-]*n\\s+(?:ja|sekä)\\s+\\p{Lu}[\\p{L}-]*n)\\s+(${pluralSource})`,
      "gu",
    ),
    recipientForm: new RegExp(`(?:${file.recipientEndings.map(phraseSource).join("|")})$`, "iu"),
    deciderWord: new RegExp(
      `[\\p{L}:-]+n(?=\\s+\\p{Ll}+(?:${file.deciderEndings.map(escapeRegExp).join("|")})(?![\\p{L}]))`,
      "gu",
    ),
    recipientWord: new RegExp(`[\\p{L}-]+(?:${file.recipientEndings.map(phraseSource).join("|")})(?![\\p{L}:])`, "giu"),
    receiveVerb: phrasePattern(file.receiveVerbs),
    foreignBodies: createForeignBodies(file),
    foundations: createFoundations(file),
    ownedWord: new RegExp(`^\\s+(?!(?:${file.bodyJoiners.map(phraseSource).join("|")})(?![\\p{L}]))\\p{Ll}`, "u"),
    fundingNounNext: new RegExp(`^\\s+(?:${file.fundingNouns.map(phraseSource).join("|")})`, "iu"),
    sourceForm: new RegExp(`(?:${file.sourceEndings.map(escapeRegExp).join("|")})$`, "iu"),
    formerName: new RegExp(`\\(\\s*(?:${file.formerName.map(escapeRegExp).join("|")})\\s*[^)]*\\)`, "giu"),
    yesValue: new RegExp(`^\\s*(?:${file.yesValue.map(phraseSource).join("|")})\\s*\\.?$`, "iu"),
    noValue: new RegExp(`^\\s*(?:${file.noValue.map(phraseSource).join("|")})`, "iu"),
    leaderGroup: new RegExp(
      `(?:${file.leaderGroup.map(phraseSource).join("|")})\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})`,
      "gu",
    ),
    bodyType: (word) => bodyForms.get(word.toLowerCase()),
    legalForms: file.legalForms,
    ownerFunding: new RegExp(
      `(\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){0,4})\\s+(${legalSource})(?::n|n)\\s+(?:${file.fundingAfterOwner.map(phraseSource).join("|")})`,
      "gu",
    ),
    legalName: new RegExp(`^\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+[\\p{L}\\d&.-]+){0,6}?\\s+(?:${legalSource})$`, "u"),
    umbrellaFunders: file.umbrellaFunders,
    confirmedGrants: {
      verb: phrasePattern(file.confirmedGrants.verbs),
      confirmers: file.confirmedGrants.confirmers,
    },
    targetGroupHeads: Object.entries(file.targetGroupHeads).flatMap(([group, heads]) =>
      Array.isArray(heads) ? [{ group, pattern: phrasePattern(heads), hints: phraseHints(heads) }] : [],
    ),
    ageRange: new RegExp(
      `(?<![\\p{L}\\d])(?:(?<before>${ageWords})\\s+)?(?:(?<over>${file.ageOver.map(phraseSource).join("|")})\\s+)?` +
        `(?<from>\\d{1,3})(?:\\s*[–-]\\s*(?<to>\\d{1,3}))?(?!\\d)\\+?(?:\\s*(?<after>${ageWords}))?`,
      "giu",
    ),
    ageBands: file.ageBands.bands,
    noPartners: phrasePattern(file.noPartners),
    contactTitle: phrasePattern(file.contactTitles),
    contactSection: new RegExp(`^(?:${phrasePattern(file.contactSections).source})[:.]?$`, "iu"),
    organisationProse: createOrganisationProse(file.organisationProse),
    staffOwners: staffOwnersPattern(file),
    mayHoldStaff: phraseGate(staffPhrases(file)) ?? (() => true),
    fundingSentence: phrasePattern(file.fundingSentence),
    runningSentence: phrasePattern(file.runningSentence),
    practiceLabel: phrasePattern(file.practiceLabel),
    targetSentence: phrasePattern(file.targetSentence),
    purposeSentence: phrasePattern(file.purposeSentence),
    purposeOnlyPeople: file.purposeOnlyPeople,
    subsumedGroups: file.subsumedGroups,
    periodSentence: phrasePattern(file.periodSentence),
    periodStart: withPrepositions(file.periodStart, file.periodPrepositions.start, file, monthSource),
    periodEnd: withPrepositions(file.periodEnd, file.periodPrepositions.end, file, monthSource),
    periodCueAtEnd: new RegExp(
      `(?:${phrasePattern([...file.periodStart, ...file.periodEnd, ...file.periodPrepositions.start, ...file.periodPrepositions.end]).source})\\s*$`,
      "iu",
    ),
    periodVerb: phrasePattern(file.periodVerbs),
    implementVerb: phrasePattern(file.implementVerbs),
    extensionVerb: phrasePattern(file.extensionVerbs),
    rangeJoin: rangeJoinPattern(file),
    oneYear: file.oneYear.map(oneYearPattern),
    yearFor: file.yearFor.map(oneYearPattern),
    projectWord: phrasePattern(file.projectWords),
    statisticWord: phrasePattern(file.statisticWords),
    notPeriod: phrasePattern(file.notPeriod),
    programmePeriod: programmePeriodPattern(file.programmeWords),
    mayNameProgramme: phraseGate(file.programmeWords) ?? (() => true),
    programmeMention: phrasePattern(file.programmeMentions, "gu"),
    // A lower-case word: "vuonna 2020 Pirkanmaan hyvinvointialue" names a body, not an attribute.
    attributeAfterYear: new RegExp(
      `^\\s+\\p{Ll}\\p{L}*(?:${file.attributeEndings.map(escapeRegExp).join("|")})(?![\\p{L}])`,
      "u",
    ),
    grantAmount: phrasePattern(file.grantAmount),
    totalAmount: phrasePattern(file.totalAmount),
    duration: { pattern: phrasePattern([...years.keys()], "giu"), years },
    monthOf: (word) => {
      // The same few words recur on every page: each is tested against the names once.
      if (monthCache.has(word)) return monthCache.get(word);
      const month = named.find(({ pattern }) => pattern.test(word))?.month;
      if (monthCache.size < 10_000) monthCache.set(word, month);
      return month;
    },
    monthSource,
    weekdaySource: `(?:${file.weekdays.map(phraseSource).join("|")})`,
    monthStemSource: `(?:${Object.values(file.monthStems).map(escapeRegExp).join("|")})`,
    monthOfStem: (stem) => {
      const found = Object.entries(file.monthStems).find(([, word]) => word === stem.toLowerCase());
      return found ? Number(found[0]) : undefined;
    },
  };
}

/**
 * Cue words of a period's start or end, with the prepositions that count only right before a
 * date, a month or a season ("from 1.3.2021", "till slutet av 2025"), or at the end of the text
 * before one: "a grant from the Ministry
 * in June 2022" starts nothing.
 */
function withPrepositions(words: string[], prepositions: string[], file: CuesFile, monthSource: string): RegExp {
  const between = file.periodPrepositions.before.map(phraseSource).join("|");
  const prefixes = file.rangeEndPrefixes.map(phraseSource).join("|");
  // The end of the text too: the text before a date is tested cut off where the date begins.
  const date = `(?=\\s*$|\\s+(?:(?:${between})\\s+)?(?:(?:${prefixes})\\s+)?(?:\\d|${monthSource}|$))`;
  const preposition = `(?<![\\p{L}\\d])(?:${prepositions.map(phraseSource).join("|")})${date}`;
  return new RegExp(`${phrasePattern(words).source}|${preposition}`, "iu");
}

/** The whole text between a range's two dates: a join ("–", "fram till"), with the words a start may trail or an end may lead with. */
function rangeJoinPattern(file: CuesFile): RegExp {
  const optional = (phrases: string[]) => `(?:${phrasePattern(phrases).source})?`;
  const parts = [file.rangeStartSuffixes, file.rangeJoins, file.rangeEndPrefixes].map(optional);
  return new RegExp(`^\\s*${parts.join("\\s*")}\\s*$`, "iu");
}

/** The words of the staff group and the extra heads that staffOwners looks ahead to. */
function staffPhrases({ staffOwners, targetGroupHeads }: CuesFile): string[] {
  const heads = targetGroupHeads[staffOwners.staffGroup];
  return [...(Array.isArray(heads) ? heads : []), ...staffOwners.extraHeads];
}

function staffOwnersPattern(file: CuesFile): RegExp {
  const { staffOwners } = file;
  const staff = staffPhrases(file).map(phraseSource).join("|");
  const keep = staffOwners.keep.map(phraseSource).join("|");
  const genitive = `(?!${keep})[\\p{L}-]+(?:${staffOwners.endings.join("|")})`;
  const joiner = `(?:\\s*,|\\s+(?:${staffOwners.joiners.join("|")}))?\\s+`;
  return new RegExp(`(?<![\\p{L}\\d-])(?:${genitive}${joiner})*${genitive}\\s+(?=(?:${staff}))`, "giu");
}

/** "vuoden # aikana": the words before the year ("vuoden") to test at a text's end, those after it ("aikana") at its start. */
function oneYearPattern(phrase: string): { before: RegExp; after: RegExp } {
  const [before = "", after = ""] = phrase.split("#").map((part) => part.trim());
  const words = (part: string) => escapeRegExp(part).replace(/\s+/g, "\\s+");
  return {
    before: new RegExp(`(?<![\\p{L}\\d])${words(before)}\\s+$`, "iu"),
    after: new RegExp(after ? `^\\s+${words(after)}(?![\\p{L}])` : "^", "iu"),
  };
}

/** A year range beside a programme word: after it (in parentheses a few words on), or just before it. */
function programmePeriodPattern(programmeWords: string[]): RegExp {
  const word = `(?<![\\p{L}\\d])(?:${programmeWords.map(phraseSource).join("|")})`;
  const range = "(?:19|20)\\d\\d\\s*[-–—−]\\s*(?:19|20)?\\d\\d(?!\\d)";
  return new RegExp(
    [
      `${word}(?:\\s+[\\p{L}-]+){0,4}\\s*\\(\\s*${range}\\s*\\)`,
      `${word}\\s+${range}`,
      `\\(?\\s*${range}\\s*\\)?\\s*-?\\s*${word}`,
    ].join("|"),
    "giu",
  );
}
