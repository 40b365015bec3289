import { appendFile, readFile, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { deferFrontier, openFrontier, parseFrontierLog } from "../../crawlers/frontier.js";

describe("frontier", function () {
  let dataDir: string;
  const log = () => readFile(path.join(dataDir, "frontier", "s.log"), "utf8");

  beforeEach(async function () {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-frontier-"));
  });
  afterEach(async function () {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("resumes with the pages queued and not finished, in queue order", async function () {
    const first = await openFrontier(dataDir, "s");
    expect(first.resumed).to.equal(false);
    await first.queued(["http://a/1", "http://a/2", "http://a/3"]);
    await first.finished("http://a/2");
    const second = await openFrontier(dataDir, "s");
    expect(second.resumed).to.equal(true);
    expect(second.pending).to.deep.equal(["http://a/1", "http://a/3"]);
    expect([...second.done]).to.deep.equal(["http://a/2"]);
  });

  it("ignores a line torn by a kill and writes on from a fresh line", async function () {
    const first = await openFrontier(dataDir, "s");
    await first.queued(["http://a/1", "http://a/2"]);
    await appendFile(path.join(dataDir, "frontier", "s.log"), "F http://a/");
    const second = await openFrontier(dataDir, "s");
    expect(second.pending).to.deep.equal(["http://a/1", "http://a/2"]);
    await second.finished("http://a/1");
    expect((await openFrontier(dataDir, "s")).pending).to.deep.equal(["http://a/2"]);
  });

  it("starts afresh after a completed crawl", async function () {
    const first = await openFrontier(dataDir, "s");
    await first.queued(["http://a/1"]);
    await first.complete();
    expect((await openFrontier(dataDir, "s")).resumed).to.equal(false);
  });

  it("holds back 'finished' for a page whose record waits for the index", async function () {
    const deferred = deferFrontier(await openFrontier(dataDir, "s"));
    await deferred.queued(["http://a/1", "http://a/2"]);
    deferred.hold("http://a/1");
    await deferred.finished("http://a/1");
    await deferred.finished("http://a/2");
    expect(parseFrontierLog(await log()).done).to.deep.equal(new Set(["http://a/2"]));
    await deferred.release(["http://a/1"]);
    expect(parseFrontierLog(await log()).done).to.deep.equal(new Set(["http://a/2", "http://a/1"]));
  });

  it("finishes at once a page whose record was indexed before the crawl finished it", async function () {
    const deferred = deferFrontier(await openFrontier(dataDir, "s"));
    await deferred.queued(["http://a/1"]);
    deferred.hold("http://a/1");
    await deferred.release(["http://a/1"]);
    expect(parseFrontierLog(await log()).done.size).to.equal(0);
    await deferred.finished("http://a/1");
    expect(parseFrontierLog(await log()).done).to.deep.equal(new Set(["http://a/1"]));
  });
});
