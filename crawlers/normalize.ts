// Turns an extracted page into a Project record (design.md): canonical regions, funders,
// target groups and themes from the vocabularies in config/, years, budget, organisations,
// language, page kind and status. Pure: the clock and the vocabularies are passed in.
// Usage: const project = normalizeProject(extractPage(html, url), { fetchedAt, now, vocabularies });

import { createHash } from "node:crypto";
import { distance } from "fastest-levenshtein";
import { franc } from "franc";
import type { Language, PageKind, Project, ProjectStatus } from "../core/project.js";
import { extractContacts } from "./contacts.js";
import type { ExtractedPage, Fact } from "./extract.js";
import type { Vocabularies, Vocabulary } from "./vocabulary.js";

export interface NormalizeContext {
  fetchedAt: string;
  now: Date;
  vocabularies: Vocabularies;
}

/** Fact labels, Finnish, Swedish and English, for each kind of fact. */
const LABELS = {
  region:
    /^(alue|alueet|toiminta-?alue|toteutusalue|maakunta|maakunnat|kunnat|paikkakunta|paikkakunnat|toteutuspaikka|sijainti|region|regioner|område|verksamhetsområde|ort|area|location)$/i,
  funder:
    /^(rahoitta(ja|jat)|rahoitus|rahoituslähde|rahoituslähteet|päärahoittaja|finansiär|finansiärer|finansiering|funder|funders|funding|financier)$/i,
  // "Varsinaiset kohderyhmät", "Välilliset kohderyhmät" too.
  targetGroup: /(kohderyhm|målgrupp|target group|audience)/i,
  period:
    /^(toteutusaika|hankkeen kesto|kesto|aikataulu|hankeaika|toiminta-?aika|toimiaika|ajankohta|hanke alkaa|hanke päättyy|alkaa|päättyy|projekttid|tidsplan|verksamhetstid|duration|period|project period|timeline)$/i,
  budget:
    /^(budjetti|kokonaisbudjetti|kustannusarvio|kokonaiskustannukset|hankkeen budjetti|budget|total budget|kostnadsförslag)$/i,
  coordinator:
    /^(hallinnoija|hallinnoiva organisaatio|päätoteuttaja|toteuttaja|toteutuspaikka|koordinaattori|koordinoija|vastuuorganisaatio|huvudman|koordinator|projektägare|coordinator|lead organisation|lead partner)$/i,
  partners:
    /^(toteuttajat|osatoteuttajat|osatoteuttaja|kumppanit|yhteistyökumppanit|toimijat|partnerit|samarbetspartner|samarbetspartners|partners|partner organisations)$/i,
};

/** Organisations that stand for a place: cities, municipalities, regional councils, wellbeing services counties. */
const PUBLIC_BODY =
  /(kaupunki|kunta|kuntayhtymä|liitto|hyvinvointialue|sairaanhoitopiiri|perusturva|seurakunta|seutu|sote\b|stad|kommun|landskap|city of|municipality)/i;

export function projectId(canonicalUrl: string): string {
  return createHash("sha256").update(canonicalUrl).digest("hex").slice(0, 16);
}

/**
 * Facts written into sentences rather than laid out: "Osatoteuttajat: A, B.", "Rahoitus – STEA.",
 * "Toteutusaika 2023 vuoden loppuun." A sentence counts when it starts with a known label.
 */
export function proseFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of text.split(/\n|(?<=[.!?])\s+(?=[\p{Lu}])/u)) {
    const match = /^([\p{L}][\p{L} ()-]{2,40}?)(?:\s*[:–—]\s*|\s+(?=\d))(.{2,400}?)\.?$/u.exec(sentence.trim());
    if (match && Object.values(LABELS).some((label) => label.test(match[1]!.trim())))
      facts.push({ label: match[1]!.trim(), value: match[2]!.trim() });
  }
  return facts;
}

/**
 * "hallinnoijana Vaasan kaupunki (50 %)\nRannikko-Pohjanmaan … ky (50 %)": administrators listed
 * with their shares, one per line; the first leads.
 */
export function proseAdministrators(text: string): string[] {
  const lines = text.split("\n");
  const share = /^(.+?)\s*\(\s*\d{1,3}\s*%\s*\)\s*$/u;
  for (const [index, line] of lines.entries()) {
    const match = /(?:hallinnoijana|hallinnoijina)\s+(?:toimii\s+|toimivat\s+|on\s+|ovat\s+)?(.+)$/u.exec(line);
    if (!match || !share.test(match[1]!)) continue;
    const names = [share.exec(match[1]!)![1]!];
    for (const next of lines.slice(index + 1)) {
      const listed = share.exec(next);
      if (!listed) break;
      names.push(listed[1]!);
    }
    return names.map(cleanOrganisationName);
  }
  return [];
}

