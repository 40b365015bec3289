// One project, one record, and never fewer: decides when two pages describe the same project
// and merges them, only on strong evidence (losing a project to a wrong merge is worse than
// showing it twice). Pages of one site merge only when they are the same page: the same id (from
// the canonical URL or the final URL after redirects), or the same main text under the same title.
// Pages of different sites merge only when their folded titles agree (three words or more) and at
// least one independent fact agrees: overlapping years, a shared organisation, or the same project
// code or decision number (patterns in config/project-codes.json). Pure functions.
// Usage: const codes = compileCodePatterns(json); const { upserts, deletes } = planMerge(known, incoming, codes);

import { createHash } from "node:crypto";
import type { Project } from "../core/project.js";
import { fold } from "./text-analysis.js";

export const PROJECT_KEY_FIELD = "projectKey";
export const SOURCE_URLS_FIELD = "sourceUrls";

/** Main texts shorter than this are too likely to coincide (a stub, a "coming soon") to prove anything. */
const MIN_TEXT_FOR_IDENTITY = 200;

const words = (text: string): string[] =>
  fold(text)
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** The folded title, whatever its length: what records are looked up by before a merge. */
export function titleKey(title: string): string | undefined {
  return words(title).join(" ") || undefined;
}

/** The folded title, when it has at least three words; shorter titles are too generic to match on. */
export function projectKey(title: string): string | undefined {
  const folded = words(title);
  return folded.length >= 3 ? folded.join(" ") : undefined;
}

/** A fingerprint of the main text, for pages of one site reached by two URLs; undefined when too short. */
export function textKey(description: string): string | undefined {
  const folded = words(description).join(" ");
  if (folded.length < MIN_TEXT_FOR_IDENTITY) return undefined;
  return createHash("sha1").update(folded).digest("hex").slice(0, 20);
}

export interface CodePattern {
  name: string;
  regex: RegExp;
}

export interface CodePatternFile {
  codes: { name: string; pattern: string }[];
}

export function compileCodePatterns(file: CodePatternFile): CodePattern[] {
  return file.codes.map(({ name, pattern }) => ({ name, regex: new RegExp(pattern, "gu") }));
}

/** Project codes and decision numbers a text names, spaces removed and upper-cased. */
export function projectCodes(text: string, patterns: CodePattern[]): Set<string> {
  const codes = new Set<string>();
  for (const { regex } of patterns) {
    for (const match of text.matchAll(regex)) {
      const code = match[1] ?? match[0];
      codes.add(code.replace(/\s+/g, "").toUpperCase());
    }
  }
  return codes;
}

type MergeEvidence = "same page" | "same text" | "years" | "organisation" | "code";

const yearRange = (project: Project): [number, number] | undefined => {
  const start = project.startYear ?? project.endYear;
  const end = project.endYear ?? project.startYear;
  return start === undefined || end === undefined ? undefined : [start, end];
};

function yearsOverlap(a: Project, b: Project): boolean {
  const first = yearRange(a);
  const second = yearRange(b);
  return first !== undefined && second !== undefined && first[0] <= second[1] && second[0] <= first[1];
}

const organisationKeys = (project: Project): Set<string> =>
  new Set(
    [project.coordinator, ...project.organisations]
      .filter((name): name is string => Boolean(name))
      .map((name) => words(name).join(" ")),
  );

function shareOrganisation(a: Project, b: Project): boolean {
  const theirs = organisationKeys(b);
  return [...organisationKeys(a)].some((name) => name !== "" && theirs.has(name));
}

function shareCode(a: Project, b: Project, patterns: CodePattern[]): boolean {
  const text = (project: Project) => `${project.title}\n${project.summary}\n${project.description}`;
  const theirs = projectCodes(text(b), patterns);
  if (theirs.size === 0) return false;
  return [...projectCodes(text(a), patterns)].some((code) => theirs.has(code));
}

/**
 * Why `page` (a record of one page) belongs to `record`, or undefined when it does not. The
 * page's own earlier copy inside the record is left out, so that a page re-crawled is judged
 * against the other pages of its record, not against itself.
 */
