// Pulls what a project page says out of its HTML with cheerio: the title, the main text
// without navigation, cookie banners, sidebars and footers, and label/value facts
// ("Toteutusaika: 2012–2015", <dt>Rahoitus</dt><dd>…</dd>, table rows). Pure: HTML in, data out.
// Usage: const page = extractPage(html, url);

import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import { hasChildren, isTag, isText, type AnyNode, type Element } from "domhandler";
import { descendantsByGroup, matches, selectFirst, selectIn } from "./dom-query.js";
import { listingSignals, type ListingSignals } from "./listing-pages.js";
import { normalizeLink } from "./links.js";
import type { PageTemplateHook } from "./site-template.js";

export interface Fact {
  label: string;
  value: string;
}

export interface ExtractedPage {
  url: string;
  canonicalUrl: string;
  title: string;
  /** Main text, paragraphs separated by blank lines. */
  text: string;
  /** The page's text with sidebars (where contact blocks live) but without menus and footers. */
  contactText: string;
  metaDescription?: string;
  htmlLang?: string;
  facts: Fact[];
  publishedDate?: string;
  /** The site's own name, from og:site_name or the part of the <title> after its last separator ("X – Läheisvoima ry"). */
  siteName?: string;
  /** Short blocks of the main content before the site's template is taken out (a shared line may name the fund). */
  headings: string[];
  /** The page's links, words and headings, as listing-pages.ts judges a listing by them (read before anything is taken out). */
  listing: ListingSignals;
  /** A page that mostly lists links to other pages (an index, a category page). */
  isListing: boolean;
  isNews: boolean;
}

/** Elements that are never part of the main content. */
const BOILERPLATE_SELECTORS = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "button",
  "select",
  "input",
  "nav",
  "header",
  "footer",
  "aside",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[aria-hidden=true]",
  "[hidden]",
].join(",");

/** id/class words that mark navigation, banners and other chrome in real sites. */
const BOILERPLATE_NAME =
  /(^|[\s_-])(nav|navi|menu|valikko|alavalikko|ylavalikko|breadcrumbs?|murupolku|cookie|evaste|evasteilmoitus|consent|banner|footer|alapalkki|ylapalkki|header|sidebar|vasen|oikea|sivupalkki|share|jaa|social|somejako|logos?|skip|pagination|related|ajankohtaista|widget)([\s_-]|$)/i;

const MAIN_CANDIDATES = [
  "main",
  "[role=main]",
  "article",
  ".entry-content",
  "#content",
  "#main",
  "#sisalto",
  ".content",
  "body",
];

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "br",
  "td",
  "th",
  "figure",
  "figcaption",
  "pre",
  "address",
]);

/** Elements that hold the content whatever their id or class says ("<body class=has-sidebar>"). */
const CONTENT_ROOTS = new Set(["main", "article", "body", "html"]);

/** The first of two parts that is a line break, an image or a link is no label. */
const NOT_A_LABEL = new Set(["br", "img", "a"]);

/** Sidebars and boxes that may hold a project's facts, outside the main text. */
const FACT_BOX_SELECTORS =
  "aside, [class*=fakta], [class*=facts], [class*=infobox], [class*=sidebar], [class*=sivupalkki]";

/** Per-site CSS selectors that override the generic guesses. */
export interface SiteSelectors {
  title?: string;
  content?: string;
}

