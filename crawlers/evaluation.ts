// Scores extraction against hand-written gold facts, field by field: precision, recall and F1.
// A folder holds gold.json (a list of entries in the format of ../shared/fixtures/gold.json,
// each naming its page) and the pages, under site/ or beside gold.json. Pure scoring plus one
// loader that reads the folder; used by `npm run cli -- eval <folder>` and the quality test.
// Usage: const report = await evaluateFolder("/path/to/pages", { vocabularies }); printScores(report)

import { access, readFile } from "node:fs/promises";
import path from "node:path";
import type { Project } from "../core/project.js";
import { extractPage } from "./extract.js";
import { normalizeProject } from "./normalize/index.js";
import { createSiteTemplates } from "./site-template.js";
import type { Vocabularies } from "./vocabulary.js";

interface GoldEntry {
  page: string;
  [field: string]: unknown;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface FieldScore {
  precision: number;
  recall: number;
  f1: number;
  counts: Counts;
}

interface PageMiss {
  page: string;
  field: string;
  missing: string[];
  extra: string[];
}

export interface EvaluationReport {
  pages: number;
  fields: Record<string, FieldScore>;
  misses: PageMiss[];
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);
// The scorer's own words, kept apart from the extractor's data so that changing the rules cannot
// change the scoring: a type word written before or after a name ("Projektet X", "X -hanke").
const TYPE_WORD = "(?:hanke|projekti|projekt|projektet|project|the project)";
const TYPE_BEFORE = new RegExp(`^${TYPE_WORD}\\s+`, "u");
const TYPE_AFTER = new RegExp(`[\\s-]+${TYPE_WORD}$`, "u");
/** A title as a reader compares it: case, dashes, quotes, spacing, end punctuation and a type word aside. */
export const titleKey = (value: unknown) =>
  typeof value === "string"
    ? value
        .normalize("NFC")
        .toLowerCase()
        .replace(/\s*[\u2010-\u2015\u2212-]\s*/gu, " - ")
        .replace(/[\u2018\u2019`]/gu, "'")
        .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/gu, '"')
        .replace(/\s+/gu, " ")
        .replace(/[\s.:;,!]+$/u, "")
        .replace(TYPE_AFTER, "")
        .replace(TYPE_BEFORE, "")
        .trim()
    : value;
const asItems = (value: unknown, normalize: (v: unknown) => unknown = (v) => v): string[] =>
  value === null || value === undefined
    ? []
    : (Array.isArray(value) ? value : [value]).map((item) => String(normalize(item)));
const shares = (value: unknown) =>
  Array.isArray(value)
    ? (value as { funder: string; percent: number }[]).map((s) => `${s.funder.toLowerCase()}:${s.percent}`)
    : [];
const contactNames = (value: unknown) =>
  Array.isArray(value) ? (value as { name?: string | null }[]).flatMap((c) => asItems(c.name, lower)) : [];

/** How each gold field is read from a gold entry and from a record. */
const FIELDS: Record<string, { gold: (g: GoldEntry) => string[]; ours: (p: Project) => string[] }> = {
  language: { gold: (g) => asItems(g.language), ours: (p) => asItems(p.language) },
  kind: { gold: (g) => asItems(g.kind), ours: (p) => asItems(p.kind) },
  // An empty title is none: a page with no headline.
  title: { gold: (g) => asItems(g.title || null, titleKey), ours: (p) => asItems(p.title || null, titleKey) },
  regions: { gold: (g) => asItems(g.regions), ours: (p) => p.regions },
  municipalities: { gold: (g) => asItems(g.municipalities), ours: (p) => p.municipalities },
  funders: { gold: (g) => asItems(g.funders, lower), ours: (p) => asItems(p.funders, lower) },
  fundingShares: { gold: (g) => shares(g.fundingShares), ours: (p) => shares(p.fundingShares) },
  coordinator: { gold: (g) => asItems(g.coordinator, lower), ours: (p) => asItems(p.coordinator, lower) },
  organisations: { gold: (g) => asItems(g.organisations, lower), ours: (p) => asItems(p.organisations, lower) },
  startDate: { gold: (g) => asItems(g.startDate), ours: (p) => asItems(p.startDate) },
  endDate: { gold: (g) => asItems(g.endDate), ours: (p) => asItems(p.endDate) },
  startYear: { gold: (g) => asItems(g.startYear), ours: (p) => asItems(p.startYear) },
  endYear: { gold: (g) => asItems(g.endYear), ours: (p) => asItems(p.endYear) },
  budgetEur: { gold: (g) => asItems(g.budgetEur), ours: (p) => asItems(p.budgetEur) },
  targetGroups: { gold: (g) => asItems(g.targetGroups), ours: (p) => p.targetGroups },
  emails: { gold: (g) => asItems(g.emails, lower), ours: (p) => p.contacts.flatMap((c) => asItems(c.email, lower)) },
  phones: { gold: (g) => asItems(g.phones), ours: (p) => p.contacts.flatMap((c) => asItems(c.phone)) },
  contacts: { gold: (g) => contactNames(g.contacts), ours: (p) => p.contacts.map((c) => c.name.toLowerCase()) },
  publishedDate: { gold: (g) => asItems(g.publishedDate), ours: (p) => asItems(p.publishedDate) },
};

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Adds one page's items to the counts (lists as sets; absent on both sides counts for nothing). */
function countItems(predicted: string[], gold: string[], counts: Counts): { missing: string[]; extra: string[] } {
  const want = new Set(gold);
  const got = new Set(predicted);
  const extra = [...got].filter((item) => !want.has(item));
  const missing = [...want].filter((item) => !got.has(item));
  counts.tp += got.size - extra.length;
  counts.fp += extra.length;
  counts.fn += missing.length;
  return { missing, extra };
}

function scores(counts: Counts): FieldScore {
  const { tp, fp, fn } = counts;
  // A field with nothing to find and nothing found is perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, counts };
}

/** Scores records against their gold entries; only the fields a gold entry states are counted. */
function scoreRecords(pairs: { gold: GoldEntry; project: Project }[]): EvaluationReport {
  const counts: Record<string, Counts> = {};
  const misses: PageMiss[] = [];
  for (const { gold, project } of pairs) {
    for (const [field, read] of Object.entries(FIELDS)) {
      if (!(field in gold)) continue;
      const fieldCounts = (counts[field] ??= emptyCounts());
      const { missing, extra } = countItems(read.ours(project), read.gold(gold), fieldCounts);
      if (missing.length > 0 || extra.length > 0) misses.push({ page: gold.page, field, missing, extra });
    }
  }
  const fields = Object.fromEntries(Object.entries(counts).map(([field, c]) => [field, scores(c)]));
  return { pages: pairs.length, fields, misses };
}

/** Adds two reports' counts together (the seeds and the sample corpus scored as one set). */
export function combineReports(reports: EvaluationReport[]): EvaluationReport {
  const counts: Record<string, Counts> = {};
  for (const report of reports)
    for (const [field, score] of Object.entries(report.fields)) {
      const sum = (counts[field] ??= emptyCounts());
      sum.tp += score.counts.tp;
      sum.fp += score.counts.fp;
      sum.fn += score.counts.fn;
    }
  return {
    pages: reports.reduce((sum, report) => sum + report.pages, 0),
    fields: Object.fromEntries(Object.entries(counts).map(([field, c]) => [field, scores(c)])),
    misses: reports.flatMap((report) => report.misses),
  };
}

export function formatScores(report: EvaluationReport): string {
  const lines = [`${report.pages} pages`, "field            precision  recall     F1   tp   fp   fn"];
  for (const [field, s] of Object.entries(report.fields)) {
    const figures = [s.precision, s.recall, s.f1].map((value, i) => value.toFixed(2).padStart(i === 0 ? 9 : 7));
    const counts = [s.counts.tp, s.counts.fp, s.counts.fn].map((n) => String(n).padStart(4)).join(" ");
    lines.push(`${field.padEnd(16)} ${figures.join("")} ${counts}`);
  }
  return lines.join("\n");
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The pages of a gold folder: <folder>/site/<page> when that exists, else <folder>/<page>. */
async function pageFile(folder: string, page: string): Promise<string> {
  const underSite = path.join(folder, "site", page);
  return (await exists(underSite)) ? underSite : path.join(folder, page);
}

interface EvaluateOptions {
  vocabularies: Vocabularies;
  /** The clock the records are made at (status depends on it). */
  now?: Date;
  /** Turns a page into a record; extract + normalize by default. */
  toProject?: (html: string, url: string, site: string) => Project;
}

/** A page's site in a gold folder: its first folder ("eu-rakennerahastot/x.html"), else the folder itself. */
const siteOfPage = (page: string) => (page.includes("/") ? (page.split("/")[0] ?? "") : "");

/**
 * Reads <folder>/gold.json, extracts each page it names and scores the records. As a crawl
 * does, each site's template is learnt from its pages first (site-template.ts), so a banner
 * heading shared by a site's pages is not taken for a title.
 */
export async function evaluateFolder(folder: string, options: EvaluateOptions): Promise<EvaluationReport> {
  const goldFile = path.join(folder, "gold.json");
  const gold = JSON.parse(await readFile(goldFile, "utf8")) as GoldEntry[];
  if (!Array.isArray(gold)) throw new Error(`${goldFile} is not a list of gold entries`);
  const now = options.now ?? new Date("2026-11-23T12:00:00Z");
  const templates = createSiteTemplates();
  const pages = await Promise.all(
    gold.map(async (entry) => ({
      entry,
      url: `http://127.0.0.1:8765/${entry.page}`,
      html: await readFile(await pageFile(folder, entry.page), "utf8"),
    })),
  );
  for (const { entry, url, html } of pages) extractPage(html, url, {}, templates.hookFor(siteOfPage(entry.page), url));
  const toProject =
    options.toProject ??
    ((html: string, url: string, site: string) =>
      normalizeProject(extractPage(html, url, {}, templates.hookFor(site, url)), {
        fetchedAt: now.toISOString(),
        now,
        vocabularies: options.vocabularies,
      }));
  return scoreRecords(
    pages.map(({ entry, url, html }) => ({ gold: entry, project: toProject(html, url, siteOfPage(entry.page)) })),
  );
}
