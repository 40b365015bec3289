// How far a page's own text backs a candidate title: a name the body repeats, in any case form
// ("Kulttuurisilta" in "Kulttuurisillalla on …"), is the page's; a line the text never mentions
// again is weak (a banner, a photo's word, a section's name). Used to trim a heading to the part
// the text confirms ("hibiscus Kortteleihin kulttuuria-hanke"), to lengthen a name to the fuller
// form the text writes ("X maahanmuuttajille –yhteishankkeelle" over the heading's "X"), and to
// tell one project's page under a listing heading by the one name its paragraphs agree on. Pure.
// Usage: const evidence = createTitleEvidence(suffixStems); evidence.mentions("Helmeksi hiottu", text)
import { escapeRegExp } from "./text.js";

export interface TitleEvidence {
  /** How many times the text writes the name, its last word in any case form, a project word glued or not. */
  mentions(name: string, text: string): number;
  /** The name without a project word glued or spaced after it ("Kortteleihin kulttuuria-hanke" gives the name). */
  bare(name: string): string;
  /** The heading without lower-case words before its capitalised name, when the text confirms only the rest. */
  confirmedPart(heading: string, body: string): string;
  /** The fuller name that the text writes before a project word ("X maahanmuuttajille -hankkeelle"), if any. */
  fuller(name: string, text: string): string | undefined;
  /** An acronym's name spelled out where the text introduces it ("(HEA, hyvinvointia ja … asumiseen;"), if any. */
  spelledOut(acronym: string, text: string): string | undefined;
}

/** A last word this long may be inflected: its last letters are the case ending's (and a stem change's). */
const INFLECTED_WORD = 5;
/** The letters of a last word that a case form may change ("silta" -> "sillalla", "kulttuuria" -> "kulttuurin"). */
const ENDING_LETTERS = 2;
/** A spelled-out name has this many words at least and at most. */
const SPELLED_WORDS = [2, 10] as const;
/** A fuller name adds at most this many words. */
const MAX_ADDED_WORDS = 4;

const words = (line: string) => line.split(/\s+/).filter(Boolean);

export function createTitleEvidence(suffixStems: string[]): TitleEvidence {
  const stems = suffixStems.map(escapeRegExp).join("|");
  const projectWordAfter = new RegExp(`\\s*[-–]\\s?\\p{Ll}*(?:${stems})\\p{L}*$`, "u");
  const bare = (name: string) => name.replace(projectWordAfter, "").trim() || name;

  /** The name as a pattern: its words in order, the last one's ending free (Finnish case forms). */
  const namePattern = (name: string): RegExp | undefined => {
    const parts = words(bare(name));
    const last = parts.pop();
    if (last === undefined) return undefined;
    const lastPattern =
      last.length >= INFLECTED_WORD && /^\p{L}+$/u.test(last)
        ? `${escapeRegExp(last.slice(0, -ENDING_LETTERS))}\\p{L}*`
        : escapeRegExp(last);
    const body = [...parts.map(escapeRegExp), lastPattern].join("[\\s-]+");
    return new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`, "giu");
  };

  const mentions = (name: string, text: string) => {
    const pattern = namePattern(name);
    return pattern ? [...text.matchAll(pattern)].length : 0;
  };

  const confirmedPart = (heading: string, body: string) => {
    // "hibiscus Kortteleihin kulttuuria-hanke": an image's or a site's word in lower case before the name.
    const match = /^((?:\p{Ll}[\p{L}\d]*\s+)+)(\p{Lu}.*)$/u.exec(heading);
    const rest = match?.[2];
    if (!rest || words(rest).length < 1) return heading;
    return mentions(rest, body) > 0 && mentions(heading, body) === 0 ? rest : heading;
  };

  const fuller = (name: string, text: string) => {
    // Added words are plain words or a subtitle's dash, no project word ("X -hankkeesta X -hanke" adds nothing).
    // A dash may open a subtitle ("X – kotiutumisen tiimimalli -hanke").
    const word = `(?:[–-]|(?![-–])(?!\\p{Ll}*(?:${stems}))[^\\s.,;:!?()–]+)`;
    const added = `((?:\\s+${word}){1,${MAX_ADDED_WORDS}}?)`;
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${escapeRegExp(name)}${added}\\s[-–]\\s?\\p{Ll}*(?:${stems})\\p{L}*(?![\\p{L}])`,
      "iu",
    );
    const extra = pattern.exec(text)?.[1];
    return extra ? `${name}${extra}` : undefined;
  };

  const spelledOut = (name: string, text: string) => {
    // "KOTO-hanke" is the acronym KOTO.
    const acronym = bare(name);
    if (!/^\p{Lu}{2,8}(?:\s\d+)?$/u.test(acronym)) return undefined;
    // "HEA, hyvinvointia ja energiatehokkuutta asumiseen;": the acronym, a comma or a dash, the words up to a stop.
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${escapeRegExp(acronym)}(,|\\s[–-])\\s+(\\p{L}[^.;:!?()\\n]*?)(?=[.;:!?()\\n]|\\s[-–]\\s?(?:${stems}))`,
      "u",
    );
    const [, mark = "", spelled = ""] = pattern.exec(text) ?? [];
    const count = words(spelled).length;
    return count >= SPELLED_WORDS[0] && count <= SPELLED_WORDS[1] ? `${acronym}${mark} ${spelled.trim()}` : undefined;
  };

  return { mentions, bare, confirmedPart, fuller, spelledOut };
}
