// The project's name: a labelled name ("Hankkeen nimi: X", "Toimintamallin nimi", "Projektets
// namn", "Project name") wins over the page's heading, which may be a site banner; otherwise the
// heading the extractor chose, unless it is no title at all (a skip link, a section word such as
// "Hanke" or "Tavoite", a number, a date, a sentence, a minutes header): then the first line of the
// text that is one. A minutes page is named by its agenda item ("§ 269 X"). The words are data
// (config/titles.json). Pure.
// Usage: const rules = createTitleRules(json); titleOf(titleFacts, page.title, page.text, rules)

import { cleanText } from "../extract.js";
import { phrasePattern } from "./text.js";

export interface TitlesFile {
  skipLinks: string[];
  sectionWords: string[];
  typeHeads: string[];
  minutesWords: string[];
  reportWords: string[];
  furnitureHeads: string[];
  statusPrefixes: string[];
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
  /** Tells a label line ("Kesto", "Projektets målgrupper") from a title. */
  isLabel?: (line: string) => boolean;
}

/** How many lines of the text's top are looked at for a title. */
const TOP_LINES = 8;
/** Longer than this is a paragraph, not a title. */
const MAX_TITLE = 200;
/** A run-on line is cut only when it is at least this long. */
const RUN_ON = 80;

const whole = (phrases: string[]) => new RegExp(`^(?:${phrasePattern(phrases).source})$`, "iu");
const words = (line: string) => line.split(/\s+/).filter(Boolean);

export function createTitleRules(file: TitlesFile, isLabel?: (line: string) => boolean): TitleRules {
  const skip = whole([...file.skipLinks, ...file.sectionWords]);
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
    return typeHead.test(last) && rest.length <= 2 && /\d{3}/.test(line);
  };
  // "< Back to projects page", "Search for European Projects": the arrows and symbols before it do not count.
  const furniture = new RegExp(`^[^\\p{L}]*(?:${phrasePattern(file.furnitureHeads).source})(?!\\p{L})`, "iu");
  const statusPrefix = new RegExp(`^(?:${phrasePattern(file.statusPrefixes).source})\\s*:\\s*`, "iu");
  const tidy = (title: string) =>
    title
      .replace(statusPrefix, "")
      .replace(/^(?:date\s+)?(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s+(?=\p{L})/iu, "")
      .replace(/\s*\((?=[^)]*\d)[A-Z]{1,5}[\d][A-Z\d/.-]{1,12}\)$/u, "")
      .trim() || title;
  const isSentence = (line: string) => /[.!]$/.test(line) && !/\.\.\.$/.test(line) && words(line).length >= 6;
  const isTitle = (raw: string) => {
    const line = cleanText(raw);
    return (
      line.length >= 2 &&
      line.length <= MAX_TITLE &&
      /\p{L}{2}/u.test(line) &&
      !skip.test(line.replace(/[.:]$/, "")) &&
      !/^[^\p{L}]*$/u.test(line) &&
      // "Ylatunniste2", "Kansliapäällikkö23014.08.2023": a CMS field or a line glued to its number.
      !/^\S*\p{Ll}\d\S*$/u.test(line) &&
      !/[:：]$/.test(line) &&
      // A list item ("• Närståendevårdare.") is part of a list, not the page's name.
      !/^[•·*▪◦‣-]\s/u.test(line) &&
      !/(?:\.\.\.|…)$/.test(line) &&
      !typeWithCode(line) &&
      !isSentence(line) &&
      !isMinutesHeader(line) &&
      !furniture.test(line) &&
      !(isLabel?.(line) ?? false)
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
  return { isTitle, isMinutesHeader, cutRunOn, tidy, ...(isLabel ? { isLabel } : {}) };
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
  }
  return headingOk ? heading : undefined;
}

export function titleOf(titleFacts: string[], heading: string, text = "", rules?: TitleRules): string {
  const labelled = titleFacts.map((value) => cleanText(value.replace(/^[„”"“']+|[„”"“']+$/g, ""))).find(Boolean);
  if (labelled && labelled.length <= 250) return labelled;
  if (!rules) return heading;
  return rules.tidy(titleFromText(heading, text, rules) ?? heading);
}