export function mergeEvidence(record: Project, page: Project, patterns: CodePattern[]): MergeEvidence | undefined {
  if (record.id === page.id) return "same page";
  const pageUrls = new Set(page.sources.map((source) => source.url));
  const others = record.sources.filter((source) => !pageUrls.has(source.url));
  if (others.length === 0) return "same page";
  if (others.some((source) => source.site === page.site)) {
    // The same text under another name is two pages whose own part the extraction missed.
    const text = textKey(page.description);
    const sameName = titleKey(page.title) === titleKey(record.title);
    return sameName && text !== undefined && text === textKey(record.description) ? "same text" : undefined;
  }
  const key = projectKey(page.title);
  if (key === undefined || key !== projectKey(record.title)) return undefined;
  if (yearsOverlap(record, page)) return "years";
  if (shareOrganisation(record, page)) return "organisation";
  if (shareCode(record, page, patterns)) return "code";
  return undefined;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * `incoming` merged into `existing`: the existing record keeps its id and main URL; a fresh
 * copy of the same page replaces that page's facts; lists are joined and gaps filled.
 */
function mergeProjects(existing: Project, incoming: Project): Project {
  const samePage = existing.id === incoming.id;
  const base = samePage ? incoming : existing;
  const other = samePage ? existing : incoming;
  const sources = [
    ...incoming.sources,
    ...existing.sources.filter((source) => !incoming.sources.some((fresh) => fresh.url === source.url)),
  ];
  return {
    ...other,
    ...base,
    id: existing.id,
    url: existing.url,
    site: existing.site,
    sources,
    summary: base.summary || other.summary,
    description: base.description.length >= other.description.length ? base.description : other.description,
    coordinator: base.coordinator ?? other.coordinator,
    organisations: union(base.organisations, other.organisations),
    regions: union(base.regions, other.regions),
    municipalities: union(base.municipalities, other.municipalities),
    funders: union(base.funders, other.funders),
    fundingShares: base.fundingShares.length > 0 ? base.fundingShares : other.fundingShares,
    targetGroups: union(base.targetGroups, other.targetGroups),
    themes: union(base.themes, other.themes),
    contacts: [
      ...base.contacts,
      ...other.contacts.filter((contact) => !base.contacts.some((known) => known.name === contact.name)),
    ],
    updatedAt: existing.updatedAt > incoming.updatedAt ? existing.updatedAt : incoming.updatedAt,
  };
}

/** The record without the pages at `urls`; undefined when no page is left. */
function detach(record: Project, urls: Set<string>): Project | undefined {
  const sources = record.sources.filter((source) => !urls.has(source.url));
  const main = sources.find((source) => source.url === record.url) ?? sources[0];
  if (!main) return undefined;
  return { ...record, sources, url: main.url, site: main.site };
}

/**
 * The keys a record can be found by before it is merged: its folded title and page URLs (a
 * page's other URL with the same text has the same title, so the title finds it too).
 */
function lookupKeys(project: Project): string[] {
  const key = titleKey(project.title);
  return [
    `id:${project.id}`,
    ...(key ? [`title:${key}`] : []),
    ...project.sources.map((source) => `url:${source.url}`),
  ];
}

export interface MergePlan {
  /** Records to write, whole. */
  upserts: Project[];
  /** Ids of records left with no page (each of their pages now belongs elsewhere). */
  deletes: string[];
}

/**
 * Places each incoming page record: merged into a known record (or one placed earlier in the
 * batch) on evidence, or as a record of its own. A page that an earlier merge had put into a
 * record it no longer belongs to leaves that record (and a record left with no page goes).
 * `known` are the indexed records that share a lookup key (lookupKeys) with the incoming ones.
 */
export function planMerge(known: Project[], incoming: Project[], patterns: CodePattern[]): MergePlan {
  const records = new Map<string, Project>();
  const byKey = new Map<string, Set<string>>();
  const remember = (record: Project) => {
    records.set(record.id, record);
    for (const key of lookupKeys(record)) byKey.set(key, (byKey.get(key) ?? new Set()).add(record.id));
  };
  known.forEach(remember);
  const touched = new Set<string>();
  const deleted = new Set<string>();
  for (const page of incoming) {
    const candidates = [...new Set(lookupKeys(page).flatMap((key) => [...(byKey.get(key) ?? [])]))]
      .map((id) => records.get(id))
      .filter((record): record is Project => record !== undefined);
    const target =
      candidates.find((record) => record.id === page.id) ??
      candidates.find((record) => mergeEvidence(record, page, patterns) !== undefined);
    const urls = new Set(page.sources.map((source) => source.url));
    for (const holder of candidates) {
      if (holder === target || !holder.sources.some((source) => urls.has(source.url))) continue;
      const rest = detach(holder, urls);
      if (rest) {
        records.set(holder.id, rest);
        touched.add(holder.id);
      } else {
        records.delete(holder.id);
        deleted.add(holder.id);
      }
    }
    const merged = target ? mergeProjects(target, page) : page;
    remember(merged);
    touched.add(merged.id);
    deleted.delete(merged.id);
  }
  return {
    upserts: [...touched].filter((id) => !deleted.has(id)).flatMap((id) => records.get(id) ?? []),
    deletes: [...deleted],
  };
}
