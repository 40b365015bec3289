// Crawl rate against 20 local hosts with a fixed latency per response, as a ratio of the
// politeness cap (what one request per host per delay allows), and pages per second through
// extract and normalize on one core against cheerio's parse alone. Run by bench/run.ts.

import { readdir, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import * as cheerio from "cheerio";
import { fmt } from "./stats.js";
import { loadConfig } from "../config/config.js";
import { silentLogger } from "../core/logger.js";
import { SAMPLE_SITE_DIR } from "../core/paths.js";
import { crawlSite } from "../crawlers/crawl.js";
import { extractPage } from "../crawlers/extract.js";
import { createFetcher, createTextFetcher } from "../crawlers/fetcher.js";
import { normalizeProject } from "../crawlers/normalize/index.js";
import { loadVocabularies } from "../crawlers/vocabulary.js";

const HOSTS = 20;
const PAGES_PER_HOST = 25;
const LATENCY_MS = 50;
const DELAY_MS = 200;
const CONCURRENCY = 8;

async function startHost(): Promise<{ origin: string; close(): Promise<void> }> {
  // Named, so the server gets a handler that returns nothing and the promise is not left floating.
  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/robots.txt") return res.writeHead(404).end();
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    const n = Number(/(\d+)/.exec(url.pathname)?.[1] ?? 0);
    const links = [n + 1, n + 2]
      .filter((next) => next < PAGES_PER_HOST)
      .map((next) => `<a href="/hanke-${next}.html">Hanke ${next}</a>`);
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<html><body><main><h1>Hanke ${n}</h1><p>${"Hyvinvointia ja terveyttä edistävä hanke. ".repeat(20)}</p>${links.join(" ")}</main></body></html>`,
      );
  };
  const server = http.createServer((req, res) => void respond(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function benchCrawl(): Promise<void> {
  const config = await loadConfig({});
  const hosts = await Promise.all(Array.from({ length: HOSTS }, startHost));
  try {
    const started = performance.now();
    const stats = await crawlSite(
      {
        startUrls: hosts.map((host) => `${host.origin}/hanke-0.html`),
        maxPages: 100_000,
        delayMs: DELAY_MS,
        concurrency: CONCURRENCY,
        userAgent: config.crawler.userAgent,
      },
      {
        fetchPage: createFetcher(config.crawler),
        fetchText: createTextFetcher(config.crawler),
        logger: silentLogger(),
      },
      { onPage: async () => {} },
    );
    const seconds = (performance.now() - started) / 1000;
    const achieved = stats.pagesFetched / seconds;
    // Per host, the first request goes at once and each next one a delay later.
    const allowed = stats.pagesFetched / (((PAGES_PER_HOST - 1) * DELAY_MS + LATENCY_MS) / 1000);
    console.log(
      `crawl of ${HOSTS} hosts x ${PAGES_PER_HOST} pages, ${LATENCY_MS} ms per response, ${DELAY_MS} ms politeness delay, ${CONCURRENCY} hosts at a time:`,
    );
    console.log(
      `  ${stats.pagesFetched} pages in ${fmt(seconds, 2)} s: ${fmt(achieved)} pages/s; politeness cap ${fmt(allowed)} pages/s; achieved / allowed ${fmt(achieved / allowed, 2)}`,
    );
  } finally {
    await Promise.all(hosts.map((host) => host.close()));
  }

  await benchExtract();
}

/** Pages per second through extract + normalize on one core, against cheerio's parse alone. */
export async function benchExtract(): Promise<void> {
  const vocabularies = await loadVocabularies();
  const files = (await readdir(SAMPLE_SITE_DIR)).filter((file) => file.endsWith(".html"));
  const pages = await Promise.all(
    files.map(async (file) => ({
      url: `http://127.0.0.1/${file}`,
      html: await readFile(path.join(SAMPLE_SITE_DIR, file), "utf8"),
    })),
  );
  const now = new Date();
  const [parseOnly = 0, full = 0] = interleavedRates(pages, [
    (page) => void cheerio.load(page.html),
    (page) =>
      void normalizeProject(extractPage(page.html, page.url), { fetchedAt: now.toISOString(), now, vocabularies }),
  ]);
  console.log(
    `extract + normalize on one core (${pages.length} sample pages): ${fmt(full, 0)} pages/s; cheerio parse alone ${fmt(parseOnly, 0)} pages/s; ratio ${fmt(full / parseOnly, 2)}`,
  );
}

/**
 * Pages per second of each kind of work, measured in alternating passes over the pages for about
 * 3 s of the slowest, so that all see the same load on a shared machine (one window after the other
 * gave ratios from 0.1 to 0.4 as other work came and went). One untimed pass first: compiling
 * the vocabularies' and grammars' code is not per page.
 */
function interleavedRates<P>(pages: P[], works: ((page: P) => void)[]): number[] {
  for (const work of works) for (const page of pages) work(page);
  const spent = works.map(() => 0);
  let passes = 0;
  while (Math.max(...spent) < 3000) {
    for (const [index, work] of works.entries()) {
      const started = performance.now();
      for (const page of pages) work(page);
      spent[index] = (spent[index] ?? 0) + performance.now() - started;
    }
    passes += 1;
  }
  return spent.map((ms) => (passes * pages.length) / (ms / 1000));
}
