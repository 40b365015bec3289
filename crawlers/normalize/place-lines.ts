// Which lines of a page say where the project works, and which name places for another reason:
// an address, a postcode or business ID, a contact line, a logo's caption, one grant of a
// funding round, a navigation path, thanks, a link's text (those are dropped), and lines whose
// towns are weaker than a statement of the area: a bare name, a venue, other grantees, partners
// (those count only when no other line names a town). Pure: a line and the vocabularies in.
// Usage: if (!aboutSomethingElse(line, vocabularies) && !weakLine(line, vocabularies)) statements.push(line)

import type { Vocabularies } from "../vocabulary.js";
import { BULLET } from "./place-rules.js";

/** A breadcrumb or menu path ("Etusivu / Hankkeet / Rovaniemi"): the site's navigation, not the project's area. */
const isNavigationPath = (sentence: string): boolean => (sentence.match(/\s[/>»›]\s/g) ?? []).length >= 2;

/**
 * A line that is one place's name and nothing else ("Vaasa"): a card's value under a label the
 * page does not show (a postal town, a contact's office), weaker than a statement of where the work is.
 */
const bareName = (sentence: string, vocabularies: Vocabularies): boolean =>
  /^\s*\p{Lu}[\p{L}-]*\s*$/u.test(sentence) && vocabularies.municipalities.exact(sentence) !== undefined;

/** A line whose towns are weaker than a statement of where the work is: a bare name, a venue, other grantees, partners, a study trip. */
export const weakLine = (sentence: string, vocabularies: Vocabularies): boolean =>
  bareName(sentence, vocabularies) ||
  vocabularies.places.venueSentence(sentence) ||
  vocabularies.places.otherRecipients(sentence) ||
  vocabularies.places.partnerSentence(sentence) ||
  vocabularies.places.visitSentence(sentence);

const LIST_ITEM = new RegExp(`^\\s*${BULLET}\\s`, "u");

/**
 * A list item that gives an amount of euros ("• Raision kaupungille myönnetään … 35 000 euroa",
 * "- Hanke X, Yhdistys ry, 80 000 euroa"): one grant of a round, its town the grantee's.
 */
const grantItem = (sentence: string): boolean =>
  LIST_ITEM.test(sentence) && /\d\s*(?:€|euroa|euro|eur|EUR)(?![\p{L}])/u.test(sentence);

/** Lines of a kind that names places that are not the project's: "Postitoimipaikka: Mikkeli", contacts, postcodes, business IDs, logos, thanks. */
export function aboutSomethingElse(sentence: string, vocabularies: Vocabularies): boolean {
  const label = /^([^:]{2,60}):/.exec(sentence)?.[1];
  const kind = label ? vocabularies.labels.kindOf(label) : undefined;
  return (
    kind === "ignore" ||
    kind === "contact" ||
    /\b\d{5}\b/.test(sentence) ||
    // "Lapinjärven kunta, 0203135-3": an organisation with its business ID, a registry's list of parties.
    /\b\d{7}-\d\b/.test(sentence) ||
    vocabularies.places.logoLine(sentence) ||
    grantItem(sentence) ||
    isNavigationPath(sentence) ||
    vocabularies.places.thanksLine(sentence)
  );
}
