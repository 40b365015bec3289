// `npm run bench`: runs the benchmarks (bench/*.bench.ts) against an
// embedded Meilisearch in a temporary directory, printing figures and ratios against
// baselines measured in the same run. Options: --records N (default 100000) for the indexing
// bench, --api-sizes 67,10000,100000 (record counts), --api-concurrency 1,8,64 (clients) and
// --api-filters 0,1,2 (facet filters) for the API bench, --memory-pages N (default 2000) for the
// crawl memory bench, --only crawl|memory|indexing|api|widget.

import { createMeiliClient } from "../indexer/meili-client.js";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchCrawl } from "./crawl.bench.js";
import { benchMemory } from "./memory.bench.js";
import { startEmbeddedMeili } from "../indexer/embedded-meili.js";
import { benchIndexing } from "./indexer.bench.js";
import { benchApi } from "./api.bench.js";
import { benchWidget } from "./widget.bench.js";
import { silentLogger } from "../core/logger.js";

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "100000" },
    "api-sizes": { type: "string", default: "67,10000,100000" },
    "api-concurrency": { type: "string", default: "1,8,64" },
    "api-filters": { type: "string", default: "0,1,2" },
    "memory-pages": { type: "string", default: "2000" },
    only: { type: "string" },
  },
});
const dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-bench-"));
// Under 64 clients on two shared cores a health check can wait over a second. The app tells
// the supervisor of every search answered, so a busy engine passes; the bench's direct load
// does not, and the bench measures the engine, not its supervision: a long health timeout.
const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger(), healthTimeoutMs: 15_000 });
try {
  const client = createMeiliClient({ host: meili.url, apiKey: meili.masterKey });
  if (!values.only || values.only === "crawl") await benchCrawl();
  if (!values.only || values.only === "memory") await benchMemory(Number(values["memory-pages"]));
  if (!values.only || values.only === "indexing")
    await benchIndexing(client, meili.url, meili.masterKey, Number(values.records));
  if (!values.only || values.only === "api")
    await benchApi(meili.url, meili.masterKey, {
      sizes: values["api-sizes"].split(",").map(Number),
      concurrency: values["api-concurrency"].split(",").map(Number),
      filters: values["api-filters"].split(",").map(Number),
    });
  if (!values.only || values.only === "widget")
    await benchWidget(meili.url, meili.masterKey, await mkdtemp(path.join(os.tmpdir(), "hankehaku-bench-widget-")));
  if (meili.restarts > 0)
    console.log(`\nMeilisearch was restarted ${meili.restarts} times: figures above are suspect.`);
} finally {
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
}
