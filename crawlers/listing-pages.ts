// Pages that list other pages — listings, indexes, calendars, search results, pagination — are
// followed for their links but never become project records, and an endless calendar or
// paginator cannot fill a crawl: at most `max` URLs per path pattern (the same path with other
// query values, or the same path with other dates in it) are admitted per source and crawl.
// The cues (query parameter names, path segments, link density limits) are data, in
// config/listing-cues.json.
// Usage: const cues = await loadListingCues(); listingReason(html, url, cues) -> reason | undefined;
//        const cap = createPatternCap(100); cap.admit(url) -> undefined | the full pattern

import * as cheerio from "cheerio";
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

/** Why the page's content says "list": many links and little prose around them, or hardly any text. */
function listingContentReason(html: string, cues: ListingCues): string | undefined {
  const $ = cheerio.load(html);
  $("script, style, nav, header, footer, aside").remove();
  const main = $("main, [role=main], article").first();
  const root = main.length > 0 ? main : $("body");
  const links = root.find("a[href]");
  const linkWords = links.toArray().reduce((sum, link) => sum + words($(link).text()), 0);
  const allWords = words(root.text());
  const prose = allWords - linkWords;
  // Teasers: every heading of the main content is a link to another page.
  const headings = root.find("h2, h3").toArray();
  const linked = headings.filter((heading) => {
    const text = $(heading).text().trim();
    return text !== "" && $(heading).find("a[href]").text().trim() === text;
  });
  if (linked.length >= cues.minLinkedHeadings && linked.length === headings.length)
    return `list of teasers (${linked.length} headings that are links)`;
  const manyLinks = links.length >= cues.minLinksForListing;
  if (manyLinks && (linkWords > cues.maxLinkTextShare * allWords || prose < cues.minProseWords))
    return `list of links (${links.length} links, ${prose} words of prose)`;
  return prose < cues.minPageProseWords ? `too little text (${prose} words of prose)` : undefined;
}

/** Why the page is a listing and no project page; undefined when nothing says so. */
export function listingReason(html: string, url: string, cues: ListingCues): string | undefined {
  return listingUrlReason(url, cues) ?? listingContentReason(html, cues);
}
