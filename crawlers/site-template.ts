// A site's template, learnt from its pages: text that repeats over many pages of one site (a
// banner heading, a slogan, navigation, a breadcrumb root, a footer line, a cookie notice) is
// the site's, not the page's, and is never a title or a fact. Per site (by default the host)
// it counts, over the distinct pages seen, the normalized texts of headings and short leaf
// blocks; a text on at least 3 pages and on at least 30 % of them is template. Three pages,
// because two project pages may share a sentence by chance and a banner shows from the third
// page on; 30 %, because chrome is on (nearly) every page while a phrase shared by a few
// projects (a common funder sentence, a partner's name) is not, even on a site with a handful
// of pages. Label/value lines ("Rahoittaja: STEA"), rows of a label and a value, definition
// lists and tables are never counted: a value every project shares is still each project's fact. Pure: no I/O.
// Usage: const templates = createSiteTemplates(parseSiteTemplates(json));
//        extractPage(html, url, selectors, templates.hookFor(siteOf(url), url)); // learns, then strips
//        const json = serialiseSiteTemplates(templates.state);

import type { CheerioAPI } from "cheerio";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import { createHash } from "node:crypto";

const TEMPLATE_MIN_PAGES = 3;
const TEMPLATE_MIN_SHARE = 0.3;
/** Longer blocks are the page's own text (a cookie notice of a few sentences still fits). */
const MAX_BLOCK_CHARS = 300;
/** Texts kept per site; rare ones are forgotten first when a big site goes over it. */
const MAX_TEXTS_PER_SITE = 4000;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
// Inline elements (a, span) are counted through the block around them: a link alone in a list
// item is the item's text, and a link inside a sentence is part of the page's own text.
const CANDIDATES = new Set([...HEADINGS, "p", "li", "div", "address", "figcaption", "title"]);
const CANDIDATE_SELECTOR = [...CANDIDATES].join(",");
/** A block holding one of these is a container, counted through its parts. */
const BLOCK_CHILDREN = new Set([...HEADINGS, "p", "div", "li", "ul", "ol", "table", "dl", "section", "article"]);
/** Where facts live: never template. */
const FACT_CONTAINERS = new Set(["dl", "table"]);
/** "Rahoittaja: STEA", "Rahoittaja:" — a label with or without its value. */
const LABEL_FORM = /^[^:]{1,60}:(\s|$)/u;

interface SiteTemplate {
  /** Distinct pages counted. */
  pages: number;
  /** Short hashes of the pages counted, so that a page crawled again is not counted twice. */
  seen: string[];
  /** Normalized text → pages it was on. */
  counts: Record<string, number>;
}

interface SiteTemplatesState {
  version: 2;
  sites: Record<string, SiteTemplate>;
}

/** What extractPage calls with the parsed page before it reads the title and the facts. */
export interface PageTemplateHook {
  apply($: CheerioAPI): void;
}

const normalizeBlock = (text: string): string =>
  text
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim()
    .toLowerCase();

function isTemplate(site: SiteTemplate | undefined, text: string): boolean {
  if (!site) return false;
  const count = site.counts[text] ?? 0;
  return count >= TEMPLATE_MIN_PAGES && count >= TEMPLATE_MIN_SHARE * site.pages;
}

const tagOf = (node: AnyNode): string | undefined => (isTag(node) ? node.tagName : undefined);

function isLeafBlock(element: Element): boolean {
  if (HEADINGS.has(element.tagName)) return true;
  return !element.children.some((child) => BLOCK_CHILDREN.has(tagOf(child) ?? ""));
}

/**
 * A part of a row of two, label and value (<div><div>Huvudman</div><div>Österbottens
 * välfärdsområde</div></div>): a fact, like a table row, even when every project shares it.
 */
function isPartOfPair(element: Element): boolean {
  const parts = element.parent?.children.filter(isTag) ?? [];
  const [label, value] = parts;
  if (parts.length !== 2 || !label || !value || HEADINGS.has(label.tagName)) return false;
  const labelText = label.children
    .map((child) => (isText(child) ? child.data : ""))
    .join("")
    .trim();
  return labelText.length > 0 && labelText.length <= 60 && isLeafBlock(label) && isLeafBlock(value);
}

function insideFacts(element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (FACT_CONTAINERS.has(tagOf(parent) ?? "")) return true;
  }
  return false;
}

/**
 * A text is counted with its role: the page's title, a link, a heading or a block. A project's
 * name listed as a link in a "more projects" box on every page is not the template of the
 * heading that names it on its own page.
 */
function keyOf($: CheerioAPI, element: Element, text = normalizeBlock($(element).text())): string {
  if (element.tagName === "title" || element.tagName === "meta") return `t:${text}`;
  if (normalizeBlock($(element).find("a").text()) === text) return `a:${text}`;
  return `${HEADINGS.has(element.tagName) ? "h" : "b"}:${text}`;
}

