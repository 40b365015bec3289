// Where the project is, as canonical regions (maakunnat, or "Koko Suomi") and municipalities:
// from its title, its stated area ("Toteutusalue", "Paikkakunta, maakunta tai hyvinvointialue",
// a list of municipalities), sentences saying where it runs ("X:n alueella", "i landskapet"),
// wellbeing services counties (to their region), and the public bodies running or funding it.
// Other places the page mentions (a contact's address, a seminar venue) do not count. Pure.
// Usage: const { regions, municipalities } = placesOf({ title, areaFacts, bodies, sentences }, vocabularies)

import type { Vocabularies } from "../vocabulary.js";
import { unique } from "./text.js";

/** Organisations that stand for a place: cities, municipalities, regional councils, wellbeing services counties. */
const PUBLIC_BODY =
  /(kaupunki|kunta|kuntayhtymä|liitto|hyvinvointialue|sairaanhoitopiiri|perusturva|seurakunta|seutu|sote\b|stad|kommun|landskap|välfärdsområde|city of|municipality|wellbeing services county)/i;

export interface PlaceSources {
  title: string;
  areaFacts: string[];
  /** Coordinator, partners and funders: public bodies among them stand for their place. */
  bodies: string[];
  sentences: string[];
}

export function placesOf(
  sources: PlaceSources,
  vocabularies: Vocabularies,
): { regions: string[]; municipalities: string[] } {
  const { cues } = vocabularies;
  const placeText = [
    sources.title,
    ...sources.areaFacts,
    ...sources.bodies.filter((name) => PUBLIC_BODY.test(name)),
    ...sources.sentences.filter((sentence) => sentence.length < 300 && cues.areaSentence.test(sentence)),
  ].join("\n");
  const municipalities = vocabularies.municipalities.find(placeText);
  const nationwide = [...sources.areaFacts, ...sources.sentences].some(
    (sentence) => sentence.length < 400 && cues.nationwide.test(sentence),
  );
  const regions = unique([
    ...vocabularies.regions.find(placeText),
    ...(nationwide ? ["Koko Suomi"] : []),
    ...municipalities.map((municipality) => vocabularies.municipalities.regionOf(municipality) ?? ""),
  ]);
  return { regions, municipalities };
}
