// People named on a page, so that a surname that is also a town ("Marja Posio", "Anna Kemi",
// "Lars Borgå") is not read as a place: a known first name (config/first-names.json) directly
// before a capitalised word makes that word a surname, and the surname alone later on the same
// page ("Posio kertoo", "Posio says") is the same person. Pure: the names in, a blanking function out.
// Usage: const people = createPersonNames(json); people.blank(["Marja Posio kertoo."]) // ["           kertoo."]

export interface FirstNamesFile {
  firstNames: string[];
}

export interface PersonNames {
  /** The lines with every "First Surname" blanked, and each of those surnames wherever it stands alone. */
  blank(lines: string[]): string[];
}

// A capitalised word (a hyphenated one is one word: "Marja-Liisa").
const WORD = /(?<![\p{L}\d-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;

const TWO_CAPITALS = /\p{Lu}\p{Ll}+\s+\p{Lu}/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (line: string): Word[] =>
  [...line.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** Whether only spaces stand between two words ("Anna Kemi", not "Anna, Kemi"). */
const adjacent = (line: string, a: Word | undefined, b: Word | undefined): b is Word =>
  a !== undefined && b !== undefined && /^\s+$/.test(line.slice(a.end, b.start));

export function createPersonNames(file: FirstNamesFile): PersonNames {
  const first = new Set(file.firstNames);
  const isFirst = (word: Word | undefined) =>
    word !== undefined && word.text.split("-").every((part) => first.has(part));
  /** The spans of people in a line: one or two first names, then the surname. */
  const peopleIn = (line: string): { start: number; end: number; surname: string }[] => {
    // Most lines hold no two capitalised words in a row: one scan says so.
    if (!TWO_CAPITALS.test(line)) return [];
    const words = wordsOf(line);
    const people = [];
    for (let i = 0; i < words.length; i++) {
      const given = words[i];
      let surname = words[i + 1];
      if (!given || !isFirst(given) || !adjacent(line, given, surname)) continue;
      // "Anna Maria Kemi": a second first name, then the surname.
      const after = words[i + 2];
      if (isFirst(surname) && adjacent(line, surname, after)) {
        surname = after;
        i++;
      }
      people.push({ start: given.start, end: surname.end, surname: surname.text });
      i++;
    }
    return people;
  };
  return {
    blank(lines) {
      const surnames = new Set<string>();
      const named = lines.map((line) => {
        let out = line;
        for (const person of peopleIn(line)) {
          surnames.add(person.surname);
          out = out.slice(0, person.start) + " ".repeat(person.end - person.start) + out.slice(person.end);
        }
        return out;
      });
      if (surnames.size === 0) return named;
      const alone = new RegExp(`(?<![\\p{L}\\d-])(?:${[...surnames].join("|")})(?![\\p{L}\\d-])`, "gu");
      return named.map((line) => line.replace(alone, (name) => " ".repeat(name.length)));
    },
  };
}
