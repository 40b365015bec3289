// The running service with the sample corpus crawled, and headless Chromium, for the browser
// tests; axe-core injected into a page for accessibility checks; screenshots for review.
// Usage: const stack = await startBrowserService({ partners }); ...; await stack.stop();
//        expect(await axeViolations(page)).to.deep.equal([]); await screenshot(page, "detail-phone");

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { applyEnv, loadConfig, type Config, type PartnerConfig } from "../../config/config.js";
import { startService, type Service } from "../../app/service.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { makeTempDir, testEngine, uniqueIndexName } from "./hooks.js";
import { memoryLogger } from "./memory-logger.js";

const SCREENSHOT_DIR = path.resolve("test-output", "screenshots");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

export interface BrowserService {
  service: Service;
  config: Config;
  browser: Browser;
  stop(): Promise<void>;
}

/** Skips the suite (saying why) where Debian's Chromium is not installed; call first in `before`. */
export function skipWithoutChromium(context: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  console.log(`    skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
  context.skip();
}

export async function startBrowserService(options: {
  partners?: PartnerConfig[];
  name: string;
}): Promise<BrowserService> {
  const base = await loadConfig({});
  const { url, masterKey } = testEngine();
  const config = applyEnv(
    {
      ...base,
      port: 0,
      dataDir: await makeTempDir(options.name),
      sampleCorpus: true,
      sources: [],
      partners: options.partners ?? [],
      meili: { url, masterKey, index: uniqueIndexName(options.name) },
    },
    {},
    process.cwd(),
  );
  const service = await startService({ config, logger: memoryLogger().logger });
  await service.initialCrawl;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    service,
    config,
    browser,
    async stop() {
      await browser.close();
      await service.stop();
      await testEngine().client.deleteIndex(config.meili.index).waitTask();
      await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's WCAG 2.x A/AA violations on the page (or inside `selector`), as "rule: target" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's content security policy forbids inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(await readFile(AXE_SOURCE, "utf8"));
  return page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(context ?? document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
    );
  }, selector);
}

/** The whole page, or only what is on the screen (`fullPage: false`, for an open dialog). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}