export function extractPage(
  html: string,
  url: string,
  selectors: SiteSelectors = {},
  template?: PageTemplateHook,
): ExtractedPage {
  const $ = cheerio.load(html);
  // Counted on the page as fetched, before the template or the chrome goes: the crawl's listing judgement reads them.
  const listing = listingSignals($);
  // Short blocks of the main content as the page has them, template or not: a registry's shared
  // line may name the fund ("Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus").
  const document = $.root().toArray();
  const content = selectFirst(document, "main, article, [role=main]");
  const headings = selectIn(content, "h1, h2, h3, p")
    .map((block) => cleanText($(block).text()))
    .filter((text) => text.length > 0 && text.length <= 200);
  // The site's template (site-template.ts) goes first: a banner heading is never the title.
  template?.apply($);
  const tags = elementsByTag($);
  const canonicalHref = tags("link").find((link) => sameIgnoringCase(link.attribs.rel, "canonical"))?.attribs.href;
  const canonicalUrl = (canonicalHref && normalizeLink(canonicalHref, url)) || url;
  const isNews = detectNews($, tags);
  const publishedDate = findPublishedDate(tags);
  const metaDescription =
    cleanText(tags("meta").find((meta) => meta.attribs.name === "description")?.attribs.content ?? "") || undefined;
  const htmlLang = (tags("html")[0]?.attribs.lang ?? "").trim().toLowerCase().slice(0, 2) || undefined;
  const pageTitle = cleanText($(tags("title").slice(0, 1)).text());
  // Before the chrome goes: a title heading often sits in an element called "header".
  const title = (selectors.title ? cleanText($(selectors.title).first().text()) : "") || pickTitle($, tags, pageTitle);
  const siteName =
    cleanText(tags("meta").find((meta) => meta.attribs.property === "og:site_name")?.attribs.content ?? "") ||
    siteOfTitle(pageTitle);

  $(
    selectIn(document, "script, style, noscript, template, nav, header, footer, [role=navigation], [role=contentinfo]"),
  ).remove();
  const contactText = blockText($(selectFirst(document, "body")));
  // Fact boxes often sit in a sidebar ("Hanke lyhyesti"): their facts count, their text does not.
  const sideFacts = selectIn(document, FACT_BOX_SELECTORS).flatMap((box) => extractFacts($, $(box)));
  $(selectIn(document, BOILERPLATE_SELECTORS)).remove();
  // Search boxes and login forms go; a form wrapping the whole page (ASP.NET) stays.
  for (const form of selectIn(document, "form")) if (cleanText($(form).text()).length < 200) $(form).remove();
  $(selectIn(document, "[id],[class]")).each((_, element) => {
    const names = `${element.attribs.id ?? ""} ${element.attribs.class ?? ""}`;
    if (BOILERPLATE_NAME.test(names) && !CONTENT_ROOTS.has(element.tagName)) $(element).remove();
  });
  const configured = selectors.content ? $(selectors.content).first() : undefined;
  const main = configured && configured.length > 0 ? configured : pickMain($, document);
  const text = blockText(main);
  const mainFacts = extractFacts($, main, text);
  const facts = [...mainFacts, ...sideFacts.filter((fact) => !mainFacts.some((known) => known.label === fact.label))];
  const isListing = detectListing($, main);
  return {
    url,
    canonicalUrl,
    title,
    text,
    contactText,
    metaDescription,
    htmlLang,
    facts,
    headings,
    ...(siteName ? { siteName } : {}),
    publishedDate,
    listing,
    isListing,
    isNews,
  };
}

function pickMain($: CheerioAPI, document: AnyNode[]) {
  for (const selector of MAIN_CANDIDATES) {
    const candidate = $(selectFirst(document, selector));
    if (candidate.length > 0 && cleanText(candidate.text()).length > 200) return candidate;
  }
  return $(selectFirst(document, "body"));
}

/** A <title> names the site after a separator: "Hanke X :: Hankepankki", "X | City of Espoo". */
const TITLE_SITE_SEPARATOR = /\s+(?:::|\||–|—|-)\s+(?=[^:|–—-]*$)/;

function siteOfTitle(pageTitle: string): string | undefined {
  const parts = pageTitle.split(TITLE_SITE_SEPARATOR);
  return parts.length > 1 ? parts[parts.length - 1]?.trim() || undefined : undefined;
}

function pickTitle($: CheerioAPI, tags: ElementsByTag, pageTitle: string): string {
  const h1 = $(
    tags("h1")
      .filter((heading) => insideTag(heading, "body"))
      .slice(0, 1),
  );
  const heading = cleanText(h1.text());
  const ogTitle = cleanText(tags("meta").find((meta) => meta.attribs.property === "og:title")?.attribs.content ?? "");
  // The <title> and og:title usually carry the site name after a separator: "Hanke X :: Hankepankki".
  const withoutSite = (title: string) => (title.split(TITLE_SITE_SEPARATOR)[0] ?? "").trim();
  // A heading that wraps the name in more ("Researcher (Org): ”Name”"): the shorter og:title is the name.
  if (heading && ogTitle && heading.length > ogTitle.length && heading.includes(ogTitle)) return ogTitle;
  // A section page ("Our projects") whose project is one <article>: its own heading names it.
  const articles = tags("article");
  const articleHeading = cleanText($(selectFirst(articles.slice(0, 1), "h1, h2")).text());
  const h1Element = h1.get(0);
  if (articleHeading && h1Element && !insideTag(h1Element, "article") && articles.length === 1) return articleHeading;
  return heading || withoutSite(ogTitle) || withoutSite(pageTitle) || pageTitle;
}

/** The page's elements with a tag name ("*" for all), in document order. */
type ElementsByTag = (tag: string) => Element[];

/**
 * One walk over the page gives its elements by tag name: the look-ups made before anything is
 * taken out (canonical link, meta tags, title, headings) read it instead of a selector walk each.
 */
function elementsByTag($: CheerioAPI): ElementsByTag {
  const byTag = new Map<string, Element[]>();
  const add = (tag: string, element: Element) => {
    const elements = byTag.get(tag);
    if (elements) elements.push(element);
    else byTag.set(tag, [element]);
  };
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isTag(node)) {
        add(node.tagName, node);
        add("*", node);
      }
      if (hasChildren(node)) walk(node.children);
    }
  };
  walk($.root().toArray());
  return (tag) => byTag.get(tag) ?? [];
}

