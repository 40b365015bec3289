// Marks the words of a hit that a query matched, the way the user will recognise them: the
// same word, an inflected form of it (the same stem, give or take the stem's last letters), a
// compound that contains it, or a word the last query word begins (it may still be typed).
// A word that merely shares a cut key or a compound part ("terveysministeriö" for
// "mielenterveys") is not marked. Snippets are the one or two sentences of the description
// that match the query best, never the title or the label/value lines of a facts block.
// Text is HTML-escaped and only <mark> is added, so clients can insert the result as HTML.
// Usage: const match = createWordMatcher(q, analyzer); highlight(title, match); snippet(description, match, title);

import { fold, wordStem, type TextAnalyzer } from "../indexer/text-analysis.js";

export type WordMatcher = (word: string) => boolean;

const WORD = /[\p{L}\d]+/gu;
/** Words a sentence may run to before the snippet is cut around its matches. */
const MAX_SNIPPET_WORDS = 45;
/** A line of fewer words without a full stop is a label or a value, not prose. */
const MIN_PROSE_WORDS = 8;

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Whether a word of the text is a form of a query word (both given as stems). */
function sameWord(textStem: string, queryStem: string): boolean {
  if (queryStem.length < 2) return false;
  if (textStem === queryStem) return true;
  // Inflection changes the end of a stem (mielenterveys/mielenterveyt, päihde/päih).
  const shared = commonPrefix(textStem, queryStem);
  const slack = queryStem.length > 8 ? 3 : 2;
  if (
    shared >= 4 &&
    shared >= queryStem.length - slack &&
    shared >= Math.min(textStem.length, queryStem.length) - slack
  )
    return true;
  // A compound whose later part is the query word (hyvinvointipalvelut for palvelut).
  return queryStem.length >= 4 && textStem.indexOf(queryStem, 3) > 0;
}

/**
 * Stems of words seen in hits, shared by all searches: the same words come back in every answer,
 * and Snowball is the dearest step of highlighting. Bounded; emptied when full.
 */
const STEM_CACHE_SIZE = 50_000;
const MATCHER_CACHE_SIZE = 10_000;
const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stem = wordStem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

export function createWordMatcher(query: string, analyzer: Pick<TextAnalyzer, "wordKeys">): WordMatcher {
  const words = (query.match(WORD) ?? []).filter((word) => analyzer.wordKeys(word).length > 0 || /\d/.test(word));
  const folded = words.map(fold);
  const stems = words.map((word) => wordStem(word));
  const last = folded[folded.length - 1];
  const isFormOfQueryWord = (stem: string) => stems.some((queryStem) => sameWord(stem, queryStem));
  // By the word as written: whether it matches depends only on its folded form and its stem.
  // A matcher lives as long as its query is cached (search-service.ts): bounded, emptied when full.
  const cache = new Map<string, boolean>();
  return (word) => {
    let matched = cache.get(word);
    if (matched === undefined) {
      const candidate = fold(word);
      matched =
        folded.includes(candidate) ||
        // The last word may still be being typed.
        (last !== undefined && last.length >= 3 && candidate.startsWith(last)) ||
        isFormOfQueryWord(cachedStem(word));
      if (cache.size >= MATCHER_CACHE_SIZE) cache.clear();
      cache.set(word, matched);
    }
    return matched;
  };
}

export function highlight(text: string, matches: WordMatcher): string {
  let result = "";
  let at = 0;
  // Text between marks is escaped in one piece.
  for (const found of text.matchAll(WORD)) {
    if (!matches(found[0])) continue;
    result += `${escapeHtml(text.slice(at, found.index))}<mark>${escapeHtml(found[0])}</mark>`;
    at = found.index + found[0].length;
  }
  return result + escapeHtml(text.slice(at));
}

/**
 * highlight(), remembered per matcher: a query's matcher is reused (search-service.ts), and with
 * it come back the same hits' titles and summaries. Bounded per matcher, emptied when full; a
 * matcher's end ends its texts (a WeakMap). Snippets are remembered with the document's prose.
 */
const REMEMBERED_TEXTS = 100;
const remembered = new WeakMap<WordMatcher, Map<string, string>>();
export function rememberedHighlight(text: string, matches: WordMatcher): string {
  let texts = remembered.get(matches);
  if (!texts) {
    texts = new Map();
    remembered.set(matches, texts);
  }
  let marked = texts.get(text);
  if (marked === undefined) {
    if (texts.size >= REMEMBERED_TEXTS) texts.clear();
    marked = highlight(text, matches);
    texts.set(text, marked);
  }
  return marked;
}

/** "Label: value" at the start of a line: a label of up to four words, then a colon. */
const LABEL_LINE = /^(?:[\p{L}\d()/–-]+ ){0,3}[\p{L}\d()/–-]+:\s+(.*)$/u;

