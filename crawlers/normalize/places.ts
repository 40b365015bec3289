// Where the project is, as canonical regions (maakunnat, or "Koko Suomi") and municipalities:
// from its title, its stated area ("Toteutusalue", "Kohdealueet", "Kunnat: …", "Paikkakunta,
// maakunta tai hyvinvointialue"), else the places its text names where it works ("Alajärvellä,
// Lappajärvellä ja Vimpelissä", "i Vasa, Närpes och Korsholm", "in the schools of Naantali"),
// wellbeing services counties and their abbreviations (to their region), and nationwide
// wording. A stated area is the whole answer: the text's other places are then addresses,
// partners and context. Places that only name something else do not count: lines about
// something else (place-lines.ts), a granting authority, an institution or organisation named
// after its town ("Turku University of Applied Sciences", "Lahden Diakonisäätiö", "Paimion
// Rasti ry", "Lapinlahden Lähde"), the first part of a compound ("Åland-yhteistyö"). One such
// organisation and no other town is the coordinator's home. A sub-region named after its towns
// ("Jyväskylän seutu", "the Tampere Region") gives its region, not those towns. Pure.
// Usage: const { regions, municipalities } = placesOf({ title, areaFacts, sentences }, vocabularies)

import type { Vocabularies } from "../vocabulary.js";
import { aboutSomethingElse, weakLine } from "./place-lines.js";
import { allMatches, unique } from "./text.js";

export interface PlaceSources {
  title: string;
  areaFacts: string[];
  sentences: string[];
  /** Values of facts about something else ("Postitoimipaikka" over "Vaasa"): not places of the work. */
  otherValues?: string[];
  /** The page lists projects or grants: the towns in its text are the items', not the page's. */
  listing?: boolean;
}

interface Places {
  regions: string[];
  municipalities: string[];
}

/** The places of a text, and the towns that only open an organisation's name ("Espoon Diakoniasäätiö"). */
interface FoundPlaces extends Places {
  organisationTowns: string[];
}

/**
 * The places of the title, facts and sentences; a line that is a bare name, a venue or other
 * grantees, and another project's name, only when no other line names a town.
 */
function placesOfText(title: string, heads: string[], sentences: string[], vocabularies: Vocabularies): FoundPlaces {
  const { places } = vocabularies;
  let weakened = false;
  const statements: string[] = [];
  for (const sentence of sentences) {
    if (weakLine(sentence, vocabularies)) weakened = true;
    else if (!places.mayNameProject(sentence)) statements.push(sentence);
    else {
      const own = sentence.replace(places.projectName, (name) =>
        title.includes(name) ? name : " ".repeat(name.length),
      );
      weakened ||= own !== sentence;
      statements.push(own);
    }
  }
  const found = placesIn([title, ...heads, ...statements].join("\n"), vocabularies);
  const placed = found.municipalities.length > 0 || !weakened;
  return placed ? found : placesIn([title, ...heads, ...sentences].join("\n"), vocabularies);
}

/**
 * Sub-regions named after towns: "Jyväskylän seutu", "Oulun seudun …" (cue words after a
 * genitive), and two municipalities joined by a hyphen ("Saarijärvi-Viitasaari").
 */
export function subRegions(text: string, vocabularies: Vocabularies): string[] {
  const named = allMatches(text, vocabularies.places.subRegion).map((m) => m[0]);
  const joined = [...text.matchAll(/\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+/gu)]
    .map((m) => m[0])
    .filter((pair) => pair.split("-").every((part) => isTown(part, vocabularies)));
  return [...named, ...joined];
}

/** A word in a case that opens a name (basic, genitive): not "Kuopiossa", "Oulusta", "Lahdelle". */
const NOT_NAMING_CASE = /(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|n[aä]|h[aeiouyäö]n|seen)$/u;

/**
 * The text with the town that opens an organisation's own name blanked ("Lahden Diakonisäätiön",
 * "Paimion Rasti ry:lle", "Helsingin Evankelinen Opisto"): the organisation is registered there.
 */
