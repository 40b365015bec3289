// Pages that list other pages — listings, indexes, calendars, search results, pagination — are
// followed for their links but never become project records, and an endless calendar or
// paginator cannot fill a crawl: at most `max` URLs per path pattern (the same path with other
// query values, or the same path with other dates in it) are admitted per source and crawl.
// The cues (query parameter names, path segments, link density limits) are data, in
// config/listing-cues.json.
// Usage: const cues = await loadListingCues(); listingReason(extracted.listing, url, cues) -> reason | undefined
//        (or listingReason(html, url, cues), which parses the page for it);
//        const cap = createPatternCap(100); cap.admit(url) -> undefined | the full pattern

import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import { hasChildren, isComment, isTag, isText, type AnyNode, type Element } from "domhandler";
import { readConfigJson } from "../core/paths.js";

export interface ListingCues {
  pagingParameters: string[];
  searchParameters: string[];
  listingPathSegments: string[];
  /** A page with at least this many links in its main content is a list when... */
  minLinksForListing: number;
  /** ...more than this share of its words are link text, or... */
  maxLinkTextShare: number;
  /** ...fewer than this many words are prose outside links. */
  minProseWords: number;
  /** A page whose headings (at least this many) are all links is a list of teasers. */
  minLinkedHeadings: number;
  /** Any page with fewer words of prose than this (a front page, a bare menu) is no project page. */
  minPageProseWords: number;
}

export async function loadListingCues(): Promise<ListingCues> {
  return readConfigJson<ListingCues>("listing-cues.json");
}

/** A year, a year-month or a full date as one path segment. */
const YEAR_OR_DATE = /^(?:19|20)\d\d(?:-\d\d){0,2}$/;
const MONTH_OR_DAY = /^\d{1,2}$/;

/** The path with its date segments as "*": undefined when it has none. */
function datedShape(pathname: string): string | undefined {
  let dated = false;
  const shape = pathname.split("/").map((segment) => {
    if (YEAR_OR_DATE.test(segment) || (dated && MONTH_OR_DAY.test(segment))) {
      dated = true;
      return "*";
    }
    return segment;
  });
  return dated ? shape.join("/") : undefined;
}

/** The pattern a URL shares with its siblings in a paginator or calendar; undefined for a plain URL. */
export function pathPattern(url: string): string | undefined {
  const parsed = new URL(url);
  const names = [...new Set(parsed.searchParams.keys())].sort();
  const dated = datedShape(parsed.pathname);
  if (!dated && names.length === 0) return undefined;
  return `${parsed.host}${dated ?? parsed.pathname}${names.length > 0 ? `?${names.join("&")}` : ""}`;
}

interface PatternCap {
  /** Undefined when the URL is admitted; otherwise the pattern whose cap it is over. */
  admit(url: string): string | undefined;
}

export function createPatternCap(max: number): PatternCap {
  const counts = new Map<string, number>();
  return {
    admit(url) {
      const pattern = pathPattern(url);
      if (pattern === undefined) return undefined;
      const count = (counts.get(pattern) ?? 0) + 1;
      counts.set(pattern, count);
      return count > max ? pattern : undefined;
    },
  };
}

/** Why the URL itself says "list": paging or search parameters, a listing or calendar path. */
function listingUrlReason(url: string, cues: ListingCues): string | undefined {
  const parsed = new URL(url);
  for (const name of parsed.searchParams.keys()) {
    const lower = name.toLowerCase();
    if (cues.pagingParameters.includes(lower)) return `paginated (?${name}=)`;
    if (cues.searchParameters.includes(lower)) return `search results (?${name}=)`;
  }
  const segments = parsed.pathname.toLowerCase().split("/").filter(Boolean);
  const segment = segments.find((candidate) => cues.listingPathSegments.includes(decodeURIComponent(candidate)));
  if (segment) return `listing path (/${segment}/)`;
  const last = segments.at(-1) ?? "";
  if (YEAR_OR_DATE.test(last) || (datedShape(parsed.pathname) && MONTH_OR_DAY.test(last))) return "date path";
  return undefined;
}