/**
 * A line of a registry form ("Hankkeen nimi: Nuotio – …", "Toimintalinja: 4. Koulutus…") is
 * a fact, not prose: its value is kept only when it is a sentence of its own.
 */
function withoutLabel(line: string): string {
  const value = LABEL_LINE.exec(line)?.[1];
  if (value === undefined) return line;
  return /[.!?…]$/.test(value) && (value.match(WORD) ?? []).length >= MIN_PROSE_WORDS ? value : "";
}

/** A sentence of a description's prose, with its words (what scoring reads). */
interface Sentence {
  text: string;
  words: string[];
}

/** The prose sentences of a description: no title line, no label or value lines. */
function proseSentences(description: string, title: string): Sentence[] {
  const titleKey = fold(title).trim();
  return (
    description
      .split(/\n+/)
      .map((line) => withoutLabel(line.trim().replace(/\s+/g, " ")))
      // Folding never shortens a line, so only a line no longer than the title can be the title.
      .filter((line) => line && (line.length > titleKey.length || fold(line) !== titleKey))
      .filter((line) => /[.!?…]$/.test(line) || (line.match(WORD) ?? []).length >= MIN_PROSE_WORDS)
      .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"“(])/u))
      .map((text) => ({ text, words: text.match(WORD) ?? [] }))
  );
}

/** A description's prose, and the snippets cut from it for the query matchers still alive. */
interface Prose {
  title: string;
  sentences: Sentence[];
  snippets: WeakMap<WordMatcher, string>;
}

/**
 * The prose of descriptions seen in hits, shared by all searches: it depends on the document
 * alone, and the same hits come back for many queries (paging, facet clicks, the same words
 * typed again). Keyed by the description; bounded by the characters held, emptied when full.
 */
const PROSE_CACHE_CHARS = 4_000_000;
const proseCache = new Map<string, Prose>();
let proseChars = 0;
function cachedProse(description: string, title: string): Prose {
  const cached = proseCache.get(description);
  if (cached?.title === title) return cached;
  if (proseChars + description.length > PROSE_CACHE_CHARS) {
    proseCache.clear();
    proseChars = 0;
  }
  const prose = { title, sentences: proseSentences(description, title), snippets: new WeakMap() };
  // Another title over the same description replaces its entry: its characters are counted once.
  if (!proseCache.has(description)) proseChars += description.length;
  proseCache.set(description, prose);
  return prose;
}

/** The distinct matched words of a sentence, and how many matched words it has. */
function matchScore({ words }: Sentence, matches: WordMatcher): number {
  const matched: string[] = [];
  for (const word of words) if (matches(word)) matched.push(fold(word));
  // Distinct words count most; a repeat adds a little.
  return new Set(matched).size + matched.length / 100;
}

/** A long sentence cut to about MAX_SNIPPET_WORDS words around its first match. */
function cropped(sentence: string, matches: WordMatcher): string {
  const words = [...sentence.matchAll(WORD)];
  if (words.length <= MAX_SNIPPET_WORDS) return highlight(sentence, matches);
  const first = Math.max(
    0,
    words.findIndex((word) => matches(word[0])),
  );
  const start = Math.max(0, Math.min(first - 8, words.length - MAX_SNIPPET_WORDS));
  const end = start + MAX_SNIPPET_WORDS;
  const from = words[start]?.index ?? 0;
  const to = words[end]?.index ?? sentence.length;
  return `${start > 0 ? "…" : ""}${highlight(sentence.slice(from, to).trim(), matches)}${end < words.length ? "…" : ""}`;
}

/**
 * The sentence of the description that matches the query best, with the next one when it
 * matches too or the first is short; "" when no sentence matches.
 */
export function snippet(description: string, matches: WordMatcher, title = ""): string {
  const { sentences } = cachedProse(description, title);
  const scores = sentences.map((sentence) => matchScore(sentence, matches));
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best < 0 || score > (scores[best] ?? 0))) best = i;
  });
  const chosen = sentences[best];
  if (chosen === undefined) return "";
  const next = sentences[best + 1];
  const withNext =
    next !== undefined &&
    ((scores[best + 1] ?? 0) > 0 || chosen.words.length < 12) &&
    (chosen.text + next.text).split(/\s+/).length <= MAX_SNIPPET_WORDS;
  return withNext
    ? `${highlight(chosen.text, matches)} ${highlight(next.text, matches)}`
    : cropped(chosen.text, matches);
}

/** snippet(), remembered with the description's prose for each query matcher. */
export function rememberedSnippet(description: string, matches: WordMatcher, title: string): string {
  const { snippets } = cachedProse(description, title);
  let cut = snippets.get(matches);
  if (cut === undefined) {
    cut = snippet(description, matches, title);
    snippets.set(matches, cut);
  }
  return cut;
}