/** An attribute compared as HTML compares rel and type: without regard to case. */
const sameIgnoringCase = (value: string | undefined, expected: string) =>
  value !== undefined && value.length === expected.length && value.toLowerCase() === expected;

function insideTag(element: Element, tag: string): boolean {
  for (let parent = element.parent; parent; parent = parent.parent)
    if (isTag(parent) && parent.tagName === tag) return true;
  return false;
}

/** Text of an element with block boundaries kept as line breaks. */
export function blockText(root: ReturnType<CheerioAPI>): string {
  const parts: string[] = [];
  // Walks the parsed nodes themselves: a cheerio wrapper per node cost more than the walk.
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isText(node)) {
        parts.push(node.data);
      } else if (isTag(node)) {
        const tag = node.tagName.toLowerCase();
        const isBlock = BLOCK_TAGS.has(tag);
        // Spans styled apart ("<span class=label>Programme</span><span class=value>…") are words apart.
        const spaced = !isBlock && tag === "span" && Boolean(node.attribs.class);
        if (isBlock) parts.push("\n");
        else if (spaced) parts.push(" ");
        if (tag === "img") continue;
        walk(node.children);
        if (isBlock) parts.push("\n");
        else if (spaced) parts.push(" ");
      }
    }
  };
  walk(root.toArray().flatMap((element) => (hasChildren(element) ? element.children : [])));
  return parts
    .join("")
    .split(/\n/)
    .map((line) => cleanText(line))
    .filter((line) => line.length > 0 && !/^(lue lisää|läs mer|read more)\.?$/i.test(line))
    .join("\n");
}

/** Whitespace that cleanText changes: any but a single inner space, and the zero-width space. */
const UNCLEAN = /[^\S ]|\u200b| {2}|^ | $/;

export function cleanText(text: string): string {
  // Most lines are clean already: one scan finds that, where the replace rebuilt them at every space.
  return UNCLEAN.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, " ").trim() : text;
}

type FactGroup = "dt" | "tr" | "table" | "row" | "bold" | "heading";

/** The elements extractFacts reads, by tag: one walk finds them all. */
const FACT_GROUPS = new Map<string, FactGroup>([
  ["dt", "dt"],
  ["tr", "tr"],
  ["table", "table"],
  ...["div", "li", "p"].map((tag): [string, FactGroup] => [tag, "row"]),
  ...["strong", "b"].map((tag): [string, FactGroup] => [tag, "bold"]),
  ...["h2", "h3", "h4", "h5"].map((tag): [string, FactGroup] => [tag, "heading"]),
]);

