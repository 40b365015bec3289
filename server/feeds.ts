// Feeds and exports of a result set: an Atom feed (the `feed` library) so that anyone can
// follow a search such as "new youth projects in Lappi", and CSV (csv-stringify) for
// spreadsheets. Pure: a search result and addresses in, text out.
// Usage: res.type("application/atom+xml").send(atomFeed(result, { selfUrl, pageUrl, title }));

import { stringify } from "csv-stringify/sync";
import { Feed } from "feed";
import { HIT_FIELDS, type HitField } from "../core/project.js";
import type { SearchRequest } from "./search-request.js";
import type { FacetLabels } from "./labels.js";
import type { SearchHit } from "./search-service.js";

export function atomFeed(
  hits: SearchHit[],
  options: { selfUrl: string; pageUrl: string; title: string; updated: Date; labels?: FacetLabels },
): string {
  // Regions and themes by their names in the feed's language (lang=), canonical when unnamed.
  const named = (field: "regions" | "themes", values: string[]) =>
    values.map((value) => options.labels?.[field]?.[value] ?? value);
  const feed = new Feed({
    id: options.selfUrl,
    title: options.title,
    link: options.pageUrl,
    feedLinks: { atom: options.selfUrl },
    updated: options.updated,
    copyright: "Project descriptions belong to their publishers; Hankehaku links to the sources.",
    generator: "Hankehaku",
  });
  for (const hit of hits) {
    const years = [hit.startYear, hit.endYear].filter((year) => year !== undefined).join("–");
    feed.addItem({
      id: hit.url,
      link: hit.url,
      title: hit.title,
      description: [
        hit.summary,
        [hit.coordinator ?? hit.organisations[0], named("regions", hit.regions).join(", "), years]
          .filter(Boolean)
          .join(" · "),
      ]
        .filter(Boolean)
        .join("\n"),
      date: hit.startYear ? new Date(Date.UTC(hit.startYear, 0, 1)) : options.updated,
      category: [...named("regions", hit.regions), ...named("themes", hit.themes)].map((name) => ({ name })),
    });
  }
  return feed.atom1();
}

/** The CSV columns: every hit field but the internal ones, in HIT_FIELDS order. */
const NOT_EXPORTED = new Set<HitField>(["id", "site", "kind"]);
const CSV_COLUMNS = HIT_FIELDS.filter((field) => !NOT_EXPORTED.has(field));

/** A list becomes one cell, its values separated by "; ". */
function cell(value: SearchHit[HitField]): string | number | undefined {
  return Array.isArray(value) ? value.join("; ") : value;
}

/** CSV with a header row; a byte-order mark so that spreadsheet programs read ä and ö right. */
export function csvExport(hits: SearchHit[]): string {
  const rows = hits.map((hit) => CSV_COLUMNS.map((column) => neutralizeFormula(cell(hit[column]))));
  return "\ufeff" + stringify([CSV_COLUMNS, ...rows]);
}

/** A cell starting with = + - @ would run as a formula in a spreadsheet: make it text. */
function neutralizeFormula(value: string | number | undefined): string | number | undefined {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A feed's title names its search, so a reader that follows several tells them apart:
 * "Hankehaku: ”mielenterveys” · nuoret · Lappi · 2022–".
 */
export function feedTitle(request: Pick<SearchRequest, "q" | "filters" | "yearFrom" | "yearTo" | "startYear">): string {
  const parts = [
    ...(request.q.trim() ? [`”${request.q.trim()}”`] : []),
    ...Object.values(request.filters).flatMap((values) => values.join(" / ")),
  ].filter(Boolean);
  if (request.yearFrom !== undefined || request.yearTo !== undefined)
    parts.push(`${request.yearFrom ?? ""}–${request.yearTo ?? ""}`);
  if (request.startYear !== undefined) parts.push(`aloitettu ${request.startYear}`);
  return parts.length > 0 ? `Hankehaku: ${parts.join(" · ")}` : "Hankehaku: uusimmat hankkeet";
}
