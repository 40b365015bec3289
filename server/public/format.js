// @ts-check
// Small pure helpers shared by the search page's modules: HTML escaping, dates, money, years.
// Highlights arrive from the API HTML-escaped with <mark> only; everything else goes through escape().
// Usage: import { escape, formatDate } from "./format.js";

/** @param {unknown} value */
export const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @type {Record<string, string | undefined>} */
const LOCALES = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
/** @param {string} lang */
export const locale = (lang) => LOCALES[lang] ?? "fi-FI";

/**
 * "2021-01-01" -> "1.1.2021" (fi), "1 January 2021" (en); a full timestamp keeps its time.
 * @param {string} lang
 * @param {string | undefined} iso
 */
export function formatDate(lang, iso, withTime = false) {
  if (!iso) return "";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  /** @type {Intl.DateTimeFormatOptions} */
  const options = withTime
    ? { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" }
    : { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}

/** @param {string} lang @param {number} amount */
export const formatEuros = (lang, amount) =>
  new Intl.NumberFormat(locale(lang), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount);

/** @typedef {{ startDate?: string, endDate?: string, startYear?: number, endYear?: number }} Dated */

/**
 * A record's period: exact dates when stated, else its years.
 * @param {string} lang
 * @param {Dated} record
 */
export function period(lang, record) {
  if (record.startDate || record.endDate)
    return `${formatDate(lang, record.startDate) || (record.startYear ?? "")}–${formatDate(lang, record.endDate) || (record.endYear ?? "")}`;
  return years(record);
}

/** @param {Dated} record */
export function years(record) {
  const { startYear, endYear } = record;
  if (startYear && endYear) return startYear === endYear ? `${startYear}` : `${startYear}–${endYear}`;
  if (startYear) return `${startYear}–`;
  if (endYear) return `–${endYear}`;
  return "";
}

/** Lower case without accents, for matching what a person types: "Ähtäri" -> "ahtari". */
/** @param {string} text */
export const fold = (text) =>
  String(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
