// Supervision of the embedded Meilisearch in seconds, with real processes and real signals:
// the restart backoff starts over after a healthy spell, a hung engine (SIGSTOP) is killed and
// back within 5 s, and while it hangs every call to it gives up quickly: the API answers 503
// in seconds and an index write fails instead of waiting forever.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { applyEnv, loadConfig } from "../../config/config.js";
import { silentLogger } from "../../core/logger.js";
import { startEmbeddedMeili, type EmbeddedMeili } from "../../indexer/embedded-meili.js";
import { createIndexer } from "../../indexer/indexer.js";
import { createMeiliClient, MEILI_REQUEST_TIMEOUT_MS } from "../../indexer/meili-client.js";
import { loadSearchVocabulary, loadTextAnalyzer } from "../../indexer/text-analysis.js";
import { startService, type Service } from "../../app/service.js";
import { makeTempDir } from "../support/hooks.js";
import { project } from "../support/projects.js";
import { waitFor } from "../support/processes.js";

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) })).ok;
  } catch {
    return false;
  }
}

/** Milliseconds from now until the engine runs under a new pid and answers. */
async function timeToRecover(meili: EmbeddedMeili, oldPid: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await waitFor(async () => meili.pid !== undefined && meili.pid !== oldPid && (await healthy(meili.url)), timeoutMs);
  return Date.now() - started;
}

describe("supervision of the embedded Meilisearch", function () {
  this.timeout(120_000);
  let dataDir: string;
  let meili: EmbeddedMeili | undefined;

  beforeEach(async function () {
    dataDir = await makeTempDir("supervision");
  });

  afterEach(async function () {
    if (meili?.pid) process.kill(meili.pid, "SIGCONT");
    await meili?.stop();
    meili = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("restarts quickly after every crash once it has been healthy for a while (the backoff resets)", async function () {
    // Without the reset, the 7th crash in a row would wait 30 s.
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger(), healthyResetMs: 1_000 });
    for (let crash = 1; crash <= 8; crash++) {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const pid = meili.pid;
      if (pid === undefined) throw new Error("no engine running");
      process.kill(pid, "SIGKILL");
      const ms = await timeToRecover(meili, pid, 20_000);
      expect(ms, `restart after crash ${crash}`).to.be.below(4_000);
    }
    expect(meili.restarts).to.equal(8);
  });

  it("still backs off when it crashes again at once", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger(), healthyResetMs: 60_000 });
    const delays: number[] = [];
    for (let crash = 1; crash <= 3; crash++) {
      const pid = meili.pid;
      if (pid === undefined) throw new Error("no engine running");
      process.kill(pid, "SIGKILL");
      delays.push(await timeToRecover(meili, pid, 20_000));
    }
    // 0.5 s, 1 s, 2 s: the third waits clearly longer than the first.
    expect(delays[2]).to.be.above((delays[0] ?? 0) + 1_000);
  });

  it("kills and restarts a hung engine (SIGSTOP) within 5 s", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    const pid = meili.pid;
    if (pid === undefined) throw new Error("no engine running");
    process.kill(pid, "SIGSTOP");
    const ms = await timeToRecover(meili, pid, 15_000);
    expect(ms).to.be.below(5_000);
    expect(meili.restarts).to.equal(1);
  });

  describe("while the engine hangs", function () {
    let service: Service;
    let hungPid = 0;

    beforeEach(async function () {
      // A supervisor that never gives up on it, so the hang lasts as long as the test needs.
      meili = await startEmbeddedMeili({ dataDir, logger: silentLogger(), failedChecksToRestart: 1_000_000 });
      const base = await loadConfig({});
      const config = applyEnv(
        {
          ...base,
          port: 0,
          sampleCorpus: false,
          sources: [],
          dataDir,
          meili: { url: meili.url, masterKey: meili.masterKey, index: "hang" },
        },
        {},
        process.cwd(),
      );
      service = await startService({ config, logger: silentLogger(), crawl: false });
      await service.engine.client
        .index("hang")
        .addDocuments([project("a", { title: "Nuorten tuki" })])
        .waitTask();
      hungPid = meili.pid ?? 0;
      process.kill(hungPid, "SIGSTOP");
    });

    afterEach(async function () {
      if (hungPid) process.kill(hungPid, "SIGCONT");
      await service?.stop();
    });

    it("answers searches and the health check with a 503 within seconds", async function () {
      for (const path of ["/api/search?q=nuorten", "/health"]) {
        const started = Date.now();
        const response = await fetch(`${service.url}${path}`);
        expect(response.status, path).to.equal(503);
        expect(Date.now() - started, path).to.be.below(MEILI_REQUEST_TIMEOUT_MS + 1_500);
      }
    });

    it("fails an index write instead of waiting for it", async function () {
      const vocabulary = await loadSearchVocabulary();
      const indexer = createIndexer({
        client: createMeiliClient({ host: meili?.url ?? "", apiKey: meili?.masterKey }),
        indexName: "hang",
        analyzer: await loadTextAnalyzer(vocabulary),
        vocabulary,
      });
      const started = Date.now();
      const outcome = await indexer.upsert([project("b", { title: "Perheiden tuki" })]).then(
        () => "written",
        () => "failed",
      );
      expect(outcome).to.equal("failed");
      expect(Date.now() - started).to.be.below(MEILI_REQUEST_TIMEOUT_MS + 1_500);
    });
  });
});
