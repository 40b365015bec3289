// Tells news and listing pages from project pages by what any site shows near the headline: a
// publication date line ("Julkaistu 1.2.2023", "28.12.22 | Nyheter", "11.2.2026 09:09 | Org |
// Tiedote"), a page-type word ("Nyhet", "Pressmeddelande 219/2016"), a news section in the URL,
// an article's furniture ("Dela artikeln", "Mera nyheter"), a quote attributed as a reporter does
// ("…, säger Jonas Nylén"), a headline that reports a grant,
// or a heading that names many projects ("Päättyneet hankkeet"). Also reads the publication date
// from that line. The words are data (config/page-kinds.json). Pure.
// Usage: const rules = createPageKindRules(json); rules.signals(text, url) -> { news, publishedDate };
//        rules.isListingTitle(title)

import { cleanText } from "../extract.js";
import { isoDate } from "./period.js";
import { escapeRegExp, phrasePattern } from "./text.js";

export interface PageKindsFile {
  topLines: number;
  bodyWords: number;
  newsWords: string[];
  dateLabels: string[];
  /** An article's author line near the top ("Kirjoittaja: N.N.", "Written by N.N."): a post, news. */
  bylineLabels: string[];
  /** Words that add a later edit to a date line ("Publicerad 12-01-2012, uppdaterad 18-02-2013"). */
  updateLabels: string[];
  newsPathSegments: string[];
  listingHeads: string[];
  /** Money words after a number: a headline that states a sum reports a grant ("… får 130 000 euro"). */
  amountWords: string[];
  /** A verb and a money word in a headline report a grant ("… hakee rahoitusta", "… received the grant"). */
  grantVerbs: string[];
  moneyNouns: string[];
  /** Lines of an article's furniture anywhere on the page ("Dela artikeln", "Mera nyheter"). */
  articleLines: string[];
  /** Verbs that attribute a quote after a comma or a closing quote ("…, säger Jonas", "” kertoo"). */
  reportingVerbs: string[];
}

export interface NewsSignals {
  /** A page-type word near the top or a news section in the URL. */
  newsWord: boolean;
  /** A publication date line near the top (labelled, or a date alone on its line). */
  dateLine: boolean;
  /** The date of that line, or of a labelled date line at the page's end (YYYY-MM-DD). */
  publishedDate?: string;
  /** A quote attributed as a reporter does ("…, säger Jonas Nylén", "” kertoo projektipäällikkö"). */
  reportedSpeech: boolean;
}

export interface PageKindRules {
  signals(text: string, url: string): NewsSignals;
  isListingTitle(title: string): boolean;
  /** A headline that reports a grant: a sum ("90 000 för projekt om äldre"), or a grant verb and a money word. */
  isGrantHeadline(title: string): boolean;
  /** The date of a publication date line ("Publicerad 12-01-2012", "28.12.22 | Nyheter"); undefined for other lines. */
  dateOfLine(line: string): string | undefined;
}

/** A date line is short: a label, a date, a time, a few '|' parts. */
const MAX_DATE_LINE = 100;
/** A '|' part of a date line other than a type word: a publisher or a section, a few words. */
const MAX_PART_WORDS = 5;
/** A headline is one line of a few words: a longer "title" is a document's run-on first line. */
const MAX_HEADLINE = 200;
/** Lines at the page's end that may hold a labelled date. */
const END_LINES = 5;

const DAY_FIRST = /(?<![\d.])(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})(?![\d])/u;
const ISO_DATE = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/u;
/** "09:09:06 EET", "11.11", "klo 12.00", "kl. 9:30". */
const TIME = /(?:\b(?:klo|kl)\.?\s*)?(?<![\d.])\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*(?:EET|EEST|UTC|CET|CEST))?/giu;

/** A date line's date, day first ("28.12.22", "12-01-2012") or ISO: the short year is this century's. */
function isoOf(match: RegExpExecArray, dayFirst: boolean): string | undefined {
  const [, a = "", b = "", c = ""] = match;
  const [year, month, day] = dayFirst ? [c.length === 2 ? `20${c}` : c, b, a] : [a, b, c];
  return isoDate(Number(year), Number(month), Number(day));
}

