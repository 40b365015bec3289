// The widget's size (raw and gzipped, against the 20 kB budget) and the time from a keystroke
// to painted results in Chromium, on the search page and in the widget, against the raw
// /api/search fetch of the same query from the same page as the baseline. Run by bench/run.ts.

import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { fmt, percentile } from "./stats.js";
import { applyEnv, loadConfig } from "../config/config.js";
import { silentLogger } from "../core/logger.js";
import { WIDGET_FILE } from "../core/paths.js";
import { startService } from "../app/service.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/support/chromium.js";
import { JUDGEMENTS } from "../sample-corpus/relevance-judgements.js";

const BUDGET = 20 * 1024;

export async function benchWidget(meiliUrl: string, masterKey: string, dataDir: string): Promise<void> {
  const source = await readFile(WIDGET_FILE);
  const gzipped = gzipSync(source, { level: 9 }).length;
  console.log(
    `widget.js: ${source.length} bytes raw, ${gzipped} bytes gzipped (${fmt((gzipped / BUDGET) * 100)} % of the 20 kB budget)`,
  );
  if (!existsSync(CHROMIUM)) {
    console.log(`keystroke-to-paint: skipped, no Chromium at ${CHROMIUM}`);
    return;
  }
  const base = await loadConfig({});
  const config = applyEnv(
    {
      ...base,
      port: 0,
      dataDir,
      sampleCorpus: true,
      sources: [],
      meili: { url: meiliUrl, masterKey, index: "bench_widget" },
    },
    {},
    process.cwd(),
  );
  const service = await startService({ config, logger: silentLogger() });
  await service.initialCrawl;
  const partner = http.createServer((_req, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<!DOCTYPE html><script src="${service.url}/widget.js" data-hits="5"></script>`),
  );
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const queries = JUDGEMENTS.map((judgement) => judgement.query).filter((query) => query.length > 3);
    for (const target of ["search page", "widget"] as const) {
      const page = await browser.newPage();
      await page.goto(
        target === "search page" ? `${service.url}/` : `http://127.0.0.1:${(partner.address() as AddressInfo).port}/`,
      );
      await page.waitForTimeout(500);
      const paints: number[] = [];
      const fetches: number[] = [];
      for (const query of queries) {
        // Type all but the last letter, then time the last keystroke to the next frame after the results change.
        const measured = await page.evaluate(
          async ({ query, target }) => {
            const root = target === "widget" ? document.querySelector("hankehaku-search")!.shadowRoot! : document;
            const input = root.querySelector("input[type=search]") as HTMLInputElement;
            const list = root.querySelector("ol") as HTMLElement;
            input.value = query.slice(0, -1);
            input.dispatchEvent(new Event("input", { bubbles: true }));
            await new Promise((resolve) => setTimeout(resolve, 400));
            const painted = new Promise<number>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now()));
              });
              observer.observe(list, { childList: true, subtree: true, characterData: true });
            });
            const started = performance.now();
            input.value = query;
            input.dispatchEvent(new Event("input", { bubbles: true }));
            const paintedAt = await Promise.race([
              painted,
              new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 3000)),
            ]);
            const fetchStarted = performance.now();
            await (
              await fetch(
                `/api/search?q=${encodeURIComponent(query)}`.replace(
                  /^\//,
                  target === "widget"
                    ? `${(document.querySelector("script[src]") as HTMLScriptElement).src.replace(/\/widget\.js$/, "")}/`
                    : "/",
                ),
              )
            ).json();
            return { paint: paintedAt - started, fetch: performance.now() - fetchStarted };
          },
          { query, target },
        );
        if (Number.isFinite(measured.paint)) paints.push(measured.paint);
        fetches.push(measured.fetch);
      }
      await page.close();
      console.log(
        `keystroke to painted results, ${target} (${paints.length} queries): p50 ${fmt(percentile(paints, 50))} ms  p95 ${fmt(percentile(paints, 95))} ms; ` +
          `raw /api/search fetch from the page: p50 ${fmt(percentile(fetches, 50))} ms; ratio ${fmt(percentile(paints, 50) / percentile(fetches, 50), 2)} ` +
          `(includes the ${target === "widget" ? 200 : 120} ms typing pause)`,
      );
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => partner.close(resolve));
    await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
