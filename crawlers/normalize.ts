// Turns an extracted page into a Project record (design.md): canonical regions, funders,
// target groups and themes from the vocabularies in config/, years, budget, organisations,
// language, page kind and status. Pure: the clock and the vocabularies are passed in.
// Usage: const project = normalizeProject(extractPage(html, url), { fetchedAt, now, vocabularies });

import { createHash } from "node:crypto";
import { franc } from "franc";
import type { Language, PageKind, Project, ProjectStatus } from "../project.js";
import type { ExtractedPage, Fact } from "./extract.js";
import type { Vocabularies } from "./vocabulary.js";

export interface NormalizeContext {
  fetchedAt: string;
  now: Date;
  vocabularies: Vocabularies;
}

/** Fact labels, Finnish, Swedish and English, for each kind of fact. */
const LABELS = {
  region: /^(alue|alueet|toiminta-?alue|toteutusalue|maakunta|maakunnat|kunnat|paikkakunta|paikkakunnat|toteutuspaikka|sijainti|region|regioner|område|verksamhetsområde|ort|area|location)$/i,
  funder: /^(rahoitta(ja|jat)|rahoitus|rahoituslähde|rahoituslähteet|päärahoittaja|finansiär|finansiärer|finansiering|funder|funders|funding|financier)$/i,
  targetGroup: /^(kohderyhmä|kohderyhmät|kohderyhmä\(t\)|målgrupp|målgrupper|målgrupp\(er\)|target groups?|audience)$/i,
  period: /^(toteutusaika|hankkeen kesto|kesto|aikataulu|hankeaika|toiminta-?aika|toimiaika|ajankohta|hanke alkaa|hanke päättyy|alkaa|päättyy|projekttid|tidsplan|verksamhetstid|duration|period|project period|timeline)$/i,
  budget: /^(budjetti|kokonaisbudjetti|kustannusarvio|kokonaiskustannukset|hankkeen budjetti|budget|total budget|kostnadsförslag)$/i,
  coordinator: /^(hallinnoija|hallinnoiva organisaatio|päätoteuttaja|koordinaattori|koordinoija|vastuuorganisaatio|huvudman|koordinator|projektägare|coordinator|lead organisation|lead partner)$/i,
  partners: /^(toteuttaja|toteuttajat|osatoteuttajat|osatoteuttaja|kumppanit|yhteistyökumppanit|toimijat|partnerit|samarbetspartner|samarbetspartners|partners|partner organisations)$/i,
};

/** Organisations that stand for a place: cities, municipalities, regional councils, wellbeing services counties. */
const PUBLIC_BODY = /(kaupunki|kunta|kuntayhtymä|liitto|hyvinvointialue|sairaanhoitopiiri|perusturva|seurakunta|seutu|sote\b|stad|kommun|landskap|city of|municipality)/i;

export function projectId(canonicalUrl: string): string {
  return createHash("sha256").update(canonicalUrl).digest("hex").slice(0, 16);
}

