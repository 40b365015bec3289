// What a chosen title carries around the project's name and sheds: a list dash or bullet before
// it, or a page-type word standing as its label ("Project – X"); after it, the period ("X (8/2021–12/2022)", "X 2012–3/2016"), a gloss in parentheses ("X
// (X – in English …)"), the owner's name ("X – Rovaniemen kaupunki (THL)") or a registry's
// support category ("X – Offentligt stöd"). An acronym or code in parentheses ("X (IMAGINE)",
// "X (RRP2)") and a bare range of years ("Hyvällä mielellä 2021–2030", often part of a
// programme's name) stay. The words are data (config/titles.json, "trim"). Pure.
// Usage: const trim = createTitleTrim(file.trim); trim("- Kulttuuripoimuri – Oulun kaupunki") // "Kulttuuripoimuri"
import { phrasePattern } from "./text.js";

export interface TitleTrimFile {
  /** Head words that end an organisation's name ("kaupunki", "yhdistys", "university"), compounds with "*". */
  ownerEnds: string[];
  /** Words that end a registry's support category ("Offentligt stöd", "Kehittämistuki"). */
  categoryEnds: string[];
}

/** A gloss is a parenthesis of at least this many words. */
const GLOSS_WORDS = 3;
/** An owner's name or a category after the dash is at most this many words. */
const SUFFIX_WORDS = 5;
/** What stays of a title is at least this long. */
const MIN_LENGTH = 3;

const DASH = "\\s+[\\u2010-\\u2015\\u2212-]\\s+";
const YEAR = "(?:19|20)\\d\\d";
// "8/2021", "3/2016", "1.9.2015", "2012": one end of a period.
const END = `(?:\\d{1,2}[./](?:\\d{1,2}\\.)?)?${YEAR}`;
const RANGE = `${END}\\s*[\\u2010-\\u2015\\u2212-]\\s*${END}`;
// A parenthesis that holds a year is a period: "(2021–2022)", "(8/2021 - 12/2022)", "(alkaen 2020)".
const PERIOD_PAREN = new RegExp(`\\s*\\([^()]*${YEAR}[^()]*\\)$`, "u");
// Without parentheses only a period with a month is surely metadata: "X 2012-3/2016".
const MONTH_RANGE = new RegExp(`(?:${DASH}|\\s+)(?=[^\\s]*[./]${YEAR})${RANGE}$`, "u");
const LEAD = /^[\s\u2010-\u2015\u2212•·*▪◦‣>»›-]+(?=\p{L}|\d|["“”„«])/u;
const PAREN = /\s*\(([^()]+)\)$/u;

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** `typeHeads`: page-type words ("hanke", "project") that label the name when a dash follows them. */
export function createTitleTrim(file: TitleTrimFile, typeHeads: string[]): (title: string) => string {
  const typeLabel = new RegExp(
    `^${phrasePattern(typeHeads).source}\\s*[:\\u2010-\\u2015\\u2212-]\\s+(?=\\p{Lu}|["“”„«])`,
    "iu",
  );
  const ownerEnd = new RegExp(`${phrasePattern(file.ownerEnds).source}$`, "iu");
  const categoryEnd = new RegExp(`${phrasePattern(file.categoryEnds).source}$`, "iu");
  /** "(Tuksu – Supporting the future …)": a translation or subtitle; "(NYP)", "(EU-LEADER)" are the name's. */
  const withoutGloss = (title: string) => {
    const paren = PAREN.exec(title);
    return paren?.[1] !== undefined && words(paren[1]).length >= GLOSS_WORDS ? title.slice(0, paren.index) : title;
  };
  /** "X – Rovaniemen kaupunki (THL)", "X – Offentligt stöd": the last dashed part names no project. */
  const withoutSuffix = (title: string) => {
    const dash = [...title.matchAll(new RegExp(DASH, "gu"))].pop();
    if (dash === undefined) return title;
    const last = title
      .slice(dash.index + dash[0].length)
      .replace(PAREN, "")
      .trim();
    if (words(last).length > SUFFIX_WORDS) return title;
    // An owner is a name, capitalised; a category may be written in lower case ("X – offentligt stöd").
    const owner = /^\p{Lu}/u.test(last) && ownerEnd.test(last);
    return owner || categoryEnd.test(last) ? title.slice(0, dash.index) : title;
  };
  return (title) => {
    const trimmed = withoutSuffix(withoutGloss(title.replace(PERIOD_PAREN, "").replace(MONTH_RANGE, "")))
      .replace(LEAD, "")
      .replace(typeLabel, "")
      .trim();
    return trimmed.length >= MIN_LENGTH ? trimmed : title;
  };
}