const ORGANISATION_TYPES = [
  "kaupunki",
  "kunta",
  "kuntayhtymä",
  "liitto",
  "yhdistys",
  "säätiö",
  "yliopisto",
  "ammattikorkeakoulu",
  "hyvinvointialue",
];

/**
 * The type word at the end of a name, as the official name has it: a slip of the pen
 * ("Vaasan kaunpunki") is one edit from a known type word; "ky" after a health or education
 * body is a kuntayhtymä (not the business form).
 */
export function cleanOrganisationName(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (last === "ky" && /(sosiaali|terve|perusturva|koulutus|kuntien)/i.test(name))
    words[words.length - 1] = "kuntayhtymä";
  else if (last.length >= 5 && !ORGANISATION_TYPES.includes(last.toLowerCase())) {
    const near = ORGANISATION_TYPES.find((type) => distance(type, last.toLowerCase()) === 1);
    if (near) words[words.length - 1] = near;
  }
  return words.join(" ");
}

/** "XAMK toimii projektin hallinnoijana", "hallinnoijana Vaasan kaupunki": the lead named in a sentence. */
export function proseCoordinator(text: string): string | undefined {
  const before =
    /([\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+){0,5}?)\s+toimii\s+(?:projektin|hankkeen)\s+(?:hallinnoijana|päätoteuttajana|koordinaattorina)/u.exec(
      text,
    );
  if (before) return before[1];
  const after =
    /(?:hallinnoijana|päätoteuttajana)\s+(?:toimii\s+|on\s+)?([\p{Lu}][\p{L}-]*(?:\s[\p{Ll}-]+){0,4})/u.exec(text);
  return after?.[1];
}

export function normalizeProject(page: ExtractedPage, context: NormalizeContext): Project {
  const { vocabularies } = context;
  const laidOut = [
    ...page.facts,
    ...proseFacts(page.text).filter((fact) => !page.facts.some((known) => known.label === fact.label)),
  ];
  const allFacts = [...laidOut, ...embeddedFacts(laidOut)];
  const factsFor = (label: RegExp) => allFacts.filter((fact: Fact) => label.test(fact.label)).map((fact) => fact.value);
  const summary = makeSummary(page);
  const administrators = proseAdministrators(page.text);
  const statedCoordinator =
    factsFor(LABELS.coordinator).flatMap(splitList)[0] ?? administrators[0] ?? proseCoordinator(page.text);
  const coordinator = expandOrganisation(statedCoordinator && cleanOrganisationName(statedCoordinator), vocabularies);
  const sentences = page.text.split(/(?<=[.!?])\s+|\n/);
  const organisations = withoutShorterForms([
    ...(coordinator ? [coordinator] : []),
    ...administrators,
    ...factsFor(LABELS.partners)
      .flatMap(splitList)
      .map((name) => expandOrganisation(name, vocabularies)!),
    ...sentences
      .filter((sentence) => RUNNING_SENTENCE.test(sentence))
      .flatMap((sentence) => [
        ...listedPublicBodies(sentence, vocabularies.organisations),
        ...vocabularies.organisations.find(sentence),
      ]),
  ]);
  const funderValues = factsFor(LABELS.funder);
  const fundingSentences = sentences.filter((sentence) => FUNDING_SENTENCE.test(sentence));
  const funders = unique([
    ...fundersIn(funderValues.join("\n"), vocabularies),
    ...fundingSentences.flatMap((sentence) => [
      ...vocabularies.funders.find(sentence),
      ...listedPublicBodies(sentence, vocabularies.organisations),
    ]),
  ]);
  // Where the project is: its title, its stated area, sentences saying where it runs, and the
  // public bodies running or funding it. Other places the page mentions (a contact's address,
  // a seminar venue) do not count.
  const placeText = [
    page.title,
    ...factsFor(LABELS.region),
    ...[...organisations, ...funders].filter((name) => PUBLIC_BODY.test(name)),
    ...sentences.filter((sentence) => sentence.length < 300 && AREA_SENTENCE.test(sentence)),
  ].join("\n");
  const municipalities = vocabularies.municipalities.find(placeText);
  const regions = unique([
    ...vocabularies.regions.find(placeText),
    ...(sentences.some((sentence) => NATIONWIDE.test(sentence)) ? ["Koko Suomi"] : []),
    ...municipalities.map((municipality) => vocabularies.municipalities.regionOf(municipality) ?? ""),
  ]);
  const periodFacts = factsFor(LABELS.period);
  const years = periodFacts.length > 0 ? parsePeriod(periodFacts.join(" – ")) : proseYears(sentences);
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
    funders,
    fundingShares: fundingShares(funderValues.join("\n"), vocabularies),
    ...budgetField(factsFor(LABELS.budget).join(" ")),
    ...years,
    status: statusOf(years, context.now),
    targetGroups: vocabularies.targetGroups.find(
      [...factsFor(LABELS.targetGroup), ...sentences.filter((sentence) => TARGET_SENTENCE.test(sentence))].join("\n"),
    ),
    themes: vocabularies.themes.find(`${page.title}\n${page.text}`),
    contacts: extractContacts(page.contactText).contacts,
    ...(page.publishedDate ? { publishedDate: page.publishedDate } : {}),
    fetchedAt: context.fetchedAt,
    updatedAt: context.fetchedAt,
  };
}