export function normalizeProject(page: ExtractedPage, context: NormalizeContext): Project {
  const { vocabularies } = context;
  const factsFor = (label: RegExp) => page.facts.filter((fact: Fact) => label.test(fact.label)).map((fact) => fact.value);
  const summary = makeSummary(page);
  const coordinator = factsFor(LABELS.coordinator).flatMap(splitList)[0];
  const organisations = unique([...(coordinator ? [coordinator] : []), ...factsFor(LABELS.partners).flatMap(splitList)]);
  // Where the project is: its title, its stated area, and the public bodies running it. Other
  // places the page mentions (a contact's address, a seminar venue) do not count.
  const placeText = [page.title, ...factsFor(LABELS.region), ...organisations.filter((name) => PUBLIC_BODY.test(name))].join("\n");
  const municipalities = vocabularies.municipalities.find(placeText);
  const regions = unique([
    ...vocabularies.regions.find(placeText),
    ...municipalities.map((municipality) => vocabularies.municipalities.regionOf(municipality) ?? ""),
  ]);
  const funderValues = factsFor(LABELS.funder);
  const years = parsePeriod(factsFor(LABELS.period).join(" – "));
  const url = page.canonicalUrl;
  const site = new URL(url).host;
  return {
    id: projectId(url),
    url,
    sources: [{ url: page.url, site: new URL(page.url).host, fetchedAt: context.fetchedAt }],
    site,
    language: detectLanguage(`${page.title}\n${page.text}`, page.htmlLang),
    kind: detectKind(page),
    title: page.title,
    summary,
    description: page.text,
    ...(coordinator ? { coordinator } : {}),
    organisations,
    regions,
    municipalities,
    funders: unique([...vocabularies.funders.find(funderValues.join("\n")), ...regionalFunders(funderValues.join("\n"))]),
    fundingShares: [],
    ...budgetField(factsFor(LABELS.budget).join(" ")),
    ...years,
    status: statusOf(years, context.now),
    targetGroups: vocabularies.targetGroups.find(factsFor(LABELS.targetGroup).join("\n")),
    themes: vocabularies.themes.find(`${page.title}\n${page.text}`),
    contacts: [],
    ...(page.publishedDate ? { publishedDate: page.publishedDate } : {}),
    fetchedAt: context.fetchedAt,
    updatedAt: context.fetchedAt,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

function splitList(value: string): string[] {
  return value.split(/\s*(?:;|,|\s+ja\s+|\s+och\s+|\s+and\s+)\s*/).map((part) => part.trim()).filter((part) => part.length > 1);
}

/** Regional councils and cities that fund projects, kept in their basic form. */
function regionalFunders(text: string): string[] {
  const matches = text.match(/\p{Lu}[\p{L}-]*n (?:liitto|kaupunki|kunta)\b/gu) ?? [];
  return matches;
}

function makeSummary(page: ExtractedPage): string {
  const source = page.metaDescription && page.metaDescription.length >= 40
    ? page.metaDescription
    : page.text.split("\n").find((line) => line.length >= 80 && line !== page.title) ?? page.text;
  if (source.length <= 300) return source;
  const cut = source.slice(0, 299);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

const FRANC_TO_LANGUAGE: Record<string, Language> = { fin: "fi", swe: "sv", eng: "en" };

export function detectLanguage(text: string, htmlLang?: string): Language {
  const detected = FRANC_TO_LANGUAGE[franc(text.slice(0, 3000), { only: ["fin", "swe", "eng"], minLength: 20 })];
  if (detected) return detected;
  return htmlLang === "sv" || htmlLang === "en" ? htmlLang : "fi";
}

function detectKind(page: ExtractedPage): PageKind {
  if (page.isListing) return "other";
  if (page.isNews) return "news";
  if (/toimintamalli|hyva-kaytanto|practice/i.test(page.url)) return "practice";
  return "project";
}

interface Period {
  startDate?: string;
  endDate?: string;
  startYear?: number;
  endYear?: number;
}

/** "1.1.2012–31.1.2015", "2012–2015", "2010 - ...", "2023 vuoden loppuun" */
export function parsePeriod(text: string): Period {
  const period: Period = {};
  const dates = [...text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g)].map(
    ([, day, month, year]) => `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`,
  );
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((match) => Number(match[1]));
  if (dates[0]) period.startDate = dates[0];
  if (dates[1]) period.endDate = dates[1];
  if (years.length > 0) period.startYear = years[0];
  if (years.length > 1) period.endYear = years[years.length - 1];
  if (years.length === 1 && /(loppuun|asti|saakka|until|till)\b/i.test(text)) {
    delete period.startYear;
    period.endYear = years[0];
  }
  return period;
}

export function parseEuros(text: string): number | undefined {
  const match = /(\d[\d\s\u00a0.]*(?:,\d+)?)\s*(milj(?:\.|oonaa)?|miljoner|million|M)?\s*(?:€|euroa|eur|euro)/i.exec(text)
    ?? /€\s*(\d[\d\s\u00a0.]*(?:,\d+)?)\s*(milj(?:\.|oonaa)?|million)?/i.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]!.replace(/[\s\u00a0.]/g, "").replace(",", "."));
  if (!Number.isFinite(amount)) return undefined;
  return match[2] ? Math.round(amount * 1_000_000) : amount;
}

function budgetField(text: string): { budgetEur?: number } {
  const budgetEur = parseEuros(text);
  return budgetEur === undefined ? {} : { budgetEur };
}

export function statusOf(period: Period, now: Date): ProjectStatus {
  const today = now.toISOString().slice(0, 10);
  const start = period.startDate ?? (period.startYear ? `${period.startYear}-01-01` : undefined);
  const end = period.endDate ?? (period.endYear ? `${period.endYear}-12-31` : undefined);
  if (!start && !end) return "unknown";
  if (start && start > today) return "planned";
  if (end && end < today) return "ended";
  return start ? "ongoing" : "unknown";
}
