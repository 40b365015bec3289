// Meilisearch's answer to a search request, parsed once while the engine keeps giving the same
// text: the parsed answer is remembered by request body, and an answer whose text is the last
// one's but for its timing (`processingTimeMs`) is given back as the same object. Parsing a
// search answer (20 hits with their descriptions) is a tenth of the app's CPU per search, and
// the same object lets the search service reuse what it made of it (search-service.ts).
// Callers must not change a parsed answer, and read no timing from it (it is the first one's).
// Bounded by the characters of the answers kept, least recently used out first (lru-cache).
// Usage: const answers = createRepeatedAnswers(); const parsed = answers.parse(requestBody, answerText);

import { LRUCache } from "lru-cache";

/**
 * An answer's timing: in a JSON text, a quote before a colon closes a key (inside a string it
 * would be escaped), so this only finds the key itself.
 */
const TIMING = /"processingTimeMs":\d+/g;
const NO_TIMING = '"processingTimeMs":0';

/** About 8 MB of answer text, some 200 searches with their descriptions, and their parsed forms. */
const DEFAULT_MAX_CHARS = 4_000_000;

export function createRepeatedAnswers(maxChars = DEFAULT_MAX_CHARS) {
  const known = new LRUCache<string, { text: string; parsed: unknown }>({
    maxSize: maxChars,
    sizeCalculation: (entry) => Math.max(1, entry.text.length),
  });
  return {
    /** The answer text parsed as JSON (a SyntaxError when it is not), or the same object as last time. */
    parse(body: string, answer: string): unknown {
      const text = answer.replace(TIMING, NO_TIMING);
      const entry = known.get(body);
      const parsed: unknown = entry?.text === text ? entry.parsed : JSON.parse(answer);
      known.set(body, { text, parsed });
      return parsed;
    },
  };
}