/** An organisation written by abbreviation or another form ("XAMK") under its name (config/organisations.json). */
function expandOrganisation(name: string | undefined, vocabularies: Vocabularies): string | undefined {
  if (!name) return undefined;
  return vocabularies.organisations.exact(name) ?? name;
}

/**
 * Funders named in a funding statement: the funder vocabulary, councils and cities as written,
 * and known organisations ("JEDU") under their names, with the abbreviation the page used.
 */
function fundersIn(text: string, vocabularies: Vocabularies): string[] {
  const known = [...vocabularies.funders.find(text), ...regionalFunders(text)];
  for (const segment of text.split(/[,;/]|\s+ja\s+|\d{1,3}\s*%/)) {
    const name = segment.trim();
    const organisation =
      name && !vocabularies.funders.find(name).length ? vocabularies.organisations.exact(name) : undefined;
    if (organisation) known.push(/^[A-ZÅÄÖ]{2,}$/.test(name) ? `${organisation} (${name})` : organisation);
  }
  return unique(known);
}

/**
 * "70 % Pohjois-Pohjanmaan liitto/EAKR, 30 % JEDU": each share goes to the fund its part names
 * (the EU fund granted through a council, rather than the council), when it is known.
 */
export function fundingShares(text: string, vocabularies: Vocabularies): { funder: string; percent: number }[] {
  const shares: { funder: string; percent: number }[] = [];
  for (const match of text.matchAll(/(\d{1,3}(?:[,.]\d+)?)\s*%\s*([^,;%]+)/g)) {
    const funder = fundersIn(match[2]!, vocabularies)[0];
    if (funder) shares.push({ funder, percent: Number(match[1]!.replace(",", ".")) });
  }
  return shares;
}

/** Sentences that say who funds the project, not ones that merely mention funding. */
const FUNDING_SENTENCE =
  /\b(rahoitta(?:a|nut|neet|vat|jana|jat|jina)|rahoitusta\s|rahoituksella|finansier(?:ar|as|ad|at)|funded by)/i;
/** Sentences that say who runs the project (funding alone does not make an organisation a runner). */
const RUNNING_SENTENCE = /(käynnistä|toteutta|hallinnoi|mukana|kumppan)/i;
/** Sentences and lines that state where the project is. */
const AREA_SENTENCE = /(ovat mukana|on mukana|hankealue|kohdealue|toteutetaan|\balue(?:ella|en)?\b|\balueilla\b)/i;
const NATIONWIDE =
  /(eri puolilla Suomea|koko Suomessa|koko maassa|valtakunnallisesti|valtakunnallinen hanke|i hela Finland|nationwide)/i;
const TARGET_SENTENCE =
  /(kohderyhm|keskiössä ovat|suunnattu|suunnataan|hyödynsaaj|voivat hyödyntää|tarjoaa|tarjotaan|kiinnostuneille|tavoitteena on tukea|riktar sig till|aimed at)/i;

/**
 * Cities, municipalities and colleges named together in prose, "Helsingin, Espoon, Vantaan ja
 * Lahden kaupungit", as organisations in their basic form ("Helsingin kaupunki", …).
 */
