// The project's name: a labelled name ("Hankkeen nimi: X", "Toimintamallin nimi", "Projektets
// namn", "Project name") wins over the page's heading, which may be a site banner; otherwise the
// heading the extractor chose, unless it is no title at all (a skip link, a section word such as
// "Hanke" or "Tavoite", a number, a date, a sentence, a minutes header, a menu line, a logo's or
// photo's text, a labelled value, a date line, a section question): then the first line of the
// text's top, down to the body text, that is one. A minutes page is named by its agenda item
// ("§ 269 X"). Off news and listings, the name the body text gives (title-name.ts) then corrects a
// heading the text does not confirm. A news page keeps its headline (a grant's headline may
// stand under a photo caption). Body text is never a title: with nothing else, the title is "".
// The words are data (config/titles.json). Pure.
// Usage: const rules = createTitleRules(json, hooks);
//        titleOf(titleFacts, page.title, page.text, rules, { news, isHeadline })
import { findEmails, findPhones } from "../contacts.js";
import { cleanText } from "../extract.js";
import { escapeRegExp, latin1Copy, phraseGate, phrasePattern } from "./text.js";
import { createTitleEvidence, type TitleEvidence } from "./title-evidence.js";
import { createNameRules, type FoundName, type NameRules, type NamesFile } from "./title-name.js";
import { createTitleTrim, type TitleTrimFile } from "./title-trim.js";

export interface TitlesFile {
  skipLinks: string[];
  sectionWords: string[];
  typeHeads: string[];
  minutesWords: string[];
  reportWords: string[];
  furnitureHeads: string[];
  statusPrefixes: string[];
  /** Menu words that end a navigation line ("Uudenmaan liitto Ajankohtaista Yhteystiedot", "Valtioneuvosto framsida"). */
  navWords: string[];
  /** Menu words that end a navigation line in any case ("framsida", "etusivu"); the others count capitalised. */
  homeWords: string[];
  /** How a breadcrumb starts, before its separator ("Etusivu > Hankkeet > X"). */
  breadcrumbHeads: string[];
  /** Ends of words that name an image, not the page ("Leader Viisari -logo", "NyhetsbildZoom"). */
  imageWordEnds: string[];
  /** Legal forms that end an organisation's name ("Nuorten Ystävät ry"): such a heading is the publisher. */
  organisationForms: string[];
  /** Labels of a photo credit or caption ("Kuva:", "Foto:"). */
  creditLabels: string[];
  /** Name labels that a database glues to the name ("NimiHyvällä mielellä"): cut off. */
  gluedNameLabels: string[];
  /** Words that join a sentence on ("ja", "och", "and"): a line ending in one was wrapped mid-sentence. */
  joinerWords: string[];
  /** Extensions of a file's name standing as a line ("grow_final.jpg", an image's name a site builder shows). */
  fileExtensions: string[];
  /** Words that join section words into one heading ("Tavoitteet ja toimenpiteet", "Mål och aktiviteter"). */
  sectionJoiners: string[];
  /** Words that own a section heading ("Projektin organisaatio", "Projektets bakgrund"): still a section. */
  sectionOwners: string[];
  /** Words that, with a number, head a work package's section ("WP7", "Työpaketti 2", "Arbetspaket 3"). */
  workPackageHeads: string[];
  names: NamesFile;
  /** What a title sheds around the name: its period, a gloss, its owner, a support category (title-trim.ts). */
  trim: TitleTrimFile;
}

/** What the rest of the vocabulary tells the title rules: labels and publication date lines. */
export interface TitleHooks {
  /** A single word that is a fact's label ("Kesto", "Tavoite"). */
  isLabel?: (line: string) => boolean;
  /** Any fact's label ("Start date", "Projektets målgrupper"). */
  isFactLabel?: (label: string) => boolean;
  /** A publication date line ("28.12.22 | Nyheter"). */
  isDateLine?: (line: string) => boolean;
  /** A line that is only a person's name ("Tuuli Pitkänen"): a contact or an author, not the project. */
  isPersonName?: (line: string) => boolean;
}

