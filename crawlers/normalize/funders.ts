// Who funds the project, as canonical names (config/funders.json): from funder facts
// ("Rahoittaja", "Finansiering", "Funder"), from sentences with a funding cue in any inflected
// or possessive form ("Euroopan sosiaalirahaston (ESR) rahoittama", "STEA:n tuella",
// "med stöd av", "co-funded by the European Union"), regional councils and cities as written,
// and each funder's share where percentages are given. Pure.
// Usage: fundersOf(funderFacts, sentences, vocabularies); fundingShares(text, vocabularies)

import type { Vocabularies } from "../vocabulary.js";
import { listedPublicBodies } from "./organisations.js";
import { unique } from "./text.js";

/** Regional councils and cities that fund projects, kept in their basic form. */
function regionalFunders(text: string): string[] {
  return text.match(/\p{Lu}[\p{L}-]*n (?:liitto|kaupunki|kunta)\b/gu) ?? [];
}

/**
 * Funders named in a funding statement: the funder vocabulary, councils and cities as written,
 * and known organisations ("JEDU") under their names, with the abbreviation the page used.
 */
export function fundersIn(text: string, vocabularies: Vocabularies): string[] {
  const known = [...vocabularies.funders.find(text), ...regionalFunders(text)];
  for (const segment of text.split(/[,;/]|\s+ja\s+|\d{1,3}\s*%/)) {
    const name = segment.trim();
    const organisation =
      name && !vocabularies.funders.find(name).length ? vocabularies.organisations.exact(name) : undefined;
    if (organisation) known.push(/^[A-ZÅÄÖ]{2,}$/.test(name) ? `${organisation} (${name})` : organisation);
  }
  return unique(known);
}

/** Funders from funder facts and from the sentences that say who funds the project. */
export function fundersOf(funderFacts: string[], sentences: string[], vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  const fundingSentences = sentences.filter((sentence) => sentence.length < 400 && cues.fundingSentence.test(sentence));
  return unique([
    ...fundersIn(funderFacts.join("\n"), vocabularies),
    ...fundingSentences.flatMap((sentence) => [
      ...vocabularies.funders.find(sentence),
      ...listedPublicBodies(sentence, vocabularies.organisations),
    ]),
  ]);
}

/**
 * "70 % Pohjois-Pohjanmaan liitto/EAKR, 30 % JEDU": each share goes to the fund its part names
 * (the EU fund granted through a council, rather than the council), when it is known.
 */
export function fundingShares(text: string, vocabularies: Vocabularies): { funder: string; percent: number }[] {
  const shares: { funder: string; percent: number }[] = [];
  for (const match of text.matchAll(/(\d{1,3}(?:[,.]\d+)?)\s*%\s*([^,;%]+)/g)) {
    const funder = match[2] ? fundersIn(match[2], vocabularies)[0] : undefined;
    if (funder && match[1]) shares.push({ funder, percent: Number(match[1].replace(",", ".")) });
  }
  return shares;
}