export function listedPublicBodies(sentence: string, organisations?: Vocabulary): string[] {
  const bodies: string[] = [];
  // "Metropolia ja Laurea ammattikorkeakoulut": each by its own name where it is known.
  for (const match of sentence.matchAll(
    /([\p{Lu}][\p{L}-]+(?:,\s*[\p{Lu}][\p{L}-]+)*\s+(?:ja|sekä)\s+[\p{Lu}][\p{L}-]+)\s+(ammattikorkeakoulut|yliopistot)/gu,
  )) {
    const singular = match[2] === "yliopistot" ? "yliopisto" : "ammattikorkeakoulu";
    for (const name of match[1]!.split(/,\s*|\s+(?:ja|sekä)\s+/))
      bodies.push(organisations?.exact(name.trim()) ?? `${name.trim()} ${singular}`);
  }
  for (const match of sentence.matchAll(
    /((?:[\p{Lu}][\p{L}-]+n,\s*)*[\p{Lu}][\p{L}-]+n\s+(?:ja|sekä)\s+[\p{Lu}][\p{L}-]+n)\s+(kaupungit|kunnat)/gu,
  )) {
    const kind = match[2] === "kaupungit" ? "kaupunki" : "kunta";
    for (const name of match[1]!.split(/,\s*|\s+(?:ja|sekä)\s+/)) bodies.push(`${name.trim()} ${kind}`);
  }
  return bodies;
}

/** "8 750 euroa, rahoitus: 70 % …": a labelled part inside another fact's value. */
function embeddedFacts(facts: Fact[]): Fact[] {
  const found: Fact[] = [];
  for (const fact of facts) {
    for (const match of fact.value.matchAll(/(?:^|[,;]\s*)([\p{L}][\p{L} ]{2,30}):\s*([^;]+)/gu)) {
      found.push({ label: match[1]!.trim(), value: match[2]!.trim() });
    }
  }
  return found;
}

/** "Savonia-ammattikorkeakoulu" is already there as "Savonia-ammattikorkeakoulu Oy": keep one. */
function withoutShorterForms(names: string[]): string[] {
  const all = unique(names);
  return all.filter(
    (name) => !all.some((other) => other !== name && other.toLowerCase().startsWith(name.toLowerCase())),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

function splitList(value: string): string[] {
  // Not "sosiaali- ja terveyspalvelujen": a hyphen before "ja" joins words into one name.
  return value
    .split(/\s*(?:;|,|(?<!-)\s+ja\s+|(?<!-)\s+och\s+|\s+and\s+)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
}

/** Regional councils and cities that fund projects, kept in their basic form. */
function regionalFunders(text: string): string[] {
  const matches = text.match(/\p{Lu}[\p{L}-]*n (?:liitto|kaupunki|kunta)\b/gu) ?? [];
  return matches;
}

function makeSummary(page: ExtractedPage): string {
  const source =
    page.metaDescription && page.metaDescription.length >= 40
      ? page.metaDescription
      : (page.text.split("\n").find((line) => line.length >= 80 && line !== page.title) ?? page.text);
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
    // "2023 vuoden loppuun": to the end of that year.
    if (/loppuun/i.test(text) && !period.endDate) period.endDate = `${years[0]}-12-31`;
    delete period.startDate;
  }
  return period;
}

/**
 * With no period stated as a fact, the years the text gives the work itself: "vuosina
 * 2016−2019", or a single "vuonna 2013" (both start and end, unless the sentence says it began).
 * Two different such phrases are context, not the project's years, and give nothing.
 */
export function proseYears(sentences: string[]): Period {
  const found: { sentence: string; years: number[] }[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(
      /\b(?:vuosina|åren|during)\s+((?:19|20)\d{2})\s*[-–—−]\s*((?:19|20)\d{2})\b|\b(?:vuonna|år|in)\s+((?:19|20)\d{2})\b/g,
    )) {
      found.push({ sentence, years: match[3] ? [Number(match[3])] : [Number(match[1]), Number(match[2])] });
    }
  }
  if (new Set(found.map((entry) => entry.years.join("-"))).size !== 1) return {};
  const { sentence, years } = found[0]!;
  if (years.length === 2) return { startYear: years[0], endYear: years[1] };
  return /(käynnist|alkoi|aloitet|perustet|started|began|startade)/i.test(sentence)
    ? { startYear: years[0] }
    : { startYear: years[0], endYear: years[0] };
}

export function parseEuros(text: string): number | undefined {
  const match =
    /(\d[\d\s\u00a0.]*(?:,\d+)?)\s*(milj(?:\.|oonaa)?|miljoner|million|M)?\s*(?:€|euroa|eur|euro)/i.exec(text) ??
    /€\s*(\d[\d\s\u00a0.]*(?:,\d+)?)\s*(milj(?:\.|oonaa)?|million)?/i.exec(text);
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
