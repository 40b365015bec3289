// What kind of page it is and in which language, its summary and its stable id. Pure.
// Usage: detectLanguage(text, htmlLang, languageWords); detectKind(page); makeSummary(page); projectId(url)

import { createHash } from "node:crypto";
import { franc } from "franc";
import type { Language, PageKind } from "../../core/project.js";
import type { ExtractedPage } from "../extract.js";

export function projectId(canonicalUrl: string): string {
  return createHash("sha256").update(canonicalUrl).digest("hex").slice(0, 16);
}

const FRANC_TO_LANGUAGE: Record<string, Language> = { fin: "fi", swe: "sv", eng: "en" };

/** Enough text for franc to tell Finnish, Swedish and English apart; its trigram count grows with the text. */
const LANGUAGE_SAMPLE = 1000;

/** Words of each language (config/language-words.json), by word. */
export type LanguageWords = Map<string, Language>;

export interface LanguageWordsFile {
  words: Record<Language, string[]>;
}

export function createLanguageWords(file: LanguageWordsFile): LanguageWords {
  return new Map(
    Object.entries(file.words).flatMap(([language, words]) => words.map((word) => [word, language as Language])),
  );
}

/** How many of the declared language's words, and how many times the other languages' most, make agreement. */
const AGREEING_WORDS = 6;
const AGREEING_RATIO = 3;

/**
 * Whether the sample's common words clearly agree with the declared language: then franc (a tenth
 * of normalizing a page) would say the same. Checked against franc on every page of the sample
 * corpus, the seed fixtures and the real pages, at several offsets and with each language declared.
 */
function wordsAgree(sample: string, declared: Language, languageWords: LanguageWords): boolean {
  const counts = { fi: 0, sv: 0, en: 0 };
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    const language = languageWords.get(word);
    if (language) counts[language] += 1;
  }
  const others = Math.max(...(["fi", "sv", "en"] as const).filter((l) => l !== declared).map((l) => counts[l]));
  return counts[declared] >= AGREEING_WORDS && counts[declared] >= AGREEING_RATIO * others;
}

const isLanguage = (code: string | undefined): code is Language => code === "fi" || code === "sv" || code === "en";

export function detectLanguage(text: string, htmlLang?: string, languageWords?: LanguageWords): Language {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  if (languageWords && isLanguage(htmlLang) && wordsAgree(sample, htmlLang, languageWords)) return htmlLang;
  const detected = FRANC_TO_LANGUAGE[franc(sample, { only: ["fin", "swe", "eng"], minLength: 20 })];
  if (detected) return detected;
  return htmlLang === "sv" || htmlLang === "en" ? htmlLang : "fi";
}

/** What the text says about the page's kind (page-kind.ts): a heading naming many projects, news signals. */
export interface KindEvidence {
  listingTitle: boolean;
  news: boolean;
}

/** "project", "practice" (by its URL or a label such as "Toimintamallin nimi"), "news" or "other" (a listing). */
export function detectKind(page: ExtractedPage, practiceLabel?: RegExp, evidence?: KindEvidence): PageKind {
  if (page.isListing || evidence?.listingTitle) return "other";
  if (page.isNews || evidence?.news) return "news";
  if (/toimintamalli|hyva-kaytanto|practice/i.test(page.url)) return "practice";
  if (practiceLabel && page.facts.some((fact) => fact.label.length < 60 && practiceLabel.test(fact.label)))
    return "practice";
  return "project";
}

export function makeSummary(page: ExtractedPage, title: string): string {
  const source =
    page.metaDescription && page.metaDescription.length >= 40
      ? page.metaDescription
      : (page.text.split("\n").find((line) => line.length >= 80 && line !== title) ?? page.text);
  if (source.length <= 300) return source;
  const cut = source.slice(0, 299);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

/** How long a stand-in title may be: about a headline's length. */
const STAND_IN_CHARS = 90;

/**
 * A title for a project page that states no name (no heading, label or naming sentence): its
 * opening words, cut at a word, so the page is kept and shown rather than lost. Empty when the
 * page has no text either.
 */
export function standInTitle(summary: string): string {
  const text = summary.replace(/\s+/gu, " ").trim();
  if (text.length <= STAND_IN_CHARS) return text;
  const cut = text.slice(0, STAND_IN_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), STAND_IN_CHARS / 2)).replace(/[\s,.;:–-]+$/u, "")}…`;
}
