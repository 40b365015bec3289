// `npm run bench`: runs the benchmarks (*.bench.ts beside the code they measure) against an
// embedded Meilisearch in a temporary directory, printing figures and ratios against
// baselines measured in the same run. Options: --records N (default 100000).

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Meilisearch } from "meilisearch";
import { startEmbeddedMeili } from "./indexer/embedded-meili.js";
import { benchIndexing } from "./indexer/indexer.bench.js";
import { silentLogger } from "./logger.js";

const { values } = parseArgs({ options: { records: { type: "string", default: "100000" } } });
const dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-bench-"));
const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
try {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
  await benchIndexing(client, meili.url, meili.masterKey, Number(values.records));
} finally {
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
}
