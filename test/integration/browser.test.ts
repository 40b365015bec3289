// The search page and the partner widget in headless Chromium (Debian's chromium, driven by
// playwright-core), against the running service with the sample corpus: what a person sees
// and does, by mouse and by keyboard, and the widget on a partner page with hostile CSS.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import type { Service } from "../../app/service.js";
import {
  axeViolations,
  screenshot,
  skipWithoutChromium,
  startBrowserService,
  type BrowserService,
} from "../support/browser-service.js";

const PARTNER_KEY = "test-partner-pohjois-savo";

/** A partner's page: hostile global CSS, and the widget by one script tag. */
function partnerPage(serviceUrl: string): string {
  return `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Kumppani</title>
<style>
  * { color: #f0f !important; font-size: 40px !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 6px !important; }
  input { display: none !important; } a { text-decoration: line-through !important; } li { float: right !important; }
  body { background: #222 !important; }
</style></head><body><h1>Kumppanin sivu</h1>
<script src="${serviceUrl}/widget.js" data-key="${PARTNER_KEY}" data-lang="fi" data-hits="3" data-accent="#0a7d3e" data-background="#ffffff"></script>
</body></html>`;
}

/** Serves whatever `html()` gives at the time of the request. */
async function servePage(html: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html()),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe("in a real browser (Chromium)", function () {
  this.timeout(60_000);
  let stack: BrowserService | undefined;
  let service: Service;
  let browser: Browser;
  let page: Page;
  let pageHtml = "";
  let partner: { origin: string; close(): Promise<void> } | undefined;
  let stranger: { origin: string; close(): Promise<void> } | undefined;

  before(async function () {
    skipWithoutChromium(this);
    this.timeout(120_000);
    // Both pages embed the same widget and key; only the partner's origin is allowed. They are
    // served first, so that origin is known; their HTML, naming the service, comes later.
    partner = await servePage(() => pageHtml);
    stranger = await servePage(() => pageHtml);
    stack = await startBrowserService({
      name: "browser",
      partners: [
        { key: PARTNER_KEY, name: "Test partner", origins: [partner.origin], scope: { region: ["Pohjois-Savo"] } },
      ],
    });
    ({ service, browser } = stack);
    pageHtml = partnerPage(service.url);
  });

  after(async function () {
    await stack?.stop();
    await partner?.close();
    await stranger?.close();
  });

  beforeEach(async function () {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  afterEach(async function () {
    await page?.close();
  });

  it("shows results and facet counts as a query is typed", async function () {
    await page.goto(`${service.url}/`);
    await page.locator("#q").pressSequentially("omaishoitajien", { delay: 30 });
    await page.waitForFunction(() =>
      document.querySelector("#summary")?.textContent?.includes("haulla ”omaishoitajien”"),
    );
    const titles = await page.locator("#results h3").allTextContents();
    expect(titles).to.include("Omaishoitajien jaksamisen tuki Etelä-Karjalassa");
    expect(await page.locator("#results mark").first().textContent()).to.match(/^omaishoitaj/i);
    const regionCounts = await page.locator('[data-facet="region"] .count').allTextContents();
    expect(regionCounts.length).to.be.greaterThan(0);
    expect(page.url()).to.contain("q=omaishoitajien");
  });

  it("narrows by a facet value, shows it in the URL, and goes back", async function () {
    await page.goto(`${service.url}/?q=nuorten`);
    await page.waitForSelector("#results .hit");
    const before = await page.locator("#results .hit").count();
    await page.locator('[data-param="region"][value="Lappi"] + label, label[for="f-region-Lappi"]').first().click();
    await page.waitForURL(/region=Lappi/);
    await page.waitForFunction((count) => document.querySelectorAll("#results .hit").length !== count, before);
    const metas = await page.locator("#results .meta").allTextContents();
    expect(metas).to.have.length.greaterThan(0);
    for (const meta of metas) expect(meta).to.contain("Lappi");
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("region="));
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('[data-param="region"][value="Lappi"]')?.checked,
    );
  });

  it("filters by clicking a region on the map", async function () {
    await page.goto(`${service.url}/`);
    const tile = page.locator('#map [data-region="Pohjois-Savo"]');
    await tile.click();
    await page.waitForURL(/region=Pohjois-Savo/);
    await page.waitForFunction(
      () => document.querySelector('#map [data-region="Pohjois-Savo"]')?.getAttribute("aria-pressed") === "true",
    );
    const shown = parseInt((await tile.locator(".tile-count").textContent()) ?? "", 10);
    expect(await page.locator("#results .hit").count()).to.equal(Math.min(shown, 20));
  });

  it("filters by the start year a chart bar counts, and says so", async function () {
    await page.goto(`${service.url}/?q=nuorten`);
    await page.waitForSelector("#results .hit");
    await page.locator("#charts-panel summary").click();
    // The charts draw after the facet counts arrive: wait for a second year rather than read too early.
    await page.waitForSelector('[data-chart="years"] tbody tr:nth-child(2)', { state: "attached" });
    const rows = await page.locator('[data-chart="years"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        year: tr.querySelector("th")?.textContent ?? "",
        count: Number(tr.querySelector("td")?.textContent),
      })),
    );
    // The year with the most projects that is not the only one, so the filter narrows the results.
    const busiest = [...rows].sort((a, b) => b.count - a.count)[0];
    expect(rows.length, "years in the chart").to.be.greaterThan(1);
    if (!busiest) throw new Error("no start-year bars");
    const bar = page.locator(`[data-chart="years"] .bar[data-chart-value="${busiest.year}"]`);
    expect(await bar.locator("title").textContent()).to.equal(`aloitettu ${busiest.year}: ${busiest.count}`);
    expect(
      await page.locator(`[data-chart="years"] button[data-chart-value="${busiest.year}"]`).textContent(),
    ).to.equal(`Rajaa: aloitettu ${busiest.year}`);
    await bar.locator("rect").click();
    await page.waitForURL((address) => address.searchParams.get("startYear") === busiest.year);
    expect(new URL(page.url()).searchParams.has("yearFrom")).to.equal(false);
    await page.waitForFunction(
      (n) => document.querySelector("#summary")?.textContent?.startsWith(`${n} `),
      busiest.count,
    );
    expect(await page.locator("#active-filters .chip").allTextContents()).to.deep.equal([
      `Poista rajaus aloitettu ${busiest.year} ×`,
    ]);
    const started = (await (
      await fetch(`${service.url}/api/search?q=nuorten&startYear=${busiest.year}&hitsPerPage=100`)
    ).json()) as { total: number; hits: { startYear?: number }[] };
    expect(started.total).to.equal(busiest.count);
    expect(started.hits.map((hit) => hit.startYear)).to.deep.equal(started.hits.map(() => Number(busiest.year)));
  });

  it("can be used by keyboard alone: search, open a project, come back", async function () {
    await page.goto(`${service.url}/`);
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== "q"; i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal("q");
    await page.keyboard.type("päihdetyö");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "results-heading");
    await page.waitForFunction(() => document.querySelector("#summary")?.textContent?.includes("päihdetyö"));
    // From the heading: the sort order, then the first result.
    for (let i = 0; i < 4 && !(await page.evaluate(() => document.activeElement?.closest(".hit") != null)); i++)
      await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest(".hit") != null);
    expect(focused, "a few Tabs from the results heading reach the first result").to.equal(true);
    const title = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => !document.querySelector("#detail")?.hasAttribute("hidden") && document.querySelector("#detail h2"),
    );
    expect(await page.locator("#detail h2").textContent()).to.equal(title);
    expect(await page.locator("#detail .sources a").count()).to.be.greaterThan(0);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // Back on the results, the focus is on the result that was opened.
    await page.waitForFunction(
      (opened) =>
        document.querySelector("#detail")?.hasAttribute("hidden") && document.activeElement?.textContent === opened,
      title,
    );
  });

  it("switches to Swedish and keeps the choice in the URL", async function () {
    await page.goto(`${service.url}/?q=omaishoitajat`);
    await page.getByRole("button", { name: "På svenska" }).click();
    await page.waitForURL(/lang=sv/);
    await page.waitForFunction(
      () =>
        document.documentElement.lang === "sv" &&
        document.querySelector("#summary")?.textContent?.includes("projekt för"),
    );
    expect(await page.locator("#search-form button").textContent()).to.equal("Sök");
  });

  it("embeds the widget on a partner page with hostile CSS, still readable and within the partner's scope", async function () {
    await page.goto(`${partner!.origin}/`);
    const widget = page.locator("hankehaku-search");
    await widget.locator("li").first().waitFor();
    const input = widget.locator("input");
    expect(await input.isVisible(), "the partner's input { display: none } does not reach the widget").to.equal(true);
    const style = await widget
      .locator("li a")
      .first()
      .evaluate((link) => {
        const computed = getComputedStyle(link);
        return { fontSize: computed.fontSize, color: computed.color, decoration: computed.textDecorationLine };
      });
    expect(style).to.deep.equal({ fontSize: "15px", color: "rgb(10, 125, 62)", decoration: "underline" });
    const status = await widget.locator(".status").textContent();
    expect(status).to.match(/^(1 hanke|\d+ hanketta)$/);
    await input.fill("nuorten");
    await page.waitForFunction(
      () =>
        document.querySelector("hankehaku-search")?.shadowRoot?.querySelector("li a mark")?.textContent === "Nuorten",
    );
    expect((await widget.locator("li a").allTextContents())[0]).to.equal(
      "Nuorten mielen tuki – matalan kynnyksen keskusteluapua Kuopiossa",
    );
    const hitRegions = await widget.locator("li small").allTextContents();
    expect(hitRegions).to.have.length.greaterThan(0);
    for (const regions of hitRegions) expect(regions).to.contain("Pohjois-Savo");
    await screenshot(page, "widget-on-partner-page");
  });

  it("refuses in the widget's own language on a site the key does not allow, and stops asking", async function () {
    const searches: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/search")) searches.push(request.url());
    });
    await page.goto(`${stranger!.origin}/`);
    const status = page.locator("hankehaku-search .status");
    await page.waitForFunction(
      () =>
        (document.querySelector("hankehaku-search")?.shadowRoot?.querySelector(".status")?.textContent ?? "") !== "",
    );
    expect(await status.textContent()).to.equal(
      "Tämä sivusto ei voi käyttää Hankehaun hakua. Sivuston ylläpitäjä voi pyytää avaimen Hankehaulta.",
    );
    expect(await page.locator("hankehaku-search li").count()).to.equal(0);
    expect(await page.locator("hankehaku-search input").isDisabled()).to.equal(true);
    await page.waitForTimeout(500);
    expect(searches, "one refused request, then none").to.have.length(1);
  });

  it("links 'see all' to the same results on the full page, within the partner's fixed scope", async function () {
    await page.goto(`${partner!.origin}/`);
    const widget = page.locator("hankehaku-search");
    await widget.locator("li").first().waitFor();
    const total = parseInt((await widget.locator(".status").textContent()) ?? "", 10);
    const href = (await widget.locator(".all a").getAttribute("href")) ?? "";
    expect(new URL(href).searchParams.getAll("region")).to.deep.equal(["Pohjois-Savo"]);
    const everything = (await (await fetch(`${service.url}/api/search`)).json()) as { total: number };
    expect(total, "the scope narrows the results").to.be.lessThan(everything.total);
    await page.goto(href);
    await page.waitForFunction((n) => document.querySelector("#summary")?.textContent?.startsWith(`${n} `), total);
  });

  it("pluralises, pages and links to all results on the full page; no axe violations", async function () {
    await page.goto(`${partner!.origin}/`);
    const widget = page.locator("hankehaku-search");
    await widget.locator("li").first().waitFor();
    const total = parseInt((await widget.locator(".status").textContent()) ?? "", 10);
    expect(await widget.locator(".status").textContent()).to.equal(`${total} ${total === 1 ? "hanke" : "hanketta"}`);
    const first = await widget.locator("li a").allTextContents();
    await widget.locator(".pager button", { hasText: "Seuraavat" }).click();
    await page.waitForFunction(
      (before) => document.querySelector("hankehaku-search")?.shadowRoot?.querySelector("li a")?.textContent !== before,
      first[0],
    );
    expect(await widget.locator(".pager").textContent()).to.contain("Sivu 2 /");
    const all = widget.locator(".all a");
    expect(await all.textContent()).to.equal(`Näytä kaikki ${total} tulosta Hankehaussa`);
    expect(new URL((await all.getAttribute("href")) ?? "").pathname).to.equal("/");
    await widget.locator("input").fill('"matalan kynnyksen keskusteluapua"');
    await page.waitForFunction(
      () => document.querySelector("hankehaku-search")?.shadowRoot?.querySelector(".status")?.textContent === "1 hanke",
    );
    expect(await axeViolations(page, "hankehaku-search")).to.deep.equal([]);
    await screenshot(page, "widget-phone-sized");
  });
});