export function createPageKindRules(file: PageKindsFile): PageKindRules {
  const newsWord = new RegExp(`^(?:${phrasePattern(file.newsWords).source})$`, "iu");
  // "Pressmeddelande 219/2016": the type word heading its number.
  const newsWithNumber = new RegExp(`^(?:${phrasePattern(file.newsWords).source})\\s+[\\d/:-]+$`, "iu");
  const label = new RegExp(`^(?:${phrasePattern(file.dateLabels).source})\\s*:?\\s*`, "iu");
  const update = new RegExp(`[,;|]?\\s*(?:${phrasePattern(file.updateLabels).source}).*$`, "iu");
  // "130 000 euro", "11,6 miljoner", "246 500€", "90 000 för": a sum, written out or grouped in thousands.
  const amount = new RegExp(
    `(?<![\\d.,])(?:\\d+(?:[,.]\\d+)?\\s*(?:${phrasePattern(file.amountWords).source}|€)|\\d{1,3}(?:[\\s\\u00a0]\\d{3})+(?![\\d]))`,
    "iu",
  );
  const listingHead = new RegExp(`(?:${file.listingHeads.map(escapeRegExp).join("|")})$`, "iu");
  const newsPath = new Set(file.newsPathSegments.map((segment) => segment.toLowerCase()));
  // "date 2017-01 Uutinen", "03/2019 Nyhet": a type word after a date stamp of any precision.
  const stamp = /^(?:date|pvm|datum)?\s*(?:\d{1,2}[./-])?(?:\d{1,2}[./-])?(?:19|20)\d\d(?:-\d\d){0,2}\s+/iu;
  // A stamp of a month or a day (a year alone may open a project's name: "2020 Kotipiha").
  const leadStamp =
    /^(?:date|pvm|datum)?\s*(?:\d{1,2}[./-](?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?)\s+\S/iu;
  const isNewsLine = (line: string) =>
    newsWord.test(line) || newsWithNumber.test(line) || (stamp.test(line) && newsWord.test(line.replace(stamp, "")));
  const bylineLabel = new RegExp(`^(?:${phrasePattern(file.bylineLabels).source})(?:\\s*:\\s*|\\s+)`, "iu");
  // A name follows the label: a capital, compared case-sensitively ("Kirjoittajat ja kuvittajat" is none).
  const isByline = (line: string) => {
    const label = bylineLabel.exec(line)?.[0];
    return label !== undefined && /^\p{Lu}/u.test(line.slice(label.length));
  };
  const articleLine = new RegExp(`^(?:${phrasePattern(file.articleLines).source})$`, "iu");
  const speech = new RegExp(`[,”"»]\\s*(?:${phrasePattern(file.reportingVerbs).source})(?![\\p{L}])`, "iu");

  /** The date and whether a label led it, when the line is a date line. */
  const parse = (raw: string): { date: string; labelled: boolean } | undefined => {
    const line = cleanText(raw);
    if (line.length > MAX_DATE_LINE) return undefined;
    const labelled = label.test(line);
    const [head = "", ...parts] = line
      .replace(label, "")
      .replace(update, "")
      // "15.12.2020 / Research / Blog": a spaced slash parts a date line as '|' does.
      .split(/\||\s\/\s/u)
      .map((part) => part.trim());
    const iso = ISO_DATE.exec(head);
    const dayFirst = iso ? undefined : DAY_FIRST.exec(head);
    const match = iso ?? dayFirst;
    if (!match) return undefined;
    const date = isoOf(match, !iso);
    // Nothing else but a time: "- 30.6.2026" ends a period, it is no date stamp.
    const rest = head
      .replace(match[0], "")
      .replace(TIME, "")
      .replace(/[\s,]+/gu, "");
    const partsOk = parts.every((part) => isNewsLine(part) || part.split(/\s+/).length <= MAX_PART_WORDS);
    return date && rest === "" && partsOk ? { date, labelled } : undefined;
  };

  const dateOfLine = (line: string) => parse(line)?.date;

  const signals = (text: string, url: string): NewsSignals => {
    const lines = text.split("\n").map(cleanText).filter(Boolean);
    // Near the headline: above the first paragraph of body text, within the first few lines.
    const body = lines.findIndex((line) => line.split(/\s+/).length >= file.bodyWords);
    const top = lines.slice(0, Math.min(file.topLines, body < 0 ? lines.length : body));
    const segments = safePath(url).toLowerCase().split("/");
    const hasNewsWord =
      segments.some((segment) => newsPath.has(segment)) ||
      lines.some((line) => articleLine.test(line)) ||
      lines.slice(0, file.topLines).some(isByline) ||
      top.some((line) => isNewsLine(line) || line.split("|").some((part) => isNewsLine(part.trim())));
    const dated = top.map(parse).find((found) => found !== undefined);
    // "Julkaistu" alone on its line: the date stands apart (a time element, an icon).
    const bareLabel = top.some((line) => label.test(line) && line.replace(label, "").trim() === "");
    const endDated = lines
      .slice(-END_LINES)
      .map(parse)
      .find((found) => found?.labelled);
    const publishedDate = (dated ?? endDated)?.date;
    return {
      newsWord: hasNewsWord,
      // "date 2018-09 Etelävolaiset yhdistykset …": a post whose first line opens with its date stamp.
      dateLine: dated !== undefined || bareLabel || leadStamp.test(lines[0] ?? ""),
      reportedSpeech: speech.test(text),
      ...(publishedDate ? { publishedDate } : {}),
    };
  };

  const isListingTitle = (title: string) => listingHead.test(cleanText(title).replace(/[\s.:!]+$/u, ""));
  const grantVerb = phrasePattern(file.grantVerbs);
  const moneyNoun = phrasePattern(file.moneyNouns);
  const isGrantHeadline = (raw: string) => {
    const title = cleanText(raw);
    // "STEAn avustusehdotukset vuodelle 2019": a money noun and a number (a year, a count; not a minutes item's §).
    const money = moneyNoun.test(title);
    return (
      title.length <= MAX_HEADLINE &&
      (amount.test(title) || (money && (grantVerb.test(title) || /\d/u.test(title.replace(/§\s*\d+/gu, "")))))
    );
  };
  return { signals, isListingTitle, isGrantHeadline, dateOfLine };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "";
  }
}
