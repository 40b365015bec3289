// Marks the words of a hit that a query matched, the way the user will recognise them: the
// same word, an inflected form of it (same analysis key) or a compound that contains it.
// Text is HTML-escaped and only <mark> is added, so clients can insert the result as HTML.
// Usage: const match = createWordMatcher(q, analyzer); highlight(title, match); snippet(description, match);

import { fold, type TextAnalyzer } from "../indexer/text-analysis.js";

export type WordMatcher = (word: string) => boolean;

const WORD = /[\p{L}\d]+/gu;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function createWordMatcher(query: string, analyzer: TextAnalyzer): WordMatcher {
  const words = (query.match(WORD) ?? []).map(fold);
  const queryKeys = new Set(analyzer.keys(query).split(" ").filter(Boolean));
  const last = words[words.length - 1];
  const cache = new Map<string, boolean>();
  return (word) => {
    const folded = fold(word);
    let matched = cache.get(folded);
    if (matched === undefined) {
      matched =
        words.includes(folded) ||
        // The last word may still be being typed.
        (last !== undefined && last.length >= 2 && folded.startsWith(last)) ||
        analyzer.wordKeys(word).some((key) => queryKeys.has(key));
      cache.set(folded, matched);
    }
    return matched;
  };
}

export function highlight(text: string, matches: WordMatcher): string {
  let result = "";
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    result += escapeHtml(text.slice(at, found.index));
    result += matches(found[0]) ? `<mark>${escapeHtml(found[0])}</mark>` : escapeHtml(found[0]);
    at = found.index + found[0].length;
  }
  return result + escapeHtml(text.slice(at));
}

/** About `length` words of the text around its densest matches, highlighted; "" if nothing matched. */
export function snippet(text: string, matches: WordMatcher, length = 30): string {
  const words = [...text.matchAll(WORD)];
  const hits = words.map((word) => matches(word[0]));
  let best = -1;
  let bestCount = 0;
  let lastHit = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hits[i]) count++;
    if (i >= length && hits[i - length]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - length + 1);
      lastHit = i;
    }
  }
  if (best < 0) return "";
  // Start a little before the first match of the window, so it is read in context, but not so
  // far that the window's last match falls off its end.
  const firstHit = hits.indexOf(true, best);
  const slack = length - (lastHit - firstHit + 1);
  const start = Math.max(0, firstHit - Math.min(5, slack));
  const end = Math.min(words.length, start + length);
  const from = words[start]?.index ?? 0;
  const to = words[end]?.index ?? text.length;
  const body = highlight(text.slice(from, to).trim().replace(/\s+/g, " "), matches);
  return `${start > 0 ? "…" : ""}${body}${end < words.length ? "…" : ""}`;
}
