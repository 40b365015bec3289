// The Meilisearch queries one search box query becomes, merged by a federated search: the
// words as typed over the text fields, their inflection-insensitive keys (text-analysis.ts)
// over the hidden keys field, weighted a little lower, and, when the query names a thesaurus
// concept ("vanhuspalvelut", "äldreomsorg"), the keys with the concept's token in its place over
// the keys and concepts fields, lower still: records that say "kotihoito" or "hemvården" instead. Phrases must match as written in both;
// an excluded word goes out in every form, by the word and by its key. The matching strategy
// decides what happens to a document that lacks some of the words (measured in
// test/integration/relevance.test.ts; "frequency" drops the most common words first).
// Usage: textQueries(parseQuery(q), analyzer, { matchingStrategy: "frequency", keysWeight: 0.9 })

import { CONCEPTS_FIELD, KEYS_FIELD } from "../indexer/settings.js";
import { SEARCHABLE_FIELDS } from "../core/project.js";
import type { TextAnalyzer } from "../indexer/text-analysis.js";
import { hasOperators, type ParsedQuery } from "./query-syntax.js";

export type MatchingStrategy = "last" | "all" | "frequency";

export interface TextQuery {
  q: string;
  attributesToSearchOn: string[];
  matchingStrategy: MatchingStrategy;
  federationOptions?: { weight: number };
}

const quoted = (phrase: string) => `"${phrase}"`;

/** The exclusions of a query, as words and as keys, each with a minus. */
function exclusions(parsed: ParsedQuery, analyzer: TextAnalyzer): string[] {
  const keys = parsed.excluded.flatMap((word) => analyzer.wordKeys(word).slice(0, 1));
  return [...new Set([...parsed.excluded, ...keys])].map((term) => `-${term}`);
}

/** The words as typed: the best evidence, matched over the text fields. */
function wordsQuery(parsed: ParsedQuery, analyzer: TextAnalyzer, strategy: MatchingStrategy): TextQuery {
  const excluded = exclusions(parsed, analyzer);
  return {
    q: [...parsed.words, ...parsed.phrases.map(quoted), ...excluded].join(" "),
    // An exclusion reaches only the fields searched: the keys field holds every inflected form.
    attributesToSearchOn: excluded.length > 0 ? [...SEARCHABLE_FIELDS, KEYS_FIELD] : [...SEARCHABLE_FIELDS],
    matchingStrategy: strategy,
  };
}

/**
 * The keys of the free words over the keys field (any inflected form, compound parts, the
 * record's facet names in three languages); undefined when there are no free words to key.
 */
function keysQuery(
  parsed: ParsedQuery,
  analyzer: TextAnalyzer,
  strategy: MatchingStrategy,
  weight: number,
): TextQuery | undefined {
  const keys = analyzer.keys(parsed.words.join(" "));
  if (!keys) return undefined;
  return {
    q: [keys, ...parsed.phrases.map(quoted), ...exclusions(parsed, analyzer)].join(" "),
    // Phrases are matched as written, so their fields are searched too.
    attributesToSearchOn: hasOperators(parsed) ? [KEYS_FIELD, ...SEARCHABLE_FIELDS] : [KEYS_FIELD],
    matchingStrategy: strategy,
    federationOptions: { weight },
  };
}

/**
 * The keys with each concept the free words name replaced by its token, over the keys and
 * concepts fields; every word must match (the other queries already find partial matches), so
 * the expansion adds whole matches only. Undefined when the words name no concept.
 */
export function conceptQuery(parsed: ParsedQuery, analyzer: TextAnalyzer, weight: number): TextQuery | undefined {
  const keys = analyzer.conceptKeys(parsed.words.join(" "));
  if (!keys) return undefined;
  return {
    q: [keys, ...parsed.phrases.map(quoted), ...exclusions(parsed, analyzer)].join(" "),
    attributesToSearchOn: hasOperators(parsed)
      ? [KEYS_FIELD, CONCEPTS_FIELD, ...SEARCHABLE_FIELDS]
      : [KEYS_FIELD, CONCEPTS_FIELD],
    matchingStrategy: "all",
    federationOptions: { weight },
  };
}

export interface TextQueryOptions {
  matchingStrategy: MatchingStrategy;
  keysMatchingStrategy?: MatchingStrategy;
  keysWeight: number;
  /** The weight of the concept query (see conceptQuery); no concept query when undefined. */
  conceptWeight?: number;
}

export function textQueries(parsed: ParsedQuery, analyzer: TextAnalyzer, options: TextQueryOptions): TextQuery[] {
  const keys = keysQuery(
    parsed,
    analyzer,
    options.keysMatchingStrategy ?? options.matchingStrategy,
    options.keysWeight,
  );
  const concepts =
    keys && options.conceptWeight !== undefined ? conceptQuery(parsed, analyzer, options.conceptWeight) : undefined;
  return [
    wordsQuery(parsed, analyzer, options.matchingStrategy),
    ...(keys ? [keys] : []),
    ...(concepts ? [concepts] : []),
  ];
}
