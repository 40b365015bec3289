// Extraction quality over the fixture pages, field by field, against ../shared/fixtures/gold.json
// (the facts a careful person takes from each page). Prints precision, recall and F1 per field;
// the suite fails if any field's F1 falls below 0.9.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { extractPage } from "../../crawlers/extract.js";
import { normalizeProject } from "../../crawlers/normalize/index.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import type { Project } from "../../core/project.js";
import { countItems, scores, type Counts } from "../support/field-scores.js";
import { FIXTURE_SITE, GOLD_FILE } from "../support/paths.js";

interface Gold {
  page: string;
  [field: string]: unknown;
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);
const asItems = (value: unknown, normalize: (v: unknown) => unknown = (v) => v): string[] =>
  value === null || value === undefined
    ? []
    : (Array.isArray(value) ? value : [value]).map((item) => String(normalize(item)));

/** How each gold field is read from a record. */
const FIELDS: Record<string, { gold: (g: Gold) => string[]; ours: (p: Project) => string[] }> = {
  language: { gold: (g) => asItems(g.language), ours: (p) => asItems(p.language) },
  kind: { gold: (g) => asItems(g.kind), ours: (p) => asItems(p.kind) },
  title: { gold: (g) => asItems(g.title, lower), ours: (p) => asItems(p.title, lower) },
  regions: { gold: (g) => asItems(g.regions), ours: (p) => p.regions },
  municipalities: { gold: (g) => asItems(g.municipalities), ours: (p) => p.municipalities },
  funders: { gold: (g) => asItems(g.funders, lower), ours: (p) => asItems(p.funders, lower) },
  fundingShares: {
    gold: (g) =>
      (g.fundingShares as { funder: string; percent: number }[]).map((s) => `${s.funder.toLowerCase()}:${s.percent}`),
    ours: (p) => p.fundingShares.map((s) => `${s.funder.toLowerCase()}:${s.percent}`),
  },
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
  contacts: {
    gold: (g) => (g.contacts as { name: string | null }[]).flatMap((c) => asItems(c.name, lower)),
    ours: (p) => p.contacts.map((c) => c.name.toLowerCase()),
  },
  publishedDate: { gold: (g) => asItems(g.publishedDate), ours: (p) => asItems(p.publishedDate) },
};

const MIN_F1 = 0.9;

describe("extraction quality against gold.json", function () {
  const results: Record<string, { precision: number; recall: number; f1: number }> = {};

  before(async function () {
    const gold = JSON.parse(await readFile(GOLD_FILE, "utf8")) as Gold[];
    const vocabularies = await loadVocabularies();
    const counts: Record<string, Counts> = Object.fromEntries(
      Object.keys(FIELDS).map((field) => [field, { tp: 0, fp: 0, fn: 0 }]),
    );
    for (const entry of gold) {
      const html = await readFile(path.join(FIXTURE_SITE, entry.page), "utf8");
      const project = normalizeProject(extractPage(html, `http://127.0.0.1:8765/${entry.page}`), {
        fetchedAt: "2026-11-23T12:00:00Z",
        now: new Date("2026-11-23T12:00:00Z"),
        vocabularies,
      });
      for (const [field, read] of Object.entries(FIELDS))
        countItems(read.ours(project), read.gold(entry), counts[field]!);
    }
    for (const field of Object.keys(FIELDS)) results[field] = scores(counts[field]!);
    console.log("\n    field            precision  recall     F1");
    for (const [field, score] of Object.entries(results)) {
      console.log(
        `    ${field.padEnd(16)} ${score.precision.toFixed(2).padStart(9)} ${score.recall.toFixed(2).padStart(7)} ${score.f1.toFixed(2).padStart(6)}`,
      );
    }
    console.log();
  });

  for (const field of Object.keys(FIELDS)) {
    it(`${field}: F1 at least ${MIN_F1}`, function () {
      expect(results[field]!.f1, field).to.be.at.least(MIN_F1);
    });
  }
});