const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/** What the listing judgement reads from a page's content: counted once, while the page is parsed for extraction. */
export interface ListingSignals {
  /** Links (a[href]) in the main content. */
  links: number;
  /** Words of their text. */
  linkWords: number;
  /** Words of the main content. */
  allWords: number;
  /** Headings (h2, h3) of the main content. */
  headings: number;
  /** Those whose whole text is link text. */
  linkedHeadings: number;
}

/** Chrome that takes no part in the judgement, with everything inside it. */
const LEFT_OUT = new Set(["script", "style", "nav", "header", "footer", "aside"]);

const leftOut = (node: AnyNode) => isTag(node) && LEFT_OUT.has(node.tagName);

/** The text of nodes without the chrome inside them (cheerio's text() once the chrome is removed). */
function textOf(nodes: AnyNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (leftOut(node)) continue;
    if (hasChildren(node) && !isComment(node)) text += textOf(node.children);
    else if (isText(node)) text += node.data;
  }
  return text;
}

/** The elements under the nodes that pass the test, in document order, chrome left out. */
function elementsUnder(nodes: AnyNode[], test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const node of nodes) {
    if (leftOut(node)) continue;
    if (isTag(node) && test(node)) found.push(node);
    if (hasChildren(node)) elementsUnder(node.children, test, found);
  }
  return found;
}

const isLink = (element: Element) => element.tagName === "a" && element.attribs.href !== undefined;

/**
 * The listing signals of a parsed page, read without changing it (extraction goes on with the
 * same document): the main content is the first main, [role=main] or article outside the
 * chrome, else the body.
 */
export function listingSignals($: CheerioAPI): ListingSignals {
  const document = $.root().toArray();
  const main = elementsUnder(
    document,
    (element) => element.tagName === "main" || element.tagName === "article" || element.attribs.role === "main",
  )[0];
  const body = elementsUnder(document, (element) => element.tagName === "body");
  const root = main ? [main] : body;
  const content = root.flatMap((element) => element.children);
  const links = elementsUnder(content, isLink);
  const headings = elementsUnder(content, (element) => element.tagName === "h2" || element.tagName === "h3");
  const linkedHeadings = headings.filter((heading) => {
    const text = textOf(heading.children).trim();
    return text !== "" && textOf(elementsUnder(heading.children, isLink)).trim() === text;
  });
  return {
    links: links.length,
    linkWords: links.reduce((sum, link) => sum + words(textOf(link.children)), 0),
    allWords: words(textOf(content)),
    headings: headings.length,
    linkedHeadings: linkedHeadings.length,
  };
}

/** Why the page's content says "list": many links and little prose around them, or hardly any text. */
function listingContentReason(signals: ListingSignals, cues: ListingCues): string | undefined {
  const { links, linkWords, allWords, headings, linkedHeadings } = signals;
  const prose = allWords - linkWords;
  // Teasers: every heading of the main content is a link to another page.
  if (linkedHeadings >= cues.minLinkedHeadings && linkedHeadings === headings)
    return `list of teasers (${linkedHeadings} headings that are links)`;
  const manyLinks = links >= cues.minLinksForListing;
  if (manyLinks && (linkWords > cues.maxLinkTextShare * allWords || prose < cues.minProseWords))
    return `list of links (${links} links, ${prose} words of prose)`;
  return prose < cues.minPageProseWords ? `too little text (${prose} words of prose)` : undefined;
}

/**
 * Why the page is a listing and no project page; undefined when nothing says so. The page is
 * its listing signals from extraction (ExtractedPage.listing), or HTML to parse for them.
 */
export function listingReason(page: ListingSignals | string, url: string, cues: ListingCues): string | undefined {
  const signals = typeof page === "string" ? listingSignals(cheerio.load(page)) : page;
  return listingUrlReason(url, cues) ?? listingContentReason(signals, cues);
}