function blankOrganisationTowns(text: string, vocabularies: Vocabularies): { text: string; towns: string[] } {
  const towns: string[] = [];
  const blankTown = (found: string[]) => (whole: string, first: string) => {
    if (!isTown(first, vocabularies) || NOT_NAMING_CASE.test(first)) return whole;
    found.push(...vocabularies.municipalities.find(first));
    return " ".repeat(first.length) + whole.slice(first.length);
  };
  // Institutions first: "Jyväskylän Ammattikorkeakoulu Oy" is a college, not a local company at home there.
  const { places } = vocabularies;
  const rest = places
    .organisationNames(places.blankInstitutions(places.institutionNames(text, blankTown([]))), blankTown(towns))
    .replace(PROPER_NAME_AFTER_GENITIVE, (whole, first: string, second: string) =>
      NOT_NAMING_CASE.test(second) || isPlace(second, vocabularies) ? whole : blankTown([])(whole, first),
    );
  return { text: rest, towns: unique(towns) };
}

/**
 * Mid-sentence, a town's genitive before a capitalised word ("hyödyntää Lapinlahden Lähteen mallia"):
 * a common noun would be written small, so the pair is a proper name, an organisation's.
 */
const PROPER_NAME_AFTER_GENITIVE = /(?<=\p{Ll}[^\S\n]+)(\p{Lu}\p{Ll}+n)[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}\d-])/gu;

const isPlace = (word: string, vocabularies: Vocabularies): boolean =>
  vocabularies.municipalities.find(word).length > 0 || vocabularies.regions.find(word).length > 0;

/** A word that is one municipality's name, in any case form ("Hattula", "Viitasaaren"). */
const isTown = (word: string, vocabularies: Vocabularies): boolean =>
  vocabularies.municipalities.find(word).length === 1;

const regionsOf = (municipalities: string[], vocabularies: Vocabularies): string[] =>
  municipalities.map((name) => vocabularies.municipalities.regionOf(name) ?? "");

/**
 * The places of a text, with institutions' names, addresses, compounds and sub-regions taken out:
 * the regions it names (by name, county, group or sub-region) and its municipalities.
 */
function placesIn(text: string, vocabularies: Vocabularies): FoundPlaces {
  const { places } = vocabularies;
  const grouped = places.regionGroups(text);
  const addressed = grouped.rest
    // "Etelä- Karjala": a name broken at its hyphen in a flattened PDF.
    .replace(/(\p{Lu}\p{Ll}+-)\s+(?=\p{Lu})/gu, "$1")
    .replace(places.countryAddress, " ");
  const dated = places
    .blankAbroad(addressed)
    // "Oulussa 12.3.2019", "Vaasa, 5.3.2025": where a letter was signed or a news item dated.
    .replace(/\p{Lu}[\p{L}-]+,?\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/gu, " ");
  const named = blankOrganisationTowns(dated, vocabularies);
  const cleaned = named.text
    .replace(places.authority, " ")
    .replace(places.placeAfterName, " ")
    // "Åland-yhteistyössä", "Oulu-keskeinen": a place as the first part of a compound is not where the work is.
    .replace(/\p{Lu}\p{L}*-(?=\p{Ll})/gu, " ")
    // "Hattula-Seura", "Helsinki-Uusimaa": nor before a capitalised part that is no town (a club, a region).
    .replace(/(?<![\p{L}-])(\p{Lu}\p{L}*)-(\p{Lu}\p{L}*)/gu, (pair, head: string, rest: string) =>
      isTown(head, vocabularies) && !isTown(rest, vocabularies) ? " ".repeat(head.length + 1) + rest : pair,
    );
  const areas = subRegions(cleaned, vocabularies);
  const own = areas.reduce((rest, area) => rest.split(area).join(" "), cleaned);
  const municipalities = unique([...vocabularies.municipalities.find(own), ...vocabularies.demonyms.townsIn(own)]);
  const regions = unique([
    ...grouped.regions,
    ...vocabularies.regions.find(own),
    ...regionsOf(vocabularies.municipalities.find(areas.join("\n")), vocabularies),
  ]);
  return { regions, municipalities, organisationTowns: named.towns };
}

