// The crawler (`app/cli.ts crawl`, a real child process) killed with SIGKILL at 20 random
// moments while it crawls and indexes a generated 300-page site (after a random number of its
// requests, plus a random pause that often falls in an upsert), with pages edited between rounds
// so that every round has records to index. After each kill a new crawl runs to its end,
// and the index must hold exactly one record per project page: none lost, none doubled, none
// of the list pages.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { serveGeneratedSite, type GeneratedSite } from "../support/generated-site.js";
import { crawlerRunner, dropIndex, exited, indexedUrls } from "./support.js";

const KILLS = 20;
const PROJECTS = 300;

describe("fault: the crawler killed at random moments", function () {
  this.timeout(600_000);
  let site: GeneratedSite;
  let dataDir: string;
  const index = uniqueIndexName("kill");

  before(async function () {
    site = await serveGeneratedSite({ projects: PROJECTS, delayMs: 2 });
    dataDir = await makeTempDir("kill");
  });

  after(async function () {
    await site.close();
    await rm(dataDir, { recursive: true, force: true });
    await dropIndex(testEngine().client, index);
  });

  it(`loses no record and doubles none over ${KILLS} kills`, async function () {
    const { url, masterKey, client } = testEngine();
    const run = crawlerRunner({
      dataDir,
      meiliUrl: url,
      masterKey,
      index,
      source: { name: "generated", startUrls: [`${site.origin}/`], delayMs: 0 },
    });
    const landed: string[] = [];
    for (let round = 1; landed.length < KILLS && round <= KILLS * 2; round++) {
      // Pages change between rounds (a third, or a few), so every round has records to index.
      const step = round % 2 === 0 ? 3 : 15;
      for (let n = round % step || step; n <= PROJECTS; n += step) site.edit(n, `Rahoittaja ${round}`);
      const killed = await killMidCrawl(run, Math.ceil(Math.random() * PROJECTS), Math.random() * 1500);
      if (killed) landed.push(killed);
      expect(await run.complete(), run.output.join("")).to.equal(0);
      const urls = await indexedUrls(client, index);
      expect(urls.length, `round ${round}: no duplicate records`).to.equal(new Set(urls).size);
      expect(urls, `round ${round}: one record per project page (${killed ?? "no kill"})`).to.deep.equal(
        site.projectUrls().sort(),
      );
    }
    expect(landed).to.have.length(KILLS);
    console.log(`      kills landed ${landed.join("; ")}`);
  });

  /** Starts a crawl and kills it after its `requests`-th request and `extraMs` more; what it hit, or undefined if the crawl ended first. */
  async function killMidCrawl(
    run: ReturnType<typeof crawlerRunner>,
    requests: number,
    extraMs: number,
  ): Promise<string | undefined> {
    const before = site.requests.length;
    const child = await run.spawn();
    while (site.requests.length < before + requests && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, extraMs));
    if (child.exitCode !== null) return undefined;
    child.kill("SIGKILL");
    await exited(child);
    return `after ${site.requests.length - before} requests`;
  }
});
