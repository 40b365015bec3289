// Who runs the project: the coordinator (a coordinator fact, "hallinnoijana X (50 %)" lines,
// "X toimii hankkeen hallinnoijana") and the organisations (coordinator, partner facts, public
// bodies and known organisations named in sentences about running the project), each in its
// official form (config/organisations.json expands "XAMK"). Pure.
// Usage: const { coordinator, organisations } = organisationsOf(facts, text, sentences, vocabularies)

import { distance } from "fastest-levenshtein";
import type { Vocabularies } from "../vocabulary.js";
import { allMatches, splitList, unique } from "./text.js";

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
 * A note in brackets after a name: a country code "(FI)", a country "(Spain)", a year "(vuonna
 * 2022)". An abbreviation of the name itself ("(THL)", three capitals or more) stays.
 */
const TRAILING_NOTE = /\s*\((?:[A-Z]{2}|[^)]*[\p{Ll}\d][^)]*)\)\s*$/u;

/** A list item's mark before a name ("- University of Oulu", "• Justitieministeriet"). */
const LIST_MARK = /^[-–•·*▪]\s+/u;

/** A Finnish business ID ("1234567-8") and what follows it end an organisation's name. */
const BUSINESS_ID = /\s*,?\s*(?:Y-tunnus\s*:?\s*)?\d{7}-\d\b.*$/u;

/**
 * The type word at the end of a name, as the official name has it: a slip of the pen
 * ("Vaasan kaunpunki") is one edit from a known type word; "ky" after a health or education
 * body is a kuntayhtymä (not the business form).
 */
export function cleanOrganisationName(name: string): string {
  const words = name.replace(LIST_MARK, "").replace(BUSINESS_ID, "").replace(TRAILING_NOTE, "").trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (last === "ky" && /(sosiaali|terve|perusturva|koulutus|kuntien)/i.test(name))
    words[words.length - 1] = "kuntayhtymä";
  else if (last.length >= 5 && !ORGANISATION_TYPES.includes(last.toLowerCase())) {
    const near = ORGANISATION_TYPES.find((type) => distance(type, last.toLowerCase()) === 1);
    if (near) words[words.length - 1] = near;
  }
  return words.join(" ");
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
    const first = match?.[1] ? share.exec(match[1])?.[1] : undefined;
    if (!first) continue;
    const names = [first];
    for (const next of lines.slice(index + 1)) {
      const listed = share.exec(next)?.[1];
      if (!listed) break;
      names.push(listed);
    }
    return names.map(cleanOrganisationName);
  }
  return [];
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

/**
 * Public bodies and colleges named together in prose, "Helsingin, Espoon ja Lahden kaupungit",
 * "Hämeen ja Uudenmaan ELY-keskukset", as one organisation of each name in its basic form
 * ("Helsingin kaupunki", …); the plural type words are data (config/cues.json "publicBodiesPlural").
 */
export function listedPublicBodies(sentence: string, { organisations, cues }: Vocabularies): string[] {
  const bodies: string[] = [];
  // "Metropolia ja Laurea ammattikorkeakoulut": each by its own name where it is known.
  if (sentence.includes("ammattikorkeakoulut") || sentence.includes("yliopistot"))
    for (const match of sentence.matchAll(
      /([\p{Lu}][\p{L}-]+(?:,\s*[\p{Lu}][\p{L}-]+)*\s+(?:ja|sekä)\s+[\p{Lu}][\p{L}-]+)\s+(ammattikorkeakoulut|yliopistot)/gu,
    )) {
      const singular = match[2] === "yliopistot" ? "yliopisto" : "ammattikorkeakoulu";
      for (const name of (match[1] ?? "").split(/,\s*|\s+(?:ja|sekä)\s+/))
        bodies.push(organisations.exact(name.trim()) ?? `${name.trim()} ${singular}`);
    }
  // A list needs its joining word: most sentences have none, and the pattern is long.
  if (!/\s(?:ja|sekä)\s/u.test(sentence)) return bodies;
  for (const match of allMatches(sentence, cues.publicBodyList)) {
    const kind = cues.bodyType(match[2] ?? "") ?? match[2] ?? "";
    for (const name of (match[1] ?? "").split(/\s*,\s*|\s+(?:ja|sekä)\s+/u)) bodies.push(`${name.trim()} ${kind}`);
  }
  return bodies;
}