/**
 * Whether the project works all over the country: its title or stated area says so, or its text
 * does while its title names no narrower place ("Keski-Suomen ohjelma" is one region's share of a
 * national programme, however its text describes the programme).
 */
function nationwideOf(
  sources: PlaceSources,
  { titled, found }: { titled: Places; found: Places },
  vocabularies: Vocabularies,
): boolean {
  const { places: cues } = vocabularies;
  const titlePlaced = titled.municipalities.length > 0 || titled.regions.some((region) => region !== "Koko Suomi");
  const textSays = () =>
    found.regions.includes("Koko Suomi") ||
    sources.sentences.some((sentence) => sentence.length < 400 && cues.nationwideSentence.test(sentence));
  return (
    cues.nationwideTitle.test(sources.title) ||
    sources.areaFacts.some((fact) => cues.nationwide.test(fact)) ||
    (!titlePlaced && textSays()) ||
    // Nothing narrower on the page: a project at the national and regional level is national.
    (!titlePlaced &&
      found.regions.length === 0 &&
      found.municipalities.length === 0 &&
      sources.sentences.some((sentence) => sentence.length < 400 && cues.nationalLevel.test(sentence)))
  );
}

/**
 * A stated area bounds the text: with municipalities stated, those are the area; with regions
 * stated, the text's municipalities count only inside them. "Koko Suomi" alone bounds nothing.
 */
export function placesOf(sources: PlaceSources, vocabularies: Vocabularies): Places {
  const { places: cues } = vocabularies;
  const stated = placesIn(sources.areaFacts.join("\n"), vocabularies);
  const other = new Set((sources.otherValues ?? []).map((value) => value.trim()));
  const statedRegions = stated.regions.filter((region) => region !== "Koko Suomi");
  // "Marja Posio kertoo": a surname that is a town names a person, here and wherever it stands alone.
  const sentences = vocabularies.personNames.blank(
    sources.sentences.filter(
      (sentence) => sentence.length < 600 && !aboutSomethingElse(sentence, vocabularies) && !other.has(sentence.trim()),
    ),
  );
  const found = placesOfText(sources.title, sources.areaFacts, sentences, vocabularies);
  // Stated municipalities are the whole answer; a listing's towns belong to its items (grantees,
  // other projects): then only the title and the stated area give towns, the text still its regions.
  const listing = sources.listing || vocabularies.places.grantRoundTitle(sources.title);
  const towns =
    listing || stated.municipalities.length > 0
      ? placesIn([sources.title, ...sources.areaFacts].join("\n"), vocabularies)
      : found;
  const inside = (region: string | undefined) => statedRegions.length === 0 || statedRegions.includes(region ?? "");
  // The coordinator's home when nothing else is said: one organisation named after its town ("Espoon Diakoniasäätiö").
  const home = listing || found.organisationTowns.length !== 1 ? [] : found.organisationTowns;
  const titled = placesIn(sources.title, vocabularies);
  const nationwide = nationwideOf(sources, { titled, found }, vocabularies);
  // Three or more regions stated: a broad area, where the towns the text names are partners and context.
  const municipalities =
    statedRegions.length >= 3 && stated.municipalities.length === 0
      ? []
      : (towns.municipalities.length > 0 ? towns.municipalities : home).filter((name) =>
          inside(vocabularies.municipalities.regionOf(name)),
        );
  // A granting authority's region ("Pohjois-Pohjanmaan ELY-keskus") only when nothing else places the project.
  const authorities = allMatches(sentences.join("\n"), cues.authority).map((m) => m[0]);
  const fallback =
    found.regions.length === 0 && municipalities.length === 0 && !nationwide
      ? vocabularies.regions.find(authorities.join("\n"))
      : [];
  const regions = unique([
    ...fallback,
    ...(statedRegions.length > 0 ? stated.regions : found.regions.filter((region) => region !== "Koko Suomi")),
    ...titled.regions,
    ...regionsOf(municipalities, vocabularies),
    ...(nationwide ? ["Koko Suomi"] : []),
  ]);
  return { regions, municipalities };
}
