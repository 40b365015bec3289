// The indexer and search service on the test Meilisearch, with the real vocabulary and analyzer.
import { createIndexer, type Indexer } from "../../indexer/indexer.js";
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