/** The candidate elements of a page with their keys (role and normalized text). */
function candidates($: CheerioAPI): { element: Element; key: string }[] {
  const found: { element: Element; key: string }[] = [];
  for (const node of $(CANDIDATE_SELECTOR).toArray()) {
    if (!isTag(node) || !isLeafBlock(node) || insideFacts(node) || isPartOfPair(node)) continue;
    const text = normalizeBlock($(node).text());
    if (text.length < 2 || text.length > MAX_BLOCK_CHARS || LABEL_FORM.test(text)) continue;
    found.push({ element: node, key: keyOf($, node, text) });
  }
  const og = $("meta[property='og:title']").toArray()[0];
  const ogTitle = normalizeBlock($(og).attr("content") ?? "");
  if (og && isTag(og) && ogTitle) found.push({ element: og, key: `t:${ogTitle}` });
  return found;
}

/** The distinct candidate keys of a page ("h:banner text"): what is counted for its site. */
export function templateTexts($: CheerioAPI): string[] {
  return [...new Set(candidates($).map((candidate) => candidate.key))];
}

const pageHash = (url: string) => createHash("sha1").update(url).digest("base64url").slice(0, 12);

/** The pages counted, as a set, built once per site object. */
const seenSets = new WeakMap<SiteTemplate, Set<string>>();
const seenSet = (site: SiteTemplate): Set<string> => {
  let set = seenSets.get(site);
  if (!set) seenSets.set(site, (set = new Set(site.seen)));
  return set;
};

/** Counts one page's texts for its site; returns the texts that became template with it. */
export function observe(site: SiteTemplate, pageUrl: string, texts: string[]): string[] {
  const hash = pageHash(pageUrl);
  const seen = seenSet(site);
  if (seen.has(hash)) return [];
  const before = new Set(Object.keys(site.counts).filter((text) => isTemplate(site, text)));
  seen.add(hash);
  site.seen.push(hash);
  site.pages += 1;
  for (const text of texts) site.counts[text] = (site.counts[text] ?? 0) + 1;
  forgetRare(site);
  return texts.filter((text) => !before.has(text) && isTemplate(site, text));
}

function forgetRare(site: SiteTemplate): void {
  let entries = Object.entries(site.counts);
  for (let floor = 1; entries.length > MAX_TEXTS_PER_SITE; floor += 1) {
    entries = entries.filter(([, count]) => count > floor);
  }
  if (entries.length !== Object.keys(site.counts).length) site.counts = Object.fromEntries(entries);
}

/**
 * Takes the template out of a parsed page: template blocks go, except a template heading that
 * introduces the page's own text (a label such as "Rahoitus" above the funder); the <title>
 * and og:title go when they are template. When the page's <h1> was template, its first
 * remaining heading becomes the <h1>, so that the title is the name lower on the page.
 */
function stripTemplate($: CheerioAPI, site: SiteTemplate | undefined): void {
  if (!site) return;
  let removedH1 = false;
  for (const { element, key } of candidates($)) {
    if (!isTemplate(site, key)) continue;
    if (element.tagName === "h1") removedH1 = true;
    const next = $(element).next().get(0);
    const introducesOwnText =
      HEADINGS.has(element.tagName) &&
      element.tagName !== "h1" &&
      next !== undefined &&
      isTag(next) &&
      !isTemplate(site, keyOf($, next));
    if (!introducesOwnText) $(element).remove();
  }
  if (removedH1 && $("body h1").length === 0) {
    const named = $("body h2")
      .toArray()
      .find((heading) => isTag(heading) && !isTemplate(site, keyOf($, heading)));
    if (named && isTag(named)) named.tagName = "h1";
  }
}

interface SiteTemplates {
  readonly state: SiteTemplatesState;
  /** The hook for one page of `site`: counts the page (once), then strips the template. */
  hookFor(site: string, pageUrl: string): PageTemplateHook;
  /** Texts that became template since the last call, per site (then forgotten). */
  takeNewTemplate(site: string): string[];
  isTemplate(site: string, text: string): boolean;
}

export function createSiteTemplates(state: SiteTemplatesState = { version: 2, sites: {} }): SiteTemplates {
  const fresh = new Map<string, string[]>();
  const siteFor = (name: string): SiteTemplate => (state.sites[name] ??= { pages: 0, seen: [], counts: {} });
  return {
    state,
    hookFor: (name, pageUrl) => ({
      apply($) {
        const site = siteFor(name);
        const became = observe(site, pageUrl, templateTexts($));
        if (became.length > 0) fresh.set(name, [...(fresh.get(name) ?? []), ...became]);
        stripTemplate($, site);
      },
    }),
    takeNewTemplate(name) {
      const texts = fresh.get(name) ?? [];
      fresh.delete(name);
      return texts;
    },
    isTemplate: (name, text) => isTemplate(state.sites[name], text),
  };
}

export function serialiseSiteTemplates(state: SiteTemplatesState): string {
  return JSON.stringify(state);
}

/** A stored state, or an empty one when there is none or it is of another version. */
export function parseSiteTemplates(json: string | undefined): SiteTemplatesState {
  if (!json) return { version: 2, sites: {} };
  const parsed = JSON.parse(json) as Partial<SiteTemplatesState>;
  return parsed.version === 2 && parsed.sites ? { version: 2, sites: parsed.sites } : { version: 2, sites: {} };
}
