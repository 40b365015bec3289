// A site whose pages are mostly no projects: an endless ?page=N event list, an endless month
// calendar, a project list, search results and a path robots.txt forbids. The crawl follows
// them, stops the endless ones at the cap per path pattern, indexes only the project pages, and
// its report and logs say what it skipped and why.

import { rm } from "node:fs/promises";
import { expect } from "chai";
import { loadConfig } from "../../config/config.js";
import { crawlSource } from "../../crawlers/crawl-source.js";
import { createFetcher, createTextFetcher } from "../../crawlers/fetcher.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import type { Project } from "../../core/project.js";
import { makeTempDir } from "../support/hooks.js";
import { memoryLogger } from "../support/memory-logger.js";
import { serveHostileSite } from "../support/misbehaving-site.js";

describe("fault: a hostile site of calendars, paginators and lists", function () {
  this.timeout(120_000);

  it("indexes only the project pages, caps endless patterns and reports every skip", async function () {
    const site = await serveHostileSite();
    const dataDir = await makeTempDir("hostile");
    try {
      const config = await loadConfig({});
      const settings = { ...config.crawler, delayMs: 0, maxUrlsPerPattern: 20 };
      const records = new Map<string, Project>();
      const { logger, records: logs } = memoryLogger();
      const report = await crawlSource(
        { name: "hostile", startUrls: [`${site.origin}/`], delayMs: 0 },
        {
          fetchPage: createFetcher(settings),
          fetchText: createTextFetcher(settings),
          vocabularies: await loadVocabularies(),
          upsert: (projects) => {
            projects.forEach((project) => records.set(project.url, project));
            return Promise.resolve();
          },
          logger,
          now: () => new Date(),
          settings,
          dataDir,
        },
      );
      const paths = (prefix: string) => site.requests.filter((request) => request.path.startsWith(prefix)).length;
      expect([...records.keys()].map((url) => new URL(url).pathname).sort()).to.deep.equal(
        [...site.projectPaths].sort(),
      );
      expect(paths("/tapahtumat"), "the endless ?page=N list stops at the cap").to.equal(20);
      expect(paths("/kalenteri/"), "the endless calendar stops at the cap").to.equal(20);
      expect(paths("/yksityinen/")).to.equal(0);
      expect(report.skippedPages.robots).to.equal(1);
      expect(report.skippedPages.cap).to.equal(2);
      expect(report.skippedPages.notProject).to.equal(report.pagesFetched - site.projectPaths.length);
      const skipped = (reason: string) =>
        logs.filter((log) => log.reason === reason || String(log.reason).startsWith(reason));
      expect(skipped("cap").map((log) => log.url)).to.include(`${site.origin}/tapahtumat?page=21`);
      expect(skipped("robots").map((log) => log.url)).to.deep.equal([`${site.origin}/yksityinen/a.html`]);
      const notProjects = logs.filter((log) => log.msg === "page skipped: not a project").map((log) => log.url);
      expect(notProjects).to.include.members([`${site.origin}/hankkeet/`, `${site.origin}/haku?q=nuoret`]);
    } finally {
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