export interface TitleRules {
  /** Whether a line can be a page's title. */
  isTitle(line: string): boolean;
  /** A meeting-minutes header ("Aluehallitus, kokous 7.11.2022", "Turun kaupunki§Päätöspöytäkirja1"). */
  isMinutesHeader(line: string): boolean;
  /** A PDF's first line that runs on past the title into a date or "Loppuraportti …": the title part. */
  cutRunOn(line: string): string;
  /** The name without a status prefix, a glued date stamp or a trailing code ("Avslutat projekt: X (KA8022)" gives X). */
  tidy(title: string): string;
  /** Sheds the period, gloss, owner or category around a name, and a list dash before it (title-trim.ts). */
  trim(title: string): string;
  /** The name in a decision's heading ("Osallistuminen X-hankkeeseen Y sekä …" gives Y); `named`: a project word followed it. */
  withoutAction(title: string, named?: boolean): string;
  /** Tells a label line ("Kesto", "Projektets målgrupper") from a title. */
  isLabel?: (line: string) => boolean;
  /** A heading that names an organisation ("Nuorten Ystävät ry"), the publisher rather than the project. */
  isOrganisation(line: string): boolean;
  /** Body text: a paragraph, several sentences or a wrapped sentence; never a title, even when nothing else is. */
  isProse(line: string): boolean;
  /** A skip link or a section word ("Gå till innehåll", "Hankkeen tiedot"). */
  isSkip(line: string): boolean;
  /** The project's name as the text writes it (title-name.ts). */
  names: NameRules;
  /** How far the text backs a name (title-evidence.ts). */
  evidence: TitleEvidence;
}

/** How many lines of the text's top are looked at for a title: it stands above the body text. */
const TOP_LINES = 16;
/** A line of this many words is body text: the title stands above it. */
const BODY_WORDS = 25;
/** The body paragraphs whose first sentence may name the project. */
const NAMING_PARAGRAPHS = 3;
/** A paragraph has at least this many words. */
const PARAGRAPH_WORDS = 8;
/** A sentence standing as a paragraph of its own has at least this many words. */
const SENTENCE_WORDS = 4;
/** A date of a stamp: "12.3.2024", "2024-03-12", a month "2017-01". */
const DATE = /(?<![\d.])(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?)(?![\d])/gu;
/** A question of at most this many words heads a section ("Mitä tavoitellaan?", "Kenelle?"). */
const SECTION_QUESTION_WORDS = 4;
/** Longer than this is a paragraph, not a title. */
const MAX_TITLE = 200;
/** A line of this many words that ends mid-sentence or holds two sentences is body text. */
const PROSE_WORDS = 8;
/** The lines that could be titles among which a grant's headline is looked for. */
const GRANT_LINES = 3;
/** A contact ("(at)", "(a)", "@"), a label ("Kontakt: "), a metadata row ("·", "|") or a date: no headline. */
const NOT_HEADLINE = /@|\((?:at|a)\)|:\s|[·|]|\d{1,2}\.\d{1,2}\.\d{2,4}/u;
/** A headline has at least this many words. */
const HEADLINE_WORDS = 4;
/** A metadata row has at least this many parts ("date · views · pages"). */
const META_PARTS = 3;
/** A project's page under a listing heading names its project at least this many times. */
const LISTED_MENTIONS = 2;
/** The top lines that could be titles among which one the text backs is looked for. */
const BACKED_LINES = 5;
/** A name the text backs is mentioned this many times beside its own line. */
const BACKED_MENTIONS = 1;
/** A name is at most this many words. */
const NAME_WORDS = 12;
/** A run-on line is cut only when it is at least this long. */
const RUN_ON = 80;

const whole = (phrases: string[]) => new RegExp(`^(?:${phrasePattern(phrases).source})$`, "iu");
const words = (line: string) => line.split(/\s+/).filter(Boolean);

