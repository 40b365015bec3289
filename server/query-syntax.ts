// The small query language of the search box: plain words (any inflected form matches),
// "a phrase" (these words, as written, in this order) and -word (no project with this word
// or any inflected form of it). Pure; the search service turns the parts into Meilisearch queries.
// Usage: parseQuery('"nuorten mielen" tuki -aikuiset') // { words: ["tuki"], phrases: ["nuorten mielen"], excluded: ["aikuiset"] }

export interface ParsedQuery {
  /** Free words, in order. */
  words: string[];
  /** Quoted phrases, each as its words joined by one space. */
  phrases: string[];
  /** Words after a minus sign. */
  excluded: string[];
}

const WORD = /[\p{L}\d]+(?:[-+][\p{L}\d]+)*\+?/gu;
const PART = /(-?)"([^"]*)"?|(\S+)/g;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] };
  for (const [, minus, quoted, bare] of q.matchAll(PART)) {
    if (quoted !== undefined) {
      const words = wordsOf(quoted);
      // A phrase of one word is that word; "-"…"" excludes each of its words.
      if (minus) parsed.excluded.push(...words);
      else if (words.length > 1) parsed.phrases.push(words.join(" "));
      else parsed.words.push(...words);
    } else if (bare !== undefined) {
      // A minus starts an exclusion only at the start of a word ("sote-palvelut" is one word).
      if (bare.startsWith("-") && bare.length > 1) parsed.excluded.push(...wordsOf(bare.slice(1)));
      else parsed.words.push(...wordsOf(bare));
    }
  }
  return parsed;
}

/** The words a user hopes to see marked in a hit: free words and phrase words, not exclusions. */
export function wantedText(parsed: ParsedQuery): string {
  return [...parsed.words, ...parsed.phrases].join(" ");
}

export const hasOperators = (parsed: ParsedQuery): boolean => parsed.phrases.length + parsed.excluded.length > 0;
