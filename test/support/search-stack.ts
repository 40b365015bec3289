// The indexer and search service on the test Meilisearch, with the real vocabulary and analyzer;
// or an indexer on a Meilisearch of a test's own (one it kills or restarts).
import type { Meilisearch } from "meilisearch";
import { createMeiliClient } from "../../indexer/meili-client.js";
import { createIndexer, type Indexer, type IndexerOptions } from "../../indexer/indexer.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../../indexer/text-analysis.js";
import { createSearchService, type SearchService } from "../../server/search-service.js";
import { testEngine } from "./hooks.js";

export async function searchStack(indexName: string): Promise<{ indexer: Indexer; search: SearchService }> {
  const { client } = testEngine();
  const vocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(vocabulary);
  return {
    indexer: createIndexer({ client, indexName, analyzer, vocabulary }),
    search: createSearchService({ client, indexName, analyzer }),
  };
}

/** An indexer of the "projects" index on another Meilisearch, through the app's own client. */
export async function indexerOn(
  meili: { url: string; masterKey: string },
  options: Pick<IndexerOptions, "batchSize" | "taskTimeoutMs"> = {},
): Promise<{ client: Meilisearch; indexer: Indexer }> {
  const client = createMeiliClient({ host: meili.url, apiKey: meili.masterKey });
  const vocabulary = await loadSearchVocabulary();
  const analyzer = await loadTextAnalyzer(vocabulary);
  return { client, indexer: createIndexer({ client, indexName: "projects", analyzer, vocabulary, ...options }) };
}