export function createTitleRules(file: TitlesFile, hooks: TitleHooks = {}): TitleRules {
  const { isLabel, isFactLabel, isDateLine, isPersonName } = hooks;
  const skip = whole([...file.skipLinks, ...file.sectionWords]);
  // "Toteutus ja rahoitus", "Goals, activities and results", "Projektin organisaatio": section
  // words joined or owned by the project, a section's heading.
  const section = phrasePattern(file.sectionWords).source;
  const owner = phrasePattern(file.sectionOwners).source;
  const joiner = file.sectionJoiners.map((word) =>
    /\p{L}/u.test(word) ? `\\s${escapeRegExp(word)}\\s` : escapeRegExp(word),
  );
  const sections = new RegExp(`^(?:${owner}\\s+)?${section}(?:\\s*(?:${joiner.join("|")})\\s*${section})*$`, "iu");
  // Both patterns are built from the lists' sources, which lose their gates: a line that holds
  // none of the lists' hint words matches neither, and most lines hold none.
  const mayBeSection = phraseGate([...file.skipLinks, ...file.sectionWords]) ?? (() => true);
  const isSection = (line: string) => mayBeSection(line) && (skip.test(line) || sections.test(line));
  const trim = createTitleTrim(file.trim, file.typeHeads);
  const navEnd = new RegExp(`\\s(?:${phrasePattern(file.navWords, "u").source})$`, "iu");
  const breadcrumb = new RegExp(`^(?:${phrasePattern(file.breadcrumbHeads).source})\\s*[>»›/|·]`, "iu");
  const homeEnd = new RegExp(`(?:^|\\s)(?:${phrasePattern(file.homeWords).source})$`, "iu");
  const image = new RegExp(`(?:${file.imageWordEnds.join("|")})(?![\\p{L}])`, "iu");
  const organisation = new RegExp(`\\s(?:${phrasePattern(file.organisationForms).source})$`, "iu");
  const fileName = new RegExp(`^\\S+\\.(?:${file.fileExtensions.map(escapeRegExp).join("|")})$`, "iu");
  const credit = new RegExp(`${phrasePattern(file.creditLabels).source}\\s*:`, "iu");
  /** "Uudenmaan liitto Ajankohtaista Yhteystiedot": a capitalised menu word ends it, or a home word. */
  const isNavLine = (line: string) => {
    const nav = navEnd.exec(line);
    return homeEnd.test(line) || (nav !== null && /^\s\p{Lu}/u.test(nav[0]));
  };
  /** "Start date: 1 October 2014": a labelled value is a fact, not the page's name. */
  const isLabelled = (line: string) => {
    const head = /^([^:]{2,40}):\s+\S/u.exec(line)?.[1]?.trim();
    // "Category : Internationalisation": a section word as a label is the page's metadata too.
    return head !== undefined && ((isFactLabel?.(head) ?? false) || isSection(head));
  };
  // "WP7 Communication and interaction", "Työpaketti 2: Viestintä": a work package's heading is a section.
  const workPackage = new RegExp(`^(?:${file.workPackageHeads.map(escapeRegExp).join("|")})\\s*\\d`, "iu");
  /** "Päivitetty 12.3.2024", "Uutiset 1.2.2023 klo 12": a date and at most two words, a stamp. */
  const isDateStamp = (line: string) => {
    const rest = line.replace(DATE, " ");
    return rest !== line && words(rest).filter((word) => /\p{L}/u.test(word)).length <= 2;
  };
  /** "Ladattu 3.2.2022 · 1 214 katselua · 6 sivua": a document's metadata row, numbers parted by dots or bars. */
  const isMetaRow = (line: string) => line.split(/\s[·|]\s/u).length >= META_PARTS && /\d/u.test(line);
  const isSectionQuestion = (line: string) => line.endsWith("?") && words(line).length <= SECTION_QUESTION_WORDS;
  const typeHead = new RegExp(`(?:${file.typeHeads.join("|")})$`, "iu");
  const minutes = new RegExp(`(?<!\\p{L})(?:${file.minutesWords.join("|")})(?!\\p{L})`, "iu");
  const report = new RegExp(`(?<![\\p{L}])(?:${file.reportWords.join("|")})(?![\\p{L}])`, "iu");
  // A date that a new field follows ("… palveluilla 28.03.2013 Hanke toteutetaan …"), not a period inside a sentence.
  const fullDate = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?=\s+\p{Lu})/u;

  const isMinutesHeader = (line: string) => minutes.test(line) && /[\d§]/.test(line) && line.length <= 120;
  /** "Kehittämishanke - 259016", "Yleishyödyllinen investointi - 311207": a page type with a code ("Hanke 2" is a name). */
  const typeWithCode = (line: string) => {
    const rest = words(line.replace(/[\d\p{P}\p{S}]+/gu, " "));
    const last = rest[rest.length - 1] ?? "";
    // "Hanke 2 (2020–2022)": years are a period, not a code.
    const code = line.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "");
    return typeHead.test(last) && rest.length <= 2 && /\d{3}/.test(code);
  };
  // "< Back to projects page", "Search for European Projects": the arrows and symbols before it do not count.
  // "Kohesio: discover EU projects in your region": a site's name and its banner's words.
  const furniture = new RegExp(
    `^(?:[^\\p{L}]*|[^:]{2,30}:\\s*)(?:${phrasePattern(file.furnitureHeads).source})(?!\\p{L})`,
    "iu",
  );
  const statusPrefix = new RegExp(`^(?:${phrasePattern(file.statusPrefixes).source})\\s*:\\s*`, "iu");
  // Case-sensitive: a capital starts the label and the name glued to it ("NimiHyvällä", not "Nimikkeet").
  const capitalised = file.gluedNameLabels.map((label) => escapeRegExp(label.charAt(0).toUpperCase() + label.slice(1)));
  const gluedLabel = new RegExp(`^(?:${capitalised.join("|")})(?=\\p{Lu}\\p{Ll})`, "u");
  // "EU-projektet Healthy Boost", "Projekti Kotiin": a project word (or a compound of one) before a capitalised name.
  const typeWordBefore = new RegExp(
    `^(?:[\\p{L}\\d+]+-|\\p{L}*)(?:${file.names.typeWordsBefore.map(escapeRegExp).join("|")})\\s+`,
    "iu",
  );
  // "Innoelli Senior -ohjelman Seniorhaavi 2": the programme that the project belongs to, in the genitive, before its name.
  const umbrellaBefore = new RegExp(
    `^.*?(?:^|[\\s-])(?:${phrasePattern(file.names.umbrellaGenitives).source})\\s+`,
    "iu",
  );
  // The words before a name go only when a name follows: a capitalised word ("Friska Byar", not "KYLÄKAHVILA") or a quote.
  const nameFollows = (before: string, at: number, whole: string) =>
    /^(?:\p{Lu}[\p{Ll}\s\d]|["“”„«])/u.test(whole.slice(at + before.length)) ? "" : before;
  // A decision's heading: "Valtionavustuksen hakeminen X", "Osallistuminen ESR+-hankkeeseen X sekä omarahoitusosuuden
  // varaaminen": an action noun (and its object) before the name, another action joined after it.
  const action = `\\p{Ll}*(?:${file.names.actionNounEnds.join("|")})`;
  const actionBefore = new RegExp(
    `^(?:\\p{L}+n\\s+)?${action}\\s+((?:[\\p{L}\\d+]+-)?\\p{Ll}*(?:${file.names.suffixStems.join("|")})\\p{L}*\\s+)?`,
    "iu",
  );
  // The last joiner: "X ja Y sekä omarahoitusosuuden varaaminen" keeps "X ja Y".
  const actionAfter = new RegExp(
    `^(.+)\\s+(?:${file.names.clauseJoiners.join("|")})\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)*?(?:${file.names.actionNounEnds.join("|")})$`,
    "u",
  );
  const tidy = (title: string) =>
    title
      .replace(gluedLabel, "")
      .replace(statusPrefix, "")
      .replace(typeWordBefore, nameFollows)
      .replace(umbrellaBefore, nameFollows)
      .replace(/^(?:date\s+)?(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s+(?=\p{L})/iu, "")
      .replace(/\s*\((?=[^)]*\d)[A-Z]{1,5}[\d][A-Z\d/.-]{1,12}\)$/u, "")
      .trim() || title;
  /** The name in a decision's heading; `named`: a project word followed the name, so none need precede it. */
  const withoutAction = (title: string, named = false) => {
    const before = actionBefore.exec(title);
    const rest = before ? title.slice(before[0].length) : "";
    const nameFirst = /^(?:\p{Lu}[\p{Ll}\s\d]|["“”„«])/u.test(rest);
    return before && nameFirst && (named || before[1] !== undefined) ? rest.replace(actionAfter, "$1") : title;
  };
  const isSentence = (line: string) => /[.!]$/.test(line) && !/\.\.\.$/.test(line) && words(line).length >= 4;
  const joinerEnd = new RegExp(`\\s(?:${phrasePattern(file.joinerWords).source})$`, "u");
  /** "… on hyödyntäneet Leader-rahaa kylien ja", "Hanke alkoi kesäkuussa. Kesälomien takia …": body text. */
  const isProse = (raw: string) => {
    const line = latin1Copy(cleanText(raw));
    const count = words(line).length;
    return (
      count >= BODY_WORDS ||
      // "maaseudun kehittämiseen.": the tail of a sentence wrapped from the line above.
      (/^\p{Ll}/u.test(line) && /[.!?]$/.test(line)) ||
      (count >= PROSE_WORDS && (joinerEnd.test(line) || /\p{Ll}{3}[.!?]\s+\p{Lu}/u.test(line) || isSentence(line)))
    );
  };
  const isTitle = (raw: string) => {
    // One byte a character where it can be: the section and skip lists are long "iu" patterns.
    const line = latin1Copy(cleanText(raw));
    return (
      line.length >= 2 &&
      line.length <= MAX_TITLE &&
      /\p{L}{2}/u.test(line) &&
      !isSection(line.replace(/[.:]$/, "")) &&
      !/^[^\p{L}]*$/u.test(line) &&
      // "Ylatunniste2", "Kansliapäällikkö23014.08.2023": a CMS field or a line glued to its number.
      !/^\S*\p{Ll}\d\S*$/u.test(line) &&
      !/[:：]$/.test(line) &&
      // A list item ("• Närståendevårdare.") is part of a list, not the page's name.
      !/^[•·*▪◦‣-]\s/u.test(line) &&
      !/(?:\.\.\.|…)$/.test(line) &&
      !typeWithCode(line) &&
      !isSentence(line) &&
      !isProse(line) &&
      !isMinutesHeader(line) &&
      !furniture.test(line) &&
      !isNavLine(line) &&
      !breadcrumb.test(line) &&
      !isDateStamp(line) &&
      !isMetaRow(line) &&
      // "Laura Heinonen, neuvotteleva virkamies, STM, puh. 0295 163 482": a contact, not a name of a project.
      findPhones(line).length === 0 &&
      findEmails(line).length === 0 &&
      !image.test(line) &&
      !fileName.test(line) &&
      !credit.test(line) &&
      !isLabelled(line) &&
      !isSectionQuestion(line) &&
      !workPackage.test(line) &&
      !(isPersonName?.(line) ?? false) &&
      !(isLabel?.(line) ?? false) &&
      !(isDateLine?.(line) ?? false)
    );
  };
  const cutRunOn = (line: string) => {
    if (line.length < RUN_ON) return line;
    const at = [report.exec(line)?.index, fullDate.exec(line)?.index]
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b)[0];
    if (at === undefined) return line;
    const head = line.slice(0, at).replace(/[\s,;:–—-]+$/u, "");
    return words(head).length >= 3 ? head : line;
  };
  return {
    isTitle,
    isMinutesHeader,
    cutRunOn,
    tidy: (title) => trim(withoutAction(tidy(title))),
    trim,
    withoutAction,
    isOrganisation: (line) => organisation.test(cleanText(line)),
    isProse,
    isSkip: (line) => isSection(latin1Copy(cleanText(line)).replace(/[.:]$/, "")),
    names: createNameRules(file.names),
    evidence: createTitleEvidence(file.names.suffixStems),
    ...(isLabel ? { isLabel } : {}),
  };
}

/** The agenda item of a minutes page: "§ 269 X" gives X, else the line after a diary number ("592/2022"). */
export function agendaItem(lines: string[]): string | undefined {
  for (const [index, line] of lines.entries()) {
    const item = /^§\s*\d+\s*[.:]?\s+(\p{L}.*)$/u.exec(line)?.[1];
    if (item) return item;
    const next = lines[index + 1];
    if (/^\d{1,6}\s*[/-]\s*\d{4}(?:\s|$)/.test(line) && next && /^\p{Lu}/u.test(next)) return next;
  }
  return undefined;
}

/** "Vi ses i byn" over the line "Vi ses i byn – Vi minskar de äldres ensamhet": the separator was part of the name. */
function fullerLine(heading: string, line: string): boolean {
  return (
    line.length > heading.length && line.startsWith(heading) && /^\s+[–—|-]\s+\S/u.test(line.slice(heading.length))
  );
}

/** "HANKERAHOITUSTA … KAHDELLETOISTA" over "HANKKEELLE": a capitalised title wrapped onto a short second line. */
function withCapsContinuation(title: string, next: string | undefined): string {
  const caps = (line: string) => /\p{Lu}{3}/u.test(line) && !/\p{Ll}/u.test(line);
  return next && caps(title) && caps(next) && next.length <= 60 && title.length + next.length <= MAX_TITLE
    ? `${title} ${next}`
    : title;
}

/** The title among the top lines of the text when the heading is none. */
function titleFromText(fullHeading: string, text: string, rules: TitleRules): string | undefined {
  const first = firstTitleLine(fullHeading, text, rules);
  return first === undefined ? undefined : confirmed(backedTitle(first, text, rules), text, rules);
}

/**
 * Agreement between the top lines and the body: the first title line stands unless the text never
 * mentions it again and a later top line is the name the text gives its project ("X -hankkeessa",
 * "projektet X"): a banner, a site's name or a photo's caption stood above the project's name.
 */
function backedTitle(first: string, text: string, rules: TitleRules): string {
  const lines = text.split("\n").map(cleanText);
  const named = rules.names.allNamed(text).map((name) => name.toLowerCase());
  const projectName = (line: string) => {
    const bare = rules.evidence.bare(line).toLowerCase();
    return named.filter((name) => name === bare).length;
  };
  const mentioned = (line: string) =>
    rules.evidence.mentions(rules.evidence.bare(line), lines.filter((other) => other !== line).join("\n"));
  if (mentioned(first) > 0 || projectName(first) > 0) return first;
  const candidates = firstTitles(lines.filter(Boolean).slice(0, TOP_LINES), rules, BACKED_LINES).filter(
    (line) => line !== first && words(line).length <= NAME_WORDS,
  );
  return candidates.find((line) => projectName(line) >= BACKED_MENTIONS) ?? first;
}

/** The first line of the text's top that is a title, or the heading when it is one. */
function firstTitleLine(fullHeading: string, text: string, rules: TitleRules): string | undefined {
  const heading = rules.cutRunOn(fullHeading);
  const top = text
    .split("\n", TOP_LINES * 2)
    .map(cleanText)
    .filter(Boolean)
    .slice(0, TOP_LINES * 2);
  if ([heading, ...top.slice(0, 3)].some((line) => rules.isMinutesHeader(line))) {
    const item = agendaItem(top);
    if (item) return rules.cutRunOn(item);
  }
  const headingOk = rules.isTitle(heading);
  for (const [index, line] of top.slice(0, TOP_LINES).entries()) {
    if (headingOk && !fullerLine(heading, line)) continue;
    const title = rules.cutRunOn(line);
    if (rules.isTitle(title)) return withCapsContinuation(title, top[index + 1]);
    if (words(line).length >= BODY_WORDS) break;
  }
  return headingOk ? heading : undefined;
}

/** The first `count` lines that could be titles (isTitle is long: the lines after are not asked). */
function firstTitles(lines: string[], rules: TitleRules, count: number): string[] {
  const found: string[] = [];
  for (const line of lines) if (found.length < count && rules.isTitle(line)) found.push(line);
  return found;
}

/** A line above the body text that reports a grant ("STEA:lta 350 000 euron avustus …") under a photo's caption. */
function grantHeadline(heading: string, text: string, rules: TitleRules, isGrant: (line: string) => boolean) {
  const lines = [heading, ...text.split("\n", TOP_LINES).map(cleanText).filter(Boolean)];
  // A headline stands above the body text: a line after the first paragraph is the body's own sentence.
  const body = lines.findIndex((line, index) => index > 0 && rules.isProse(line));
  // Among the first few lines that could be titles; a headline is a clause, not "Budjetti 310 000 €" or a contact.
  const candidates = firstTitles(body < 0 ? lines : lines.slice(0, body), rules, GRANT_LINES);
  return candidates.find((line) => words(line).length >= HEADLINE_WORDS && !NOT_HEADLINE.test(line) && isGrant(line));
}

/** The first body paragraphs, where a page names its project (read line by line: a page can be long). */
function namingParagraphs(text: string, count = NAMING_PARAGRAPHS): string[] {
  const found: string[] = [];
  for (let start = 0; start < text.length && found.length < count;) {
    const end = text.indexOf("\n", start);
    const line = cleanText(text.slice(start, end < 0 ? text.length : end));
    // A paragraph, or a short sentence of its own ("X -hankkeen päätösseminaari pidettiin 22.1.2015.").
    const count = words(line).length;
    const paragraph = count >= PARAGRAPH_WORDS || (count >= SENTENCE_WORDS && /[\p{L}\d)][.!]$/u.test(line));
    if (paragraph && !/^[•·*▪◦‣-]\s/u.test(line)) found.push(line);
    start = end < 0 ? text.length : end + 1;
  }
  return found;
}

/** The name that the first sentence of one of the paragraphs opens with or quotes. */
function nameInText(paragraphs: string[], names: NameRules): FoundName | undefined {
  for (const paragraph of paragraphs) {
    const found = names.inSentence(paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? paragraph);
    if (found) return found;
  }
  return undefined;
}

/**
 * A project page's name: the heading when the text agrees with it or names nothing; the name the
 * body text opens with when the heading is none, a publisher or something else (a slogan, a
 * programme priority); a fuller form of the heading ("… II"); the name part of a heading that runs
 * on ("X -hankkeen asettaminen").
 */
function namedTitle(title: string | undefined, text: string, rules: TitleRules): string | undefined {
  const cut = title === undefined ? undefined : rules.names.inHeading(title);
  if (cut) {
    const name = rules.withoutAction(cut, true);
    return rules.evidence.fuller(name, text) ?? name;
  }
  const paragraphs = namingParagraphs(text);
  const named = nameInText(paragraphs, rules.names);
  if (!named) return title;
  if (title === undefined) return named.name;
  // "TUULI-hankkeessa": a glued name may be the end of a longer phrase; it only stands in for a missing title.
  if (named.form === "glued") return title;
  const [lowerTitle, lowerName] = [title.toLowerCase(), named.name.toLowerCase()];
  if (lowerName.startsWith(lowerTitle) && lowerName.length > lowerTitle.length) return named.name;
  // The heading is the name when it holds the text's name or the text repeats it, in any case form
  // ("X -hanke" in "X -hankkeelle"; a publisher's name it may repeat).
  const confirmed =
    lowerTitle.includes(lowerName) ||
    (!rules.isOrganisation(title) && rules.evidence.mentions(rules.evidence.bare(title), paragraphs.join("\n")) > 0);
  return confirmed ? title : named.name;
}

/**
 * The one project that a page under a listing heading is about: its paragraphs, all of them,
 * name no other, the text repeats it, and no item's heading stands between the listing heading
 * and the body (a listing heads each project with its name: "Päättyneet hankkeet" over "X -hanke"),
 * and at least half of the paragraphs mention it.
 */
function onlyProject(heading: string, text: string, rules: TitleRules): string | undefined {
  const lines = text
    .split("\n")
    .map(cleanText)
    .filter((line) => line !== "" && line !== heading);
  const body = lines.findIndex((line) => words(line).length >= PARAGRAPH_WORDS);
  if (body < 0 || lines.slice(0, body).some((line) => rules.isTitle(line))) return undefined;
  const paragraphs = namingParagraphs(text, Number.POSITIVE_INFINITY);
  const names = paragraphs
    .map((paragraph) => rules.names.inSentence(paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? paragraph))
    .filter((found): found is FoundName => found !== undefined && found.form !== "glued");
  const [first] = names;
  const key = first?.name.toLowerCase() ?? "";
  // Any other name joined to a project word ("… lukuun ottamatta Sairaan Hyvät -projektia") makes it a listing.
  const others = rules.names.allNamed(text).filter((name) => !key.includes(name.toLowerCase()));
  if (!first || others.length > 0 || names.some((found) => found.name.toLowerCase() !== key)) return undefined;
  // The page is about it: the text repeats it, and at least half its paragraphs speak of it (a listing's do not).
  const about = paragraphs.filter((paragraph) => rules.evidence.mentions(first.name, paragraph) > 0).length;
  return rules.evidence.mentions(first.name, text) >= LISTED_MENTIONS && about * 2 >= paragraphs.length
    ? first.name
    : undefined;
}

/** The part of a title that the rest of the text confirms ("hibiscus X-hanke" gives "X-hanke" when only X recurs). */
function confirmed(title: string, text: string, rules: TitleRules): string {
  const body = text
    .split("\n")
    .filter((line) => cleanText(line) !== title)
    .join("\n");
  return rules.evidence.confirmedPart(title, body);
}

export interface TitleContext {
  /** A news page's headline is its title, whatever project the text names. */
  news?: boolean;
  /** A heading that is the page's own whatever the text names: a listing's ("Päättyneet hankkeet"), a grant's news. */
  isHeadline?: (title: string) => boolean;
  /** A heading that names many projects ("Päättyneet hankkeet"): one project's page may stand under it. */
  isListing?: (title: string) => boolean;
  /** A headline that reports a grant: news, whichever line above the body text states it. */
  isGrantHeadline?: (line: string) => boolean;
}

export function titleOf(
  titleFacts: string[],
  heading: string,
  text = "",
  rules?: TitleRules,
  context: TitleContext = {},
): string {
  const labelled = titleFacts.map((value) => cleanText(value.replace(/^[„”"“']+|[„”"“']+$/g, ""))).find(Boolean);
  const grant = rules && context.isGrantHeadline && grantHeadline(heading, text, rules, context.isGrantHeadline);
  const fromText = rules && (grant ?? titleFromText(heading, text, rules));
  // A news page is named by its headline, not by a "Title:" of one of the works it reports.
  const newsHeadline = (context.news === true || grant !== undefined) && fromText !== undefined;
  if (labelled && labelled.length <= 250 && !newsHeadline) return rules ? rules.trim(labelled) : labelled;
  if (!rules) return heading;
  const headline = newsHeadline || (fromText !== undefined && (context.isHeadline?.(fromText) ?? false));
  const listed = !newsHeadline && fromText !== undefined && (context.isListing?.(fromText) ?? false);
  const chosen =
    (listed ? onlyProject(fromText, text, rules) : undefined) ??
    (headline ? fromText : namedTitle(fromText, text, rules));
  // A heading that is no title (a date line, a menu line) is not one for want of another: no title then.
  const found = chosen ?? rules.names.mentioned(text) ?? "";
  // No title is better than a paragraph: a page with no headline has none.
  if (rules.isProse(found) || rules.isSkip(found)) return "";
  const tidied = rules.tidy(found);
  // "Valtionavustuksen hakeminen X -hankkeelle" gives X, which the text may write in full before a project word.
  if (headline) return tidied;
  // "HEA" where the text introduces it as "HEA, hyvinvointia ja energiatehokkuutta asumiseen": the name in full.
  const spelled = rules.evidence.spelledOut(tidied, text);
  return spelled ?? (tidied === found ? tidied : (rules.evidence.fuller(tidied, text) ?? tidied));
}
