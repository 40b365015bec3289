// Who funds the project, as canonical names (config/funders.json): from funder facts
// ("Rahoittaja", "Finansiering", "Funder"), from sentences with a funding cue in any inflected
// or possessive form ("Euroopan sosiaalirahaston (ESR) rahoittama", "STEA:n tuella",
// "Keski-Suomen liiton myöntämällä", "med stöd av", "co-funded by the European Union"),
// regional councils, cities and named associations in their basic form, and each funder's
// share where percentages are given ("STEA 80 %, Savonlinnan kaupunki 20 %"). Pure.
// Usage: fundersOf(facts, sentences, vocabularies); fundingShares(text, funders, vocabularies)

import type { Fact } from "../extract.js";
import type { Vocabularies } from "../vocabulary.js";
import { listedPublicBodies } from "./organisations.js";
import { allMatches, splitList, unique, withoutTripledLetters } from "./text.js";

/** Where money is received, a body that gives: "kaupungilta", or "kaupungin avustusta". */
const givesIn = (m: RegExpExecArray, text: string, cues: Vocabularies["cues"]) =>
  cues.sourceForm.test(m[2] ?? "") || cues.fundingNounNext.test(text.slice(m.index + m[0].length));

/**
 * A body in the genitive before a word that is neither a funding word nor a joining word
 * ("Jyväskylän kaupungin nuorisopalvelut", "Porin kaupungin kanssa"): the body owns what
 * follows, and that thing, not the body, is what the sentence is about.
 */
const ownerOfNext = (m: RegExpExecArray, text: string, cues: Vocabularies["cues"]) => {
  if (!(m[2] ?? "").endsWith("n")) return false;
  const after = text.slice(m.index + m[0].length);
  return cues.ownedWord.test(after) && !cues.fundingNounNext.test(after);
};

/** Regional councils, cities, municipalities and ELY centres in their basic form ("Keski-Suomen liiton" -> "… liitto"). */
function publicBodies(text: string, vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  const receiving = cues.receiveVerb.test(text);
  return (
    allMatches(text, cues.publicBody)
      // "myönsi Turun kaupungille": the money goes to the city; "avustusta saivat … seurakuntayhtymän hanke" too.
      .filter((m) => !cues.recipientForm.test(m[2] ?? "") && (!receiving || givesIn(m, text, cues)))
      .filter((m) => !ownerOfNext(m, text, cues))
      .map((m) => `${m[1] ?? ""} ${cues.bodyType(m[2] ?? "") ?? m[2]}`)
  );
}

/**
 * Public bodies listed before a plural type word ("Kittilän ja Posion kunnat"); where the
 * sentence says money was received ("avustusta saivat …"), only lists written as the source
 * ("kunnilta") or before a funding noun ("kuntien rahoitusta").
 */
function listedBodies(sentence: string, vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  if (!cues.receiveVerb.test(sentence)) return listedPublicBodies(sentence, vocabularies);
  return [...sentence.matchAll(cues.publicBodyList)]
    .filter((m) => givesIn(m, sentence, cues))
    .flatMap((m) => listedPublicBodies(m[0], vocabularies));
}

/**
 * Funders named in a funding statement: the funder vocabulary, public bodies, known
 * organisations ("JEDU") under their names with the abbreviation the page used, and
 * associations and companies written with their legal form ("… KYT ry").
 */
export function fundersIn(text: string, vocabularies: Vocabularies): string[] {
  const known = [...vocabularies.funders.find(text), ...publicBodies(text, vocabularies)];
  for (const segment of text.split(/[,;/\n]|\s+ja\s+|\s+och\s+|\s+and\s+|\d{1,3}\s*%|\(|\)/)) {
    const name = segment.trim();
    if (!name || vocabularies.funders.find(name).length > 0) continue;
    const organisation = vocabularies.organisations.exact(name);
    if (organisation) known.push(/^[A-ZÅÄÖ]{2,}$/.test(name) ? `${organisation} (${name})` : organisation);
    else if (vocabularies.cues.legalName.test(name)) known.push(name);
  }
  return unique(known);
}

/**
 * Names in a funder fact's list beside known funders ("Finansiärer: Leader, EJFLU, Aktion
 * Österbotten"): an unknown name of capitalised words is a funder too (a Leader group, a fund).
 */
export function listedFunders(value: string, vocabularies: Vocabularies): string[] {
  const parts = splitList(value.replace(/\([^)]*\)/g, " "));
  if (parts.length < 2 || vocabularies.funders.find(value).length === 0) return [];
  return parts.filter(
    (part) =>
      /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,4}$/u.test(part) &&
      vocabularies.funders.find(part).length === 0 &&
      publicBodies(part, vocabularies).length === 0,
  );
}

/** What each funder fact says (nothing for "ei", "Ei maaseuturahastoa"): its value, or its label for "Onko Leader: kyllä" and for a funder's name read as a label. */
export function funderFactTexts(facts: Fact[], vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  return facts
    .filter((fact) => !cues.noValue.test(fact.value))
    .map((fact) =>
      cues.yesValue.test(fact.value) || vocabularies.funders.find(fact.label).length > 0 ? fact.label : fact.value,
    );
}

