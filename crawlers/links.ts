// The links of a page and of a sitemap, read with htmlparser2's streaming parser (no DOM is
// built, so a page with 10 000 links or a sitemap with 50 000 URLs costs little memory).
// Usage: extractLinks(html, pageUrl) -> absolute URLs; parseSitemap(xml, (entry) => ..., (child) => ...)

import { Parser } from "htmlparser2";

/** Resolves and cleans a link: absolute http(s), no fragment; undefined for anything else. */
export function normalizeLink(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  return url.href;
}

/** Each link of a page once, in order, honouring <base href>. */
export function extractLinks(html: string, pageUrl: string): string[] {
  let base: string | undefined;
  const links = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "base" && attributes.href !== undefined && base === undefined)
        base = normalizeLink(attributes.href, pageUrl) ?? pageUrl;
      if (name !== "a" || attributes.href === undefined) return;
      const link = normalizeLink(attributes.href, base ?? pageUrl);
      if (link) links.add(link);
    },
  });
  parser.end(html);
  return [...links];
}

interface SitemapEntry {
  url: string;
  lastmod?: string;
}

/** Streams a sitemap or sitemap index: each page entry and each child sitemap as it is read. */
export function parseSitemap(xml: string, onPage: (entry: SitemapEntry) => void, onSitemap: (url: string) => void) {
  const path: string[] = [];
  let text = "";
  let entry: { loc?: string; lastmod?: string } = {};
  const parser = new Parser(
    {
      onopentag(name) {
        path.push(name.toLowerCase().replace(/^.*:/, ""));
        text = "";
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag() {
        const [parent, element] = path.slice(-2);
        if (element === "loc" && (parent === "url" || parent === "sitemap")) entry.loc = text.trim();
        if (element === "lastmod" && parent === "url") entry.lastmod = text.trim() || undefined;
        if (element === "url" && entry.loc) onPage({ url: entry.loc, lastmod: entry.lastmod });
        if (element === "sitemap" && entry.loc) onSitemap(entry.loc);
        if (element === "url" || element === "sitemap") entry = {};
        path.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

/** A whole sitemap at once (for tests and small sitemaps). */
export function extractSitemapUrls(xml: string): { pages: SitemapEntry[]; sitemaps: string[] } {
  const pages: SitemapEntry[] = [];
  const sitemaps: string[] = [];
  parseSitemap(
    xml,
    (entry) => pages.push(entry),
    (url) => sitemaps.push(url),
  );
  return { pages, sitemaps };
}