/** An organisation written by abbreviation or another form ("XAMK") under its name. */
export function expandOrganisation(name: string, vocabularies: Vocabularies): string {
  return vocabularies.organisations.exact(name) ?? name;
}

/** "Savonia-ammattikorkeakoulu" is already there as "Savonia-ammattikorkeakoulu Oy": keep one. */
export function withoutShorterForms(names: string[]): string[] {
  const all = unique(names);
  return all.filter(
    (name) => !all.some((other) => other !== name && other.toLowerCase().startsWith(name.toLowerCase())),
  );
}

/** The type word that ends an organisation's name. */
const ORGANISATION_END = /\s(?:kaupunki|kunta|kuntayhtymä|hyvinvointialue|laitos|ministeriö|liitto|säätiö|yliopisto)$/i;

/**
 * Partner values: one organisation per line or list item; a business ID ends each name; a part
 * that is a whole name ("Terveyden ja hyvinvoinnin laitos", "… Työ ja talkoot ry") is not split at "ja".
 */
function partnerNames(values: string[], vocabularies: Vocabularies): string[] {
  const whole = (part: string) =>
    vocabularies.organisations.exact(part) !== undefined ||
    (!part.includes(",") && vocabularies.cues.legalName.test(part)) ||
    (!/,|\s(?:ja|och|and)\s/.test(part) && ORGANISATION_END.test(part));
  return values
    .filter((value) => !vocabularies.cues.noPartners.test(value) && !/[:：]$/.test(value))
    .flatMap((value) =>
      /\d{7}-\d/.test(value)
        ? value.split(/(?<=\d{7}-\d)\s*[;,\n]?\s*/).map(cleanOrganisationName)
        : value
            .split(/\s*[;\n]\s*/)
            .flatMap((part) => (whole(part.trim()) ? [part.trim()] : splitList(part)))
            .map(cleanOrganisationName),
    );
}

/** "Toteutuspaikka: Metropolia Ammattikorkeakoulu, …": a place of work that is a known organisation runs the project. */
function knownOrganisationIn(values: string[], vocabularies: Vocabularies): string | undefined {
  return values.flatMap(splitList).find((name) => vocabularies.organisations.exact(name));
}

const shortSentences = (sentences: string[]) => sentences.filter((sentence) => sentence.length < 400);

/** The first sentence (or line) for which `read` names an organisation. */
function firstNamed(sentences: string[], read: (sentence: string) => string | undefined): string | undefined {
  for (const sentence of shortSentences(sentences)) {
    const name = read(sentence);
    if (name) return name;
  }
  return undefined;
}

/**
 * "Hämeen Setlementti koordinoi hanketta" where the page also writes "Hämeen Setlementti ry":
 * the name with the legal form the page gives it.
 */
export function withLegalForm(name: string, text: string, legalForms: string[]): string {
  if (legalForms.some((form) => name.toLowerCase().endsWith(` ${form.toLowerCase()}`))) return name;
  for (const form of legalForms) {
    const written = `${name} ${form}`;
    const at = text.indexOf(written);
    if (at >= 0 && !/[\p{L}\d]/u.test(text.charAt(at + written.length))) return written;
  }
  return name;
}

/**
 * The site's own organisation ("X – Läheisvoima ry", "X | City of Espoo"), when nothing on the
 * page names the lead: an organisation's site about its own project. Not a site that funds the
 * projects it shows (a regional council, a ministry, a Leader group) nor one that is no organisation.
 */
function publisherOf(siteName: string | undefined, funders: string[], vocabularies: Vocabularies): string | undefined {
  if (!siteName || siteName.length > 80) return undefined;
  const isOrganisation =
    vocabularies.cues.organisationProse.hasTypeWord(siteName) || vocabularies.cues.legalName.test(siteName);
  const funds = vocabularies.funders.find(siteName).length > 0 || funders.includes(siteName);
  return isOrganisation && !funds ? siteName : undefined;
}

