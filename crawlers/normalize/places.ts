// Where the project is, as canonical regions (maakunnat, or "Koko Suomi") and municipalities:
// from its title, its stated area ("Toteutusalue", "Paikkakunta, maakunta tai hyvinvointialue",
// a list of municipalities), the places its text names where it works ("Alajärvellä,
// Lappajärvellä ja Vimpelissä", "i Vasa, Närpes och Korsholm", "in the schools of Naantali"),
// wellbeing services counties (to their region), and nationwide wording. Places that only
// name something else do not count: an address or a postal town, a granting authority, a
// contact line, an institution named after its town ("Turku University of Applied Sciences"),
// the first part of a compound ("Åland-yhteistyö").
// Pure.
// Usage: const { regions, municipalities } = placesOf({ title, areaFacts, sentences }, vocabularies)

import type { Vocabularies } from "../vocabulary.js";
import { unique } from "./text.js";

export interface PlaceSources {
  title: string;
  areaFacts: string[];
  sentences: string[];
}

/** Lines of a kind that names places that are not the project's: "Postitoimipaikka: Mikkeli", contacts. */
function aboutSomethingElse(sentence: string, vocabularies: Vocabularies): boolean {
  const label = /^([^:]{2,60}):/.exec(sentence)?.[1];
  const kind = label ? vocabularies.labels.kindOf(label) : undefined;
  return kind === "ignore" || kind === "contact" || /\b\d{5}\b/.test(sentence);
}

export function placesOf(
  sources: PlaceSources,
  vocabularies: Vocabularies,
): { regions: string[]; municipalities: string[] } {
  const { cues } = vocabularies;
  const placeText = [
    sources.title,
    ...sources.areaFacts,
    ...sources.sentences.filter((sentence) => sentence.length < 600 && !aboutSomethingElse(sentence, vocabularies)),
  ]
    .join("\n")
    .replace(cues.placeInName, " ")
    // "Åland-yhteistyössä", "Oulu-keskeinen": a place as the first part of a compound is not where the work is.
    .replace(/\p{Lu}\p{L}*-(?=\p{Ll})/gu, " ");
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
