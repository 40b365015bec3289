// The project's period from what pages write: "1.3.2023–31.12.2025", "Alkaa 1.9.2015 ja päättyy
// 31.12.2017", "2019–2022", "2020-21", "1/2021–12/2023", "syksy 2020 – kevät 2022", "tammikuu
// 2021 – joulukuu 2023", "from September 2021 to August 2024", "2023 vuoden loppuun",
// "kaksivuotinen hanke, joka alkoi syksyllä 2020"; and the status that follows from it.
// Month and season names, period verbs and durations come from config/cues.json. Pure.
// Usage: parsePeriod("1.3.2023–31.12.2025", cues); prosePeriod(sentences, cues); statusOf(period, now)

import type { ProjectStatus } from "../../core/project.js";
import type { Cues } from "./cues.js";
import { allMatches } from "./text.js";

export interface Period {
  startDate?: string;
  endDate?: string;
  startYear?: number;
  endYear?: number;
}

interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  at: number;
  end: number;
}

const grammars = new WeakMap<Cues, RegExp>();

/** The date grammar, compiled once per cue set. */
function dateGrammar(cues: Cues): RegExp {
  let grammar = grammars.get(cues);
  if (!grammar) {
    const year = "((?:19|20)\\d{2})";
    const month = `(${cues.monthSource})\\.?`;
    const ordinal = "(?:st|nd|rd|th)?";
    // "Monday 01. December 2008", "tisdag 1.3.2022": a day name before a date is part of it.
    const weekday = `(?:(?<![\\p{L}])${cues.weekdaySource}\\.?,?\\s+)?`;
    grammar = new RegExp(
      weekday +
        "(?:" +
        [
          `(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, // ISO 2023-03-01
          `(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${year}(?!\\d)`, // 1.3.2023
          `(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(?!\\s?\\d)`, // 1.3. (the year follows later)
          `(?<![\\d./])(\\d{1,2})\\s?/\\s?${year}(?!\\d)`, // 3/2023
          `(?<![\\d.])(\\d{1,2})${ordinal}\\.?\\s+(?:of\\s+)?${month}\\s+${year}(?!\\d)`, // 1 May 2015, 1st of March 2020
          `(?<![\\p{L}])${month}\\s+(?:of\\s+|vuonna\\s+|vuoden\\s+)?${year}(?!\\d)`, // syksyllä 2020
          `(?<![\\d.])${year}\\s*[-–—−]\\s*(\\d{2})(?!\\d|\\.\\d)`, // 2020-21
          `(?<![\\d.,])${year}(?!\\d|[,.]\\d)`, // 2023 (and "2023," in a sentence, not "2023,5")
          `(?<![\\p{L}])${month}\\s+(\\d{1,2})${ordinal},?\\s+${year}(?!\\d)`, // April 1, 2023; March 1st, 2020
          `(?<![\\d./-])(\\d{1,2})[-/](\\d{1,2})[-/]${year}(?!\\d)`, // 01-03-2023, 01/03/2023
          `(?<![\\p{L}])(${cues.monthStemSource})\\s?[-–]\\s?${month}\\s+${year}(?!\\d)`, // elo–joulukuussa 2021 (one point)
        ].join("|") +
        ")",
      "giu",
    );
    grammars.set(cues, grammar);
  }
  return grammar;
}

/** "01/03/2023" day first, as Europe writes it; "12/31/2023" month first when the day cannot be a month. */
function slashedDate(first: number, second: number, year: number, at: number, end: number): DatePoint {
  return second > 12 && first <= 12
    ? { day: second, month: first, year, at, end }
    : { day: first, month: second, year, at, end };
}

/** Every date, month, season or year in a text, in order, with partial dates given the year after them. */
export function datePoints(text: string, cues: Cues): DatePoint[] {
  const points: DatePoint[] = [];
  // Every form has a four-digit year: most sentences have none, and the grammar is long.
  if (!/(?:19|20)\d\d/.test(text)) return points;
  for (const m of allMatches(text, dateGrammar(cues))) {
    const at = m.index;
    const end = at + m[0].length;
    const n = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
    if (m[1]) points.push({ year: n(1), month: n(2), day: n(3), at, end });
    else if (m[4]) points.push({ day: n(4), month: n(5), year: n(6), at, end });
    else if (m[7]) points.push({ day: n(7), month: n(8), at, end });
    else if (m[9]) points.push({ month: n(9), year: n(10), at, end });
    else if (m[11] && m[12]) points.push({ day: n(11), month: cues.monthOf(m[12]), year: n(13), at, end });
    else if (m[14]) points.push({ month: cues.monthOf(m[14]), year: n(15), at, end });
    else if (m[16] && m[17]) {
      const first = Number(m[16]);
      const second = Math.floor(first / 100) * 100 + Number(m[17]);
      points.push({ year: first, at, end }, { year: second, at: end, end });
    } else if (m[18]) points.push({ year: n(18), at, end });
    else if (m[19]) points.push({ month: cues.monthOf(m[19]), day: n(20), year: n(21), at, end });
    else if (m[22]) points.push(slashedDate(Number(m[22]), Number(m[23]), Number(m[24]), at, end));
    // "tammi–helmikuussa 2021": one time of one year, dated to its first month.
    else if (m[25]) points.push({ month: cues.monthOfStem(m[25]), year: n(27), at, end });
  }
  // "2.5.–15.6.2024": the first date takes the year of the next.
  for (const [index, point] of points.entries())
    if (point.year === undefined) point.year = points.slice(index + 1).find((next) => next.year)?.year;
  return points.filter(
    (point) => point.year !== undefined && (point.month === undefined || (point.month >= 1 && point.month <= 12)),
  );
}

/** A day as YYYY-MM-DD, or undefined when the month or the day cannot be one. Shared with page-kind's date lines. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  // "31.04.2017" is no day: the calendar decides, leap years included.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const iso = (point: DatePoint) =>
  point.day && point.month && point.year ? isoDate(point.year, point.month, point.day) : undefined;

function fromPoints(start: DatePoint | undefined, end: DatePoint | undefined): Period {
  const period: Period = {};
  if (start?.year) {
    period.startYear = start.year;
    const date = iso(start);
    if (date) period.startDate = date;
  }
  if (end?.year && (!start?.year || end.year >= start.year)) {
    period.endYear = end.year;
    const date = iso(end);
    if (date) period.endDate = date;
  }
  return period;
}

/** The length in years a text states ("kaksivuotinen", "treårig", "three-year"), if any. */
function durationYears(text: string, cues: Cues): number | undefined {
  for (const match of allMatches(text, cues.duration.pattern)) {
    const years = cues.duration.years.get(match[0].toLowerCase());
    if (years) return years;
  }
  return undefined;
}

/** A start and a length: a two-year project begun in autumn 2020 ends in 2022. */
function withDuration(start: DatePoint, years: number): Period {
  const late = (start.month ?? 1) > 1 || (start.day ?? 1) > 1;
  return { ...fromPoints(start, undefined), endYear: (start.year ?? 0) + years - (late ? 0 : 1) };
}

/** An end and a length: a two-year project that ends in 2025 began in 2024 (in 2022 for a three-year one ending in August 2025). */
function withDurationEnding(end: DatePoint, years: number): Period {
  const yearEnd = end.month === undefined || end.month === 12;
  return { ...fromPoints(undefined, end), startYear: (end.year ?? 0) - years + (yearEnd ? 1 : 0) };
}

/** A period stated as a fact's value (or in one sentence). */
export function parsePeriod(text: string, cues: Cues): Period {
  const points = datePoints(text, cues);
  const first = points[0];
  if (!first) return shortYearRange(text);
  const years = durationYears(text, cues);
  if (points.length === 1 && years) return withDuration(first, years);
  if (points.length >= 2) return fromPoints(first, points[1]);
  const before = text.slice(0, first.at);
  const after = text.slice(first.end);
  // "–2024": a range whose start is not written.
  if (/^\s*[-–—−]\s*$/.test(before)) return fromPoints(undefined, first);
  const closes = cues.periodEnd.test(after) || cues.periodEnd.test(before);
  if (closes && !cues.periodStart.test(before)) {
    const period = fromPoints(undefined, first);
    // "2023 vuoden loppuun": to the end of that year.
    if (!period.endDate && /loppuun/i.test(after)) period.endDate = `${first.year}-12-31`;
    return period;
  }
  return fromPoints(first, undefined);
}

/**
 * Whether period facts give different ranges ("Kesto 1.9.2019–31.8.2022" … "Kesto
 * 1.9.2020–31.12.2021"): a page of several projects, each with its own period and funder, so none
 * of those facts is the page's.
 */
export function severalPeriods(values: string[], cues: Cues): boolean {
  const ranges = values.map((value) => parsePeriod(value, cues)).filter((p) => p.startYear && p.endYear);
  return new Set(ranges.map((p) => `${p.startDate ?? p.startYear}-${p.endDate ?? p.endYear}`)).size > 1;
}

/**
 * A period label inside running text with a range right after it, as flattened forms and
 * reports write it ("Arvioitu toteuttamisaika (kk/vuosi kk/vuosi) 5/2007 10/2009"): the one
 * range so stated, or nothing when there are none or several.
 */
export function periodInText(text: string, label: RegExp | undefined, cues: Cues): Period {
  const rangeJoin = cues.rangeJoin;
  if (!label) return {};
  const ranges = new Map<string, Period>();
  for (const match of allMatches(text, label)) {
    const points = datePoints(match[1] ?? "", cues);
    const [start, end] = points;
    // The two points must come first, with nothing but a join between them.
    if (
      !start ||
      !end ||
      start.at > 0 ||
      !rangeJoin.test((match[1] ?? "").slice(start.end, end.at).replace(/\s+/, " "))
    )
      continue;
    const period = fromPoints(start, end);
    if (period.startYear && period.endYear) ranges.set(`${period.startYear}-${period.endYear}`, period);
  }
  return ranges.size === 1 ? ([...ranges.values()][0] ?? {}) : {};
}

/** "31-08-16 to 30-01-17" (a programme database's day-month-year with two-digit years), in a period fact only. */
export function shortYearRange(text: string): Period {
  const m = /(?<!\d)(\d{1,2})-(\d{1,2})-(\d{2})\s*(?:to|[-–—])\s*(\d{1,2})-(\d{1,2})-(\d{2})(?!\d)/.exec(text);
  if (!m) return {};
  const [day1, month1, year1, day2, month2, year2] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month1 < 1 || month1 > 12 || month2 < 1 || month2 > 12) return {};
  const point = (day: number, month: number, year: number, at: number): DatePoint => ({
    day,
    month,
    year: 2000 + year,
    at,
    end: at,
  });
  return fromPoints(point(day1, month1, year1, 0), point(day2, month2, year2, 1));
}

/** A line that is nothing but the end of a range of full dates ("- 30.12.2025"): a header's end date. */
const BARE_END = /^\s*[-–—]\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$/;

/**
 * A line that is nothing but a range of full dates in any written form ("30.11.2020 - 27.02.2022",
 * "2012-04-01 - 2014-09-30", "01.08.2019 – 30.06.2021"), or its end: a header's period.
 */
function barePeriod(line: string, cues: Cues): Period | undefined {
  if (line.length > 60) return undefined;
  // "- 30.12.2025": the start is not written, the date is the end.
  if (BARE_END.test(line)) return parsePeriod(line, cues);
  const points = datePoints(line, cues);
  const [start, end] = points;
  if (points.length !== 2 || !start?.day || !end?.day) return undefined;
  const rest = line.slice(0, start.at) + line.slice(end.end);
  return rest.trim() === "" && cues.rangeJoin.test(line.slice(start.end, end.at)) ? fromPoints(start, end) : undefined;
}

/** How far before a date a cue word may stand ("launched by the city in March 2010"), and how far after ("1.1.2020 alkaen"). */
const CUE_BEFORE = 40;
const CUE_AFTER = 20;

/** The text just before a point (not past the point before it) and just after it (not past the next). */
function around(sentence: string, points: DatePoint[], index: number): { before: string; after: string } {
  const point = points[index];
  if (!point) return { before: "", after: "" };
  const from = Math.max(points[index - 1]?.end ?? 0, point.at - CUE_BEFORE);
  const to = Math.min(points[index + 1]?.at ?? sentence.length, point.end + CUE_AFTER);
  return { before: sentence.slice(from, point.at), after: sentence.slice(point.end, to) };
}

/** A verb or postposition of starting or ending right beside a date ("käynnistyi maaliskuussa 2019", "1.1.2020 alkaen"). */
export function verbBesideDate(sentence: string, cues: Cues): boolean {
  const points = datePoints(sentence, cues);
  return points.some((_, index) => {
    const { before, after } = around(sentence, points, index);
    return cues.periodVerb.test(before) || cues.periodVerb.test(after);
  });
}

/** Two points of one sentence that make a range: joined ("2019–2022", "våren 2020 fram till våren 2022"), or a start cue and an end cue. */
function rangeIn(sentence: string, points: DatePoint[], cues: Cues): Period | undefined {
  // Of several ranges in one sentence, one dated to the day ("2014–2016 … ajalta 1.11.2014–30.10.2016") says most.
  const ranges = points
    .map((point, index) => [point, points[index + 1]] as const)
    .filter(([point, next]) => next && cues.rangeJoin.test(sentence.slice(point.end, next.at)));
  const [start, end] = ranges.find(([point, next]) => point.day && next?.day) ?? ranges[0] ?? [];
  if (start && end) return fromPoints(start, end);
  const first = points[0];
  const last = points.at(-1);
  // "käynnistyi maaliskuussa 2022 ja jatkuu vuoden 2024 loppuun": a start cue, then an end cue.
  if (first && last && last !== first && cues.periodStart.test(sentence.slice(Math.max(0, first.at - 40), first.at)))
    if (cues.periodEnd.test(sentence.slice(first.end, last.end + 30))) return fromPoints(first, last);
  return undefined;
}

/**
 * Of several dates with no range, the one a start cue stands beside, and the one an end cue
 * stands beside after it ("still falling in 2012, … launched by the city in March 2010"): the
 * others date something else. Nothing when two dates have the same cue.
 */
function cuedPoints(sentence: string, points: DatePoint[], cues: Cues): Period | undefined {
  // A cue before a date binds first ("sai rahoituksen vuonna 2020 ja käynnistyi tammikuussa 2021"); after it, only when none stands before.
  const cued = (cue: RegExp) => {
    const free = points.filter((point) => !cues.attributeAfterYear.test(sentence.slice(point.end)));
    const side = (which: "before" | "after") =>
      free.filter((point) => cue.test(around(sentence, points, points.indexOf(point))[which]));
    const before = side("before");
    return before.length > 0 ? before : side("after");
  };
  const starts = cued(cues.periodStart);
  const ends = cued(cues.periodEnd).filter((point) => !starts.includes(point));
  if (starts.length > 1 || ends.length > 1) return undefined;
  const [start] = starts;
  const [end] = ends;
  if (start && end && end.at < start.at) return undefined;
  return start || end ? fromPoints(start, end) : undefined;
}

/**
 * The periods read from "vuonna 2013", "under 2024" alone with no verb of carrying out the
 * project: the year some activity was done, weaker than any start, end or range the page states,
 * which it then gives way to. (A WeakSet, not a field: the period is spread into the record.)
 */
const yearOfActivity = new WeakSet<Period>();

/** "vuonna 2013", "under år 2024", "vuoden 2017 aikana": the work of that year. */
function oneYearOf(sentence: string, point: DatePoint, cues: Cues): Period | undefined {
  const before = sentence.slice(Math.max(0, point.at - CUE_BEFORE), point.at);
  const after = sentence.slice(point.end, point.end + CUE_AFTER);
  const said = (phrases: Cues["oneYear"]) =>
    phrases.some((words) => words.before.test(before) && words.after.test(after));
  if (!said(cues.oneYear)) return undefined;
  // "myönsi hankkeelle avustuksen vuonna 2021", "granted funding in 2020": the year of a grant, not of the work
  // ("statsunderstöd för år 2022" is the year it pays for).
  if ((cues.fundingSentence.test(before) || cues.grantAmount.test(before)) && !said(cues.yearFor)) return undefined;
  // "Under år 2020 fördubblades antalet unga …": a statistic's year, unless the sentence is about the project.
  if (!cues.projectWord.test(sentence) && cues.statisticWord.test(sentence)) return undefined;
  // "projektet startade i … stängdes år 2013": a start far from the year does not say when.
  if (cues.periodStart.test(before) || cues.periodStart.test(after)) return { startYear: point.year };
  if (cues.periodStart.test(sentence)) return undefined;
  const year: Period = { startYear: point.year, endYear: point.year };
  if (!cues.implementVerb.test(sentence)) yearOfActivity.add(year);
  return year;
}

/** What a sentence with one date says: a start, an end, a start and a length, or the year of the work. */
function onePoint(sentence: string, first: DatePoint, cues: Cues): Period | undefined {
  const years = durationYears(sentence, cues);
  const before = sentence.slice(Math.max(0, first.at - CUE_BEFORE), first.at);
  const after = sentence.slice(first.end, first.end + 30);
  // "vuonna 2016 ratifioima sopimus": the year dates what the participle names.
  if (cues.attributeAfterYear.test(sentence.slice(first.end))) return undefined;
  if (years && cues.periodStart.test(sentence)) return withDuration(first, years);
  const endsThen = cues.periodEnd.test(after) || cues.periodEnd.test(before);
  if (years && endsThen) return withDurationEnding(first, years);
  if (cues.periodStart.test(before)) return fromPoints(first, undefined);
  if (endsThen) return parsePeriod(sentence.slice(Math.max(0, first.at - CUE_BEFORE), first.end + 30), cues);
  // "1.1.2020 alkaen", "2021 startade projektet": the cue after the date.
  if (cues.periodStart.test(after.slice(0, CUE_AFTER))) return fromPoints(first, undefined);
  return oneYearOf(sentence, first, cues);
}

/** What one sentence says about the period: a range, a start, an end, or a single year. */
function sentencePeriod(sentence: string, cues: Cues): Period | undefined {
  const points = datePoints(sentence, cues);
  const [first] = points;
  if (!first) return undefined;
  const range = rangeIn(sentence, points, cues);
  if (range) return range;
  return points.length === 1 ? onePoint(sentence, first, cues) : cuedPoints(sentence, points, cues);
}

/**
 * Sentences split where a date was broken: after a cue that ends in a full stop ("pågå t.o.m." |
 * "maj 2026"), after a day and month ("31.7." | "2019 …", a PDF's line break) or after a day
 * written as an ordinal ("1." | "maaliskuuta 2020", "Monday 01." | "December 2008"). Joined again
 * when the next one opens with the date.
 */
export function joinBrokenDates(sentences: string[], cues: Cues): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    const broken = previous !== undefined && (cues.periodCueAtEnd.test(previous) || BROKEN_DAY.test(previous));
    const opensWithDate = (datePoints(sentence, cues)[0]?.at ?? Infinity) < CUE_AFTER;
    if (broken && opensWithDate) joined[joined.length - 1] = `${previous} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/**
 * With no period stated as a fact, the period the text gives the work itself: sentences about
 * the project that state a range, a start or an end, and are not about calls, updates or
 * programme periods. Different such statements are context, not the project's period, and
 * give nothing.
 */
export function prosePeriod(sentences: string[], cues: Cues): Period {
  const found: Period[] = [];
  for (const line of joinBrokenDates(sentences, cues)) {
    // With no four-digit number, a line states no date (most lines): the patterns below need one.
    if (!FOUR_DIGITS.test(line)) continue;
    // "(PALOMA, 2016–2018)": a name and its years in parentheses cite another project.
    // "DEMOGRAPHY (2021–2027) programme": a programme's years. Both need a range of years, and
    // the programme pattern is slow (a word ending tried at every letter): asked only then.
    const sentence = YEAR_RANGE.test(line) ? withoutOtherYears(line, cues) : line;
    const bare = barePeriod(sentence, cues);
    if (bare) found.push(bare);
    if (bare || sentence.length > 400 || cues.notPeriod.test(sentence)) continue;
    if (!cues.periodSentence.test(sentence) && !verbBesideDate(sentence, cues)) continue;
    const period = sentencePeriod(sentence, cues);
    if (period && (period.startYear || period.endYear)) found.push(period);
    if (period?.endYear && !period.startYear && cues.extensionVerb.test(sentence)) extensions.add(period);
  }
  return extended(
    agreedPeriod(found.filter((period) => !extensions.has(period))),
    found.filter((period) => extensions.has(period)),
  );
}

/** Ends read from a sentence of extending ("Hanketta jatkettiin 30.6.2021 saakka"). */
const extensions = new WeakSet<Period>();

/** A period with the later end an extension gives it; an extension alone is an end like any other. */
function extended(period: Period, ends: Period[]): Period {
  const endYears = new Set(ends.map((end) => end.endYear));
  const [end] = ends;
  if (!end?.endYear || endYears.size !== 1) return period;
  if (!period.startYear && !period.endYear) return ends.length > 0 ? agreedPeriod(ends) : period;
  const later =
    !period.endYear ||
    end.endYear > period.endYear ||
    (end.endYear === period.endYear && !!end.endDate && !!period.endDate && end.endDate > period.endDate);
  if (!later) return period;
  const { endDate: _planned, ...rest } = period;
  return { ...rest, endYear: end.endYear, ...(end.endDate ? { endDate: end.endDate } : {}) };
}

/**
 * The one period several statements give: the same one, the range the others fall inside, or a
 * start and an end. The year of an activity ("under 2024 ordnas träffar") gives way to a start or
 * an end dated to the day ("- 30.12.2024" in the header); beside a year alone it still competes.
 */
function agreedPeriod(all: Period[]): Period {
  const dated = all.some((period) => period.startDate ?? period.endDate);
  const found = dated ? all.filter((period) => !yearOfActivity.has(period)) : all;
  const distinct = new Map(found.map((period) => [key(period), period]));
  if (distinct.size === 1) return found[0] ?? {};
  return oneRange(found) ?? joinedStartAndEnd(found, distinct.size);
}

/** A line without another project's years and a programme's (most lines name no programme word: the pattern is not run). */
const withoutOtherYears = (line: string, cues: Cues) => {
  const cited = line.replace(OTHER_PROJECT, " ");
  return cues.mayNameProgramme(cited) ? cited.replace(cues.programmePeriod, " ") : cited;
};

const FOUR_DIGITS = /\d{4}/;
/** A sentence that ends in a day ("31.7.", "Monday 01."): its date goes on in the next one. */
const BROKEN_DAY = /(?:^|[^\d.])\d{1,2}\.(?:\d{1,2}\.)?$/;
/** What OTHER_PROJECT and a programme's years both hold: without it, neither can match. */
const YEAR_RANGE = /(?:19|20)\d\d\s*[-–—−]\s*(?:19|20)?\d\d(?!\d)/;
const OTHER_PROJECT = /\([^()]*,\s*(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d\s*\)/g;

const key = (period: Period) => `${period.startYear}-${period.endYear}`;

/**
 * Among several statements, the one range the others agree with: the only range of full dates
 * (a statistic or a phase is seldom dated to the day), else the only range of several years that
 * every other year stated falls inside ("vuosina 2021–2024" beside "vuonna 2021 käynnistyivät",
 * "under år 2022 ordnar projektet kurser").
 */
function oneRange(found: Period[]): Period | undefined {
  const ranges = found.filter((p) => p.startYear && p.endYear);
  const dated = new Map(ranges.filter((p) => p.startDate && p.endDate).map((p) => [key(p), p]));
  if (dated.size === 1) return [...dated.values()][0];
  // One year inside a longer range is a phase or an activity ("Under år 2024 ordnar projektet kurser").
  const longer = ranges.filter((p) => p.startYear !== p.endYear || p.startDate);
  const distinct = new Map((longer.length > 0 ? longer : ranges).map((p) => [key(p), p]));
  const [range] = [...distinct.values()];
  if (distinct.size !== 1 || !range?.startYear || !range.endYear) return undefined;
  const { startYear, endYear } = range;
  const inside = (year: number | undefined) => year === undefined || (year >= startYear && year <= endYear);
  return found.every((p) => inside(p.startYear) && inside(p.endYear)) ? withDatesOf(range, found) : undefined;
}

/** A range of years given the day its start or end is dated to elsewhere ("1.1.2020 alkaen" beside "neljän vuoden … päättyy 31.12.2023"). */
function withDatesOf(range: Period, found: Period[]): Period {
  const dates = new Set(found.flatMap((p) => (p.startYear === range.startYear && p.startDate ? [p.startDate] : [])));
  const ends = new Set(found.flatMap((p) => (p.endYear === range.endYear && p.endDate ? [p.endDate] : [])));
  const [startDate] = dates;
  const [endDate] = ends;
  return {
    ...range,
    ...(!range.startDate && dates.size === 1 && startDate ? { startDate } : {}),
    ...(!range.endDate && ends.size === 1 && endDate ? { endDate } : {}),
  };
}

/** A start in one sentence and an end in another make one period. */
function joinedStartAndEnd(found: Period[], distinctCount: number): Period {
  const starts = new Set(found.filter((p) => p.startYear && !p.endYear).map((p) => p.startYear));
  const ends = new Set(found.filter((p) => p.endYear && !p.startYear).map((p) => p.endYear));
  if (distinctCount === 2 && starts.size === 1 && ends.size === 1) {
    const start = found.find((p) => p.startYear && !p.endYear);
    const end = found.find((p) => p.endYear && !p.startYear);
    return { ...start, ...end };
  }
  return {};
}

export function statusOf(period: Period, now: Date): ProjectStatus {
  const today = now.toISOString().slice(0, 10);
  const start = period.startDate ?? (period.startYear ? `${period.startYear}-01-01` : undefined);
  const end = period.endDate ?? (period.endYear ? `${period.endYear}-12-31` : undefined);
  if (!start && !end) return "unknown";
  if (start && start > today) return "planned";
  if (end && end < today) return "ended";
  return start ? "ongoing" : "unknown";
}