/** Label/value pairs from definition lists, two-column tables and "Label: value" lines. */
export function extractFacts($: CheerioAPI, root: ReturnType<CheerioAPI>, rootText = blockText(root)): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string) => {
    const cleanLabel = cleanText(label).replace(/[:：]\s*$/, "");
    const cleanValue = cleanText(value);
    if (cleanLabel && cleanValue && cleanLabel.length <= 60) facts.push({ label: cleanLabel, value: cleanValue });
  };
  const groups = descendantsByGroup(root.toArray(), (tag) => FACT_GROUPS.get(tag));
  const inGroup = (group: FactGroup) => groups.get(group) ?? [];
  for (const dt of inGroup("dt")) {
    const values = definitionsOf(dt).map((dd) => cleanText($(dd).text()));
    add($(dt).text(), values.join("; "));
  }
  for (const row of inGroup("tr")) {
    const cells = childrenMatching(row, "th, td");
    if (cells.length === 2) add($(cells[0]).text(), $(cells[1]).text());
  }
  // A card of columns: a row of headings over a row of values ("Projektiaika | Rahoitus | …").
  for (const table of inGroup("table")) {
    const rows = selectIn(table, "tr");
    for (const [index, row] of rows.entries()) {
      const heads = row.children.filter(isTag);
      const next = rows[index + 1];
      if (heads.length < 2 || !next || heads.some((head) => matches(head, "td"))) continue;
      const values = childrenMatching(next, "td");
      if (values.length === heads.length)
        for (const [column, head] of heads.entries()) add($(head).text(), $(values[column]).text());
    }
  }
  // A row of two parts, label and value: <div><span class="label">…</span><span>…</span></div>.
  $(inGroup("row")).each((_, row) => {
    const [first, second, ...more] = row.children.filter(isTag);
    if (!first || !second || more.length > 0 || row.children.some((n) => isText(n) && cleanText(n.data))) return;
    const label = cleanText($(first).text());
    if (label.length <= 60 && !NOT_A_LABEL.has(first.tagName)) add(label, cleanText($(second).text()));
  });
  // <strong>Label:</strong> value, or <b>Label</b><br>value, at the start of a block.
  // Lines of each block, read once however many bold labels it holds.
  const linesOf = new Map<AnyNode | undefined, string[]>();
  $(inGroup("bold")).each((_, strong) => {
    const label = cleanText($(strong).text());
    const block = $(closestMatching(strong, "p, li, div, td"));
    const blockLines = linesOf.get(block.get(0)) ?? blockText(block).split("\n");
    linesOf.set(block.get(0), blockLines);
    const index = blockLines.findIndex((line) => line.startsWith(label));
    if (index < 0 || (!/[:：]$/.test(label) && index !== 0)) return;
    const sameLine = (blockLines[index] ?? "").slice(label.length);
    add(label, sameLine.trim() || blockLines.slice(index + 1).join("; "));
  });
  // A short heading followed by a short block: <h3>Rahoitus</h3><p>STEA</p>.
  $(inGroup("heading")).each((_, heading) => {
    const label = cleanText($(heading).text());
    const next = $(nextMatching(heading, "p, ul, ol, div"));
    // One item per line or list item ("Osatoteuttajat" over names split by <br>): a list, not one name.
    const value = next.length > 0 ? blockText(next).split("\n").join("; ") : "";
    if (label.length <= 40 && value.length > 0 && value.length <= 300) add(label, value);
  });
  // Plain "Label: value" lines in paragraphs and list items, and a short label line (with or
  // without a colon, or a question: "Onko kyseessä Leader-hanke?" over "kyllä") over its value line.
  // "Projekttid 1.1.2023–31.12.2025 | Finansiärer: … | Område: Åboland": one fact per part.
  const lines = rootText.split(/\n|\s+[|·]\s+/);
  for (const [index, line] of lines.entries()) {
    const match = /^([\p{Lu}][\p{L}\d ,()/-]{2,60}):\s+(.{2,400})$/u.exec(line);
    const next = lines[index + 1];
    if (match?.[1] && match[2]) {
      if (!facts.some((fact) => fact.label === match[1])) add(match[1], match[2]);
    } else if (next && /^[\p{Lu}][\p{L}\d ,()/-]{2,60}[:?]?$/u.test(line) && !facts.some((f) => f.label === line))
      add(line, next);
  }
  return facts;
}

/** The <dd> elements after a <dt>, up to the next <dt> (as `.nextUntil("dt", "dd")`). */
function definitionsOf(dt: Element): Element[] {
  const values: Element[] = [];
  for (let sibling = dt.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (matches(sibling, "dt")) break;
    if (isTag(sibling) && matches(sibling, "dd")) values.push(sibling);
  }
  return values;
}

const childrenMatching = (element: Element, selector: string): Element[] =>
  element.children.filter(isTag).filter((child) => matches(child, selector));

/** The element itself or its nearest ancestor that matches (as `.closest`); none is an empty list. */
function closestMatching(element: Element, selector: string): Element[] {
  for (let at: AnyNode | null = element; at; at = at.parent) if (isTag(at) && matches(at, selector)) return [at];
  return [];
}

/** The next element sibling if it matches (as `.next(selector)`); none is an empty list. */
function nextMatching(element: Element, selector: string): Element[] {
  let next = element.nextSibling;
  while (next && !isTag(next)) next = next.nextSibling;
  return next && matches(next, selector) ? [next] : [];
}

function detectNews($: CheerioAPI, tags: ElementsByTag): boolean {
  const types = tags("script")
    .filter((script) => sameIgnoringCase(script.attribs.type, "application/ld+json"))
    .map((script) => $(script).text())
    .join(" ");
  // og:type "article" is not enough: WordPress gives it to every page.
  return (
    /"@type"\s*:\s*"(NewsArticle|PressRelease)"/.test(types) ||
    tags("*").some((element) => element.attribs.itemtype?.endsWith("schema.org/NewsArticle"))
  );
}

function findPublishedDate(tags: ElementsByTag): string | undefined {
  const candidates = [
    tags("meta").find((meta) => meta.attribs.property === "article:published_time")?.attribs.content,
    tags("time").find((time) => time.attribs.datetime !== undefined)?.attribs.datetime,
  ];
  for (const value of candidates) {
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? "")?.[1];
    if (date) return date;
  }
  return undefined;
}

/** Listing pages: most of the text sits in links to other pages under headings or list items. */
function detectListing($: CheerioAPI, main: ReturnType<CheerioAPI>): boolean {
  const linkedHeadings = selectIn(main.toArray(), "h2, h3, h4").filter((heading) => {
    const text = cleanText($(heading).text());
    return text.length > 0 && cleanText($(selectIn(heading, "a")).text()) === text;
  }).length;
  return linkedHeadings >= 3;
}
