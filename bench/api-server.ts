// The search API alone in its own process, for bench/api.bench.ts: the load generator then
// does not share the event loop with the app, and the app's CPU time can be read from /proc.
// Usage: tsx bench/api-server.ts <meili-url> <api-key> <index> [--no-analysis]   (prints the port when listening)
// --no-analysis searches the words as typed only, without the keys and concept queries (what analysis costs).

import type { AddressInfo } from "node:net";
import { silentLogger } from "../core/logger.js";
import { createMeiliClient } from "../indexer/meili-client.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../indexer/text-analysis.js";
import { createApp } from "../server/app.js";
import { listen } from "../server/listen.js";
import { createSearchService } from "../server/search-service.js";

const [host = "", apiKey = "", indexName = "", flag] = process.argv.slice(2);
const analyzer = await loadTextAnalyzer(await loadSearchVocabulary());
// The client the service itself uses (timeouts, identity encoding): the bench measures the app as shipped.
const client = createMeiliClient({ host, apiKey });
const app = createApp({
  search: createSearchService({ client, indexName, analyzer, analysis: flag !== "--no-analysis" }),
  // The per-IP rate limit is raised for the bench only: every request comes from 127.0.0.1.
  config: { sampleCorpus: false, api: { rateLimitPerMinute: 100_000_000, cacheSeconds: 0 }, partners: [] },
  logger: silentLogger(),
});
const server = await listen(app, 0, "127.0.0.1");
process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
process.once("SIGTERM", () => server.close(() => process.exit(0)));