/** "Kyläkoordinaattori Oskari Hirvonen" read as a coordinator fact: a person, not an organisation. */
function looksLikePerson(name: string, vocabularies: Vocabularies): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) &&
    !vocabularies.cues.organisationProse.hasTypeWord(name) &&
    !vocabularies.cues.legalName.test(name) &&
    vocabularies.organisations.exact(name) === undefined
  );
}

/** How many lines under the title a project card's owner line may stand. */
const OWNER_LINES = 4;

/**
 * A project card names its owner on a line of its own just under the title ("MAA – …" over
 * "Etelä-Karjalan sosiaali- ja terveydenhuollon kuntayhtymä"): a short line that is nothing but
 * an organisation's name, ending in its type word or legal form.
 */
export function ownerLine(text: string, title: string, vocabularies: Vocabularies): string | undefined {
  const lines = text.split("\n", 40);
  const at = lines.indexOf(title);
  const isName = (line: string) =>
    line.length <= 80 &&
    /^\p{Lu}/u.test(line) &&
    !/[.:;!?]$|,/.test(line) &&
    line.split(/\s+/).length <= 8 &&
    (vocabularies.cues.legalName.test(line) || vocabularies.cues.organisationProse.endsWithType(line)) &&
    vocabularies.funders.find(line).length === 0;
  return lines.slice(at + 1, at + 1 + OWNER_LINES).find(isName);
}

export function organisationsOf(
  facts: { coordinator?: string[]; coordinatorLabels?: string[]; partners?: string[]; area?: string[] },
  text: string,
  sentences: string[],
  vocabularies: Vocabularies,
  site: { siteName?: string; funders?: string[]; title?: string } = {},
): { coordinator?: string; organisations: string[] } {
  const administrators = proseAdministrators(text);
  const prose = vocabularies.cues.organisationProse;
  // "X (lead partner)" says it outright, wherever it stands: a list line, a partner value, a label.
  const marked = firstNamed(
    [...(facts.coordinatorLabels ?? []), ...(facts.partners ?? []).flatMap((value) => value.split(/\s*[;\n]\s*/))],
    (line) => prose.markedLead(line),
  );
  const stated =
    marked ??
    partnerNames(facts.coordinator ?? [], vocabularies).find((name) => !looksLikePerson(name, vocabularies)) ??
    administrators[0] ??
    firstNamed(text.split("\n"), (line) => prose.markedLead(line)) ??
    proseCoordinator(text) ??
    firstNamed(sentences, (sentence) => prose.lead(sentence)) ??
    firstNamed(sentences, (sentence) => prose.recipient(sentence)) ??
    knownOrganisationIn(facts.area ?? [], vocabularies) ??
    (site.title === undefined ? undefined : ownerLine(text, site.title, vocabularies)) ??
    publisherOf(site.siteName, site.funders ?? [], vocabularies);
  const coordinator = stated
    ? withLegalForm(expandOrganisation(cleanOrganisationName(stated), vocabularies), text, vocabularies.cues.legalForms)
    : undefined;
  const organisations = withoutShorterForms([
    ...(coordinator ? [coordinator] : []),
    ...administrators,
    ...partnerNames(facts.partners ?? [], vocabularies).map((name) => expandOrganisation(name, vocabularies)),
    ...shortSentences(sentences).flatMap((sentence) =>
      [...prose.leads(sentence), ...prose.partners(sentence)].map((name) => expandOrganisation(name, vocabularies)),
    ),
    ...shortSentences(sentences)
      .filter((sentence) => vocabularies.cues.runningSentence.test(sentence))
      .flatMap((sentence) => [
        ...listedPublicBodies(sentence, vocabularies),
        ...vocabularies.organisations.find(sentence),
      ]),
  ]);
  return { ...(coordinator ? { coordinator } : {}), organisations };
}