/** A sentence with the words blanked that name where money goes ("ministeriölle") or who only decides ("ministeriön käsiteltäväksi"). */
const withoutReceiversAndDeciders = (sentence: string, cues: Vocabularies["cues"]) => {
  const blank = (word: string) => " ".repeat(word.length);
  return sentence.replace(cues.recipientWord, blank).replace(cues.deciderWord, blank);
};

/** Drops a general funder when a more specific one is named ("Euroopan unioni" beside ESR+). */
function withoutUmbrellas(funders: string[], vocabularies: Vocabularies): string[] {
  const umbrellas = vocabularies.cues.umbrellaFunders;
  return funders.filter((name) => !(umbrellas[name] ?? []).some((specific) => funders.includes(specific)));
}

/**
 * Drops a body that only confirms another's grant ("STM on vahvistanut STEAn ehdottaman
 * rahoituksen"): where a funding sentence confirms, beside the agency it confirms for.
 */
function withoutConfirmers(funders: string[], fundingSentences: string[], vocabularies: Vocabularies): string[] {
  const { verb, confirmers } = vocabularies.cues.confirmedGrants;
  if (!fundingSentences.some((sentence) => verb.test(sentence))) return funders;
  return funders.filter((name) => !(confirmers[name] ?? []).some((agency) => funders.includes(agency)));
}

/** Funders from funder facts and from the sentences that say who funds the project. */
export function fundersOf(funderFacts: string[], sentences: string[], vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  // "(ent. RAY)" may have been cut after "ent.": the predecessor goes before sentences are read.
  const fundingSentences = withoutTripledLetters(sentences.join("\n"))
    .replace(cues.formerName, " ")
    .split("\n")
    .filter((sentence) => sentence.length < 400 && cues.fundingSentence.test(sentence));
  const programmes = sentences
    .flatMap((sentence) => sentence.match(cues.programmeMention) ?? [])
    .flatMap((name) => vocabularies.funders.find(name));
  const found = unique([
    ...fundersIn(funderFacts.join("\n").replace(cues.formerName, " "), vocabularies),
    ...funderFacts.flatMap((value) => listedFunders(value, vocabularies)),
    ...fundingSentences.flatMap((sentence) => [
      ...vocabularies.funders.find(withoutReceiversAndDeciders(sentence, cues)),
      ...publicBodies(sentence, vocabularies),
      ...cues.foreignBodies.find(sentence, vocabularies),
      ...cues.foundations.find(sentence).filter((name) => vocabularies.funders.find(name).length === 0),
      ...listedBodies(sentence, vocabularies),
      ...allMatches(sentence, cues.ownerFunding).map((m) => `${m[1] ?? ""} ${m[2] ?? ""}`),
      ...allMatches(sentence, cues.leaderGroup).map((m) => m[1] ?? ""),
    ]),
    ...programmes,
  ]);
  return withoutConfirmers(withoutUmbrellas(found, vocabularies), fundingSentences, vocabularies);
}

/**
 * Shares of the funding where percentages are written: "70 % Pohjois-Pohjanmaan liitto/EAKR,
 * 30 % JEDU" (the share before its funder: the EU fund granted through a council, rather than
 * the council), "STEA 80 %, Savonlinnan kaupunki 20 %" (after), and "valtionavustus 80 %" or
 * "Tuki: 50 %", where a grant with no funder named belongs to the project's only funder.
 */
export function fundingShares(
  text: string,
  funders: string[],
  vocabularies: Vocabularies,
): { funder: string; percent: number }[] {
  const shares: { funder: string; percent: number }[] = [];
  const percents = [...text.matchAll(/(\d{1,3}(?:[,.]\d+)?)\s*%/g)];
  for (const [index, match] of percents.entries()) {
    const percent = Number((match[1] ?? "").replace(",", "."));
    if (!(percent > 0 && percent <= 100)) continue;
    const previous = percents[index - 1];
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    const from = Math.max(lineStart, previous ? previous.index + previous[0].length : 0);
    const before = text.slice(from, match.index);
    const after = text.slice(match.index + match[0].length).split(/[,;\n]|\d{1,3}(?:[,.]\d+)?\s*%/)[0] ?? "";
    const funder =
      fundersIn(before.split(/[,;:]/).at(-1) ?? "", vocabularies).at(-1) ??
      fundersIn(after, vocabularies)[0] ??
      // A grant with no funder named ("Tuki: 50 %", "valtionavustus 80 %") is the main funder's.
      (vocabularies.cues.grantAmount.test(text.slice(lineStart, match.index)) ? funders[0] : undefined);
    if (funder) shares.push({ funder, percent });
  }
  return shares.filter((share, i) => shares.findIndex((other) => other.funder === share.funder) === i);
}
