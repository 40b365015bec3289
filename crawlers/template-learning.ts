// Learns each site's template while a source is crawled (site-template.ts) and keeps it with the
// crawl state, in <dataDir>/templates/<source>.json, so the next run starts with it.
// The first pages of a site are read before its template is known: the third page that shows a
// banner makes the banner template, but the first two already took it as their title. Rather
// than hold pages back until the template settles (which would delay every record and tangle
// with the crawler's "finished only once indexed" bookkeeping), the pages of a young site (its
// first YOUNG_SITE_PAGES pages) are kept in memory with the texts they showed; when a text
// becomes template, the kept pages that showed it are read again and their records replace the
// first ones (same id, so the index upsert overwrites them). A text that becomes template only
// later (rare: chrome shows from the first pages) is taken out of the pages read after it; the
// pages read before are put right by `index --from-archive`, which learns from every archived
// page before reading any (learnFromArchive).
// Usage: const templates = await openTemplateLearner(dataDir, source);
//        extractPage(html, url, selectors, templates.hookFor(url));
//        for (const fixed of templates.corrections(page, derive)) upsert(fixed); await templates.save();

import * as cheerio from "cheerio";

import path from "node:path";
import { readIfExists, writeAtomic } from "../core/file-store.js";
import type { Project } from "../core/project.js";
import {
  createSiteTemplates,
  observe,
  parseSiteTemplates,
  serialiseSiteTemplates,
  templateTexts,
  type PageTemplateHook,
} from "./site-template.js";

/** Pages of a site kept for correction: enough for a template's thresholds to settle. */
const YOUNG_SITE_PAGES = 50;

export interface PageCopy {
  url: string;
  body: string;
  fetchedAt: string;
}

interface TemplateSource {
  name: string;
  /**
   * A regular expression whose first group, matched against a page's path, names the site within
   * the host (for a host that holds several sites, like the sample corpus); by default the host.
   */
  siteScope?: string;
}

export interface TemplateLearner {
  /** The hook for extractPage: counts the page for its site's template, then strips the template. */
  hookFor(url: string): PageTemplateHook;
  /** Records of earlier pages of `page`'s site that a text which just became template touched, read again. */
  corrections(page: PageCopy, derive: (copy: PageCopy) => Project | undefined): Project[];
  /** Counts a page without reading it (a first pass over the archive). */
  learn(page: PageCopy): void;
  save(): Promise<void>;
}

function siteOf(url: string, siteScope?: string): string {
  const parsed = new URL(url);
  const scoped = siteScope ? new RegExp(siteScope).exec(parsed.pathname)?.[1] : undefined;
  return scoped ? `${parsed.host}${scoped}` : parsed.host;
}

export async function openTemplateLearner(
  dataDir: string | undefined,
  source: TemplateSource,
): Promise<TemplateLearner> {
  const file = dataDir ? path.join(dataDir, "templates", `${source.name}.json`) : undefined;
  const templates = createSiteTemplates(parseSiteTemplates(file ? await readIfExists(file) : undefined));
  const young = new Map<string, Map<string, { copy: PageCopy; texts: Set<string> }>>();
  const lastTexts = new Map<string, Set<string>>();
  const scope = (url: string) => siteOf(url, source.siteScope);

  return {
    hookFor(url) {
      const hook = templates.hookFor(scope(url), url);
      return {
        apply($) {
          lastTexts.set(url, new Set(templateTexts($)));
          hook.apply($);
        },
      };
    },
    corrections(page, derive) {
      const site = scope(page.url);
      const kept = young.get(site) ?? new Map<string, { copy: PageCopy; texts: Set<string> }>();
      const became = templates.takeNewTemplate(site);
      const fixed = [...kept.values()]
        .filter(({ copy, texts }) => copy.url !== page.url && became.some((text) => texts.has(text)))
        .flatMap(({ copy }) => derive(copy) ?? []);
      const texts = lastTexts.get(page.url);
      lastTexts.delete(page.url);
      if ((templates.state.sites[site]?.pages ?? 0) > YOUNG_SITE_PAGES) young.delete(site);
      else if (texts) young.set(site, kept.set(page.url, { copy: page, texts }));
      return fixed;
    },
    learn(page) {
      const site = (templates.state.sites[scope(page.url)] ??= { pages: 0, seen: [], counts: {} });
      observe(site, page.url, templateTexts(cheerio.load(page.body)));
    },
    async save() {
      if (!file) return;
      await writeAtomic(file, serialiseSiteTemplates(templates.state));
    },
  };
}
