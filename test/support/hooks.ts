// Root hooks for the whole test run: one real Meilisearch (the embedded one, from the npm
// package) on a free port with a temporary data directory, stopped and removed at the end.
// Tests reach it through testEngine(); each test file uses its own index name.

import { createMeiliClient } from "../../indexer/meili-client.js";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { startEmbeddedMeili, type EmbeddedMeili } from "../../indexer/embedded-meili.js";
import { silentLogger } from "../../core/logger.js";

// Kept on globalThis: mocha may load this file once as the root hook plugin and once more as
// a module that tests import, and both must see the same Meilisearch.
const shared = globalThis as typeof globalThis & { hankehakuTestMeili?: { meili: EmbeddedMeili; dataDir: string } };

interface TestEngine {
  url: string;
  masterKey: string;
  client: Meilisearch;
}

export function testEngine(): TestEngine {
  const meili = shared.hankehakuTestMeili?.meili;
  if (!meili) throw new Error("the test Meilisearch is not running (root hook did not run)");
  return {
    url: meili.url,
    masterKey: meili.masterKey,
    client: createMeiliClient({ host: meili.url, apiKey: meili.masterKey }),
  };
}

/** A fresh index name, so test files never see each other's documents. */
export function uniqueIndexName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `hankehaku-${prefix}-`));
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(120_000);
    const dataDir = await makeTempDir("meili");
    shared.hankehakuTestMeili = { dataDir, meili: await startEmbeddedMeili({ dataDir, logger: silentLogger() }) };
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    const running = shared.hankehakuTestMeili;
    if (!running) return;
    await running.meili.stop();
    await rm(running.dataDir, { recursive: true, force: true });
  },
};
