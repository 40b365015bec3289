// No 40 ms stall: 300 sequential searches through the app against the real Meilisearch keep
// p95 within 3× p50. With fetch's default gzip, Meilisearch's two-segment replies waited for
// the delayed ACK on 30–90 % of calls, which put p95 far above p50 (see indexer/meili-client.ts).
// A stability assertion, not a speed floor. And a burst of concurrent searches is answered,
// not refused: the app queues engine calls instead of letting them time out inside the engine.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import { percentile } from "../../bench/stats.js";
import { silentLogger } from "../../core/logger.js";
import { createIndexer } from "../../indexer/indexer.js";
import { createMeiliClient } from "../../indexer/meili-client.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../../indexer/text-analysis.js";
import { createApp } from "../../server/app.js";
import { listen } from "../../server/listen.js";
import { createSearchService } from "../../server/search-service.js";
import { SAMPLE_PROJECTS } from "../../sample-corpus/projects.js";
import { appConfig } from "../support/app-config.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { project } from "../support/projects.js";

describe("search latency through the app", function () {
  const indexName = uniqueIndexName("latency");
  let server: Server;
  let base: string;

  before(async function () {
    const { url, masterKey } = testEngine();
    // The client the app itself uses, as the service makes it.
    const client = createMeiliClient({ host: url, apiKey: masterKey });
    const vocabulary = await loadSearchVocabulary();
    const analyzer = await loadTextAnalyzer(vocabulary);
    const indexer = createIndexer({ client, indexName, analyzer, vocabulary });
    await indexer.ensureIndex();
    await indexer.upsert(
      SAMPLE_PROJECTS.map((sample, i) =>
        project(`p${i}`, { title: sample.title, description: sample.description.join(" ") }),
      ),
    );
    const search = createSearchService({ client, indexName, analyzer });
    server = await listen(createApp({ search, config: appConfig(), logger: silentLogger() }), 0, "127.0.0.1");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async function () {
    await new Promise((resolve) => server.close(resolve));
    await testEngine().client.deleteIndex(indexName).waitTask();
  });

  it("keeps p95 within 3× p50 over 300 sequential searches", async function () {
    this.timeout(120_000);
    const words = ["nuoret", "ikäihmiset", "mielenterveys", "perheet", "liikunta", "yksinäisyys"];
    const times: number[] = [];
    for (let i = 0; i < 320; i++) {
      // A distinct query each time, so no cache (ETag or otherwise) answers for the engine.
      const q = `${words[i % words.length] ?? ""} ${i}`;
      const started = performance.now();
      const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
      await response.arrayBuffer();
      expect(response.status).to.equal(200);
      // The first 20 warm up connections and caches.
      if (i >= 20) times.push(performance.now() - started);
    }
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    console.log(`      p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} searches`);
    expect(p95).to.be.at.most(3 * p50, `p95 ${p95.toFixed(1)} ms against p50 ${p50.toFixed(1)} ms`);
  });

  it("answers 150 searches sent at once, each with two facet filters, without a 503", async function () {
    // 450 engine calls at once: sent straight on, they queued inside Meilisearch past the
    // client's 3 s timeout and some searches answered 503. They wait their turn in the app now.
    this.timeout(180_000);
    const words = ["nuoret", "ikäihmiset", "mielenterveys", "perheet", "liikunta", "yksinäisyys"];
    const statuses = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        const query = new URLSearchParams({ q: `${words[i % words.length] ?? ""} ${i}`, region: "Uusimaa" });
        query.append("targetGroup", "nuoret");
        const response = await fetch(`${base}/api/search?${query}`);
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const counts = statuses.reduce<Record<number, number>>(
      (all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }),
      {},
    );
    expect(counts).to.deep.equal({ 200: 150 });
  });
});
