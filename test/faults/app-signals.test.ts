// The app as a real process and its embedded engine under real signals: SIGTERM or SIGINT stops
// both within 5 s (a running crawl is left so that the next start resumes it), SIGTERM to
// `npm start` reaches the app through npm, and after kill -9 of the app the next start takes
// the dead owner's lock at once and stops the Meilisearch it left behind.

import { writeFile, readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express from "express";
import { expect } from "chai";
import { SAMPLE_SITE_DIR } from "../../core/paths.js";
import { isRunning } from "../../indexer/data-dir-lock.js";
import { SAMPLE_PROJECTS } from "../../sample-corpus/projects.js";
import { makeTempDir } from "../support/hooks.js";
import { awaitGone, descendants, quietEnv, spawnCli, spawnProcess, type Spawned } from "../support/processes.js";

const RUNNING = /Hankehaku is running at http:\/\/localhost:(\d+)/;

async function engineOf(app: Spawned): Promise<number> {
  const line = await app.waitForLine(/embedded Meilisearch is up/);
  return (JSON.parse(line) as { pid: number }).pid;
}

/** The sample site, each page answered after `delayMs`, so a crawl of it takes a while. */
async function slowSampleSite(
  delayMs: number,
): Promise<{ origin: string; requests: () => number; setDelay(ms: number): void; close(): void }> {
  let requests = 0;
  const app = express()
    .use((_req, _res, next) => {
      requests += 1;
      setTimeout(next, delayMs);
    })
    .use(express.static(SAMPLE_SITE_DIR));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The number of records once the app's crawl has finished; then the app is stopped. */
async function recordsAfterCrawl(app: Spawned): Promise<number> {
  const port = Number(RUNNING.exec(await app.waitForLine(RUNNING))?.[1]);
  await app.waitForLine(/crawl finished/, 120_000);
  const body = (await (await fetch(`http://127.0.0.1:${port}/api/search?hitsPerPage=1`)).json()) as { total: number };
  process.kill(app.pid, "SIGTERM");
  expect(await app.exit(5_000)).to.deep.equal({ code: 0, signal: null });
  return body.total;
}

describe("the app under signals", function () {
  this.timeout(180_000);
  let dataDir: string;
  const started: Spawned[] = [];

  beforeEach(async function () {
    dataDir = await makeTempDir("signals");
  });

  afterEach(async function () {
    for (const app of started.splice(0)) {
      for (const pid of [...(await descendants(app.pid)), app.pid]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`stops app and engine within 5 s on ${signal}`, async function () {
      const app = spawnCli(["serve"], quietEnv({ HANKEHAKU_DATA_DIR: dataDir }));
      started.push(app);
      const engine = await engineOf(app);
      await app.waitForLine(RUNNING);
      const sent = Date.now();
      process.kill(app.pid, signal);
      const outcome = await app.exit(5_000);
      expect(outcome, app.stderr().slice(-1000)).to.deep.equal({ code: 0, signal: null });
      expect(await awaitGone([engine], 5_000 - (Date.now() - sent))).to.deep.equal([]);
    });
  }

  it("stops within 5 s during a crawl, and the next start resumes the crawl and loses nothing", async function () {
    const site = await slowSampleSite(100);
    try {
      const configFile = path.join(dataDir, "config.json");
      const source = { name: "slow", startUrls: [`${site.origin}/index.html`], delayMs: 0, schedule: "0 3 * * *" };
      await writeFile(configFile, JSON.stringify({ sources: [source] }));
      const env = quietEnv({ HANKEHAKU_DATA_DIR: path.join(dataDir, "data"), HANKEHAKU_CONFIG: configFile });
      const first = spawnCli(["start"], env);
      started.push(first);
      const engine = await engineOf(first);
      await first.waitForLine(RUNNING);
      while (site.requests() < 15) await new Promise((resolve) => setTimeout(resolve, 50));
      const sent = Date.now();
      process.kill(first.pid, "SIGTERM");
      expect(await first.exit(5_000)).to.deep.equal({ code: 0, signal: null });
      expect(await awaitGone([engine], 5_000 - (Date.now() - sent))).to.deep.equal([]);
      const frontier = await readFile(path.join(dataDir, "data", "frontier", "slow.log"), "utf8");
      expect(frontier).to.contain("Q ");

      // Slow only while the first run is to be stopped mid-crawl.
      site.setDelay(0);
      const resumed = spawnCli(["start"], env);
      started.push(resumed);
      await resumed.waitForLine(/resuming an unfinished crawl/);
      const records = await recordsAfterCrawl(resumed);
      // The same site crawled without interruption, in a data directory of its own.
      const reference = spawnCli(["start"], { ...env, HANKEHAKU_DATA_DIR: path.join(dataDir, "reference") });
      started.push(reference);
      expect(records).to.equal(await recordsAfterCrawl(reference));
      expect(records).to.be.at.least(SAMPLE_PROJECTS.length);
    } finally {
      site.close();
    }
  });

  it("stops app and engine within 5 s when `npm start` gets SIGTERM", async function () {
    const npm = spawnProcess("npm", ["start"], quietEnv({ HANKEHAKU_DATA_DIR: dataDir }));
    started.push(npm);
    const engine = await engineOf(npm);
    await npm.waitForLine(RUNNING);
    const tree = await descendants(npm.pid);
    expect(tree).to.include(engine);
    const sent = Date.now();
    process.kill(npm.pid, "SIGTERM");
    expect(await npm.exit(5_000)).to.not.equal("running");
    expect(await awaitGone(tree, 5_000 - (Date.now() - sent)), "processes left running").to.deep.equal([]);
  });

  it("after kill -9 of the app, starts again at once and stops the engine it left behind", async function () {
    const crashed = spawnCli(["serve"], quietEnv({ HANKEHAKU_DATA_DIR: dataDir }));
    started.push(crashed);
    const orphan = await engineOf(crashed);
    await crashed.waitForLine(RUNNING);
    process.kill(crashed.pid, "SIGKILL");
    await crashed.exit(5_000);
    expect(await isRunning(orphan), "the engine outlives a kill -9 of its app").to.equal(true);

    const restarted = spawnCli(["serve"], quietEnv({ HANKEHAKU_DATA_DIR: dataDir }));
    started.push(restarted);
    const begun = Date.now();
    const engine = await engineOf(restarted);
    await restarted.waitForLine(RUNNING);
    // The lock was 15 s from going stale: taking it must not wait for that.
    expect(Date.now() - begun).to.be.below(12_000);
    expect(restarted.stderr()).to.contain("taking over the data directory lock");
    expect(engine).to.not.equal(orphan);
    expect(await awaitGone([orphan], 1_000), "the orphaned engine is stopped").to.deep.equal([]);
    process.kill(restarted.pid, "SIGTERM");
    expect(await restarted.exit(5_000)).to.deep.equal({ code: 0, signal: null });
  });
});
