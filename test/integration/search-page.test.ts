// The search page as people use it, in headless Chromium on a phone (390×844) and a desktop
// (1366×900), against the running service with the sample corpus: the filter drawer, the detail
// view, errors, charts, facet value search, typing and suggestions, "about the data",
// accessibility (axe-core), cache headers and the favicon. Screenshots go to
// test-output/screenshots/ for review.

import { existsSync } from "node:fs";
import { expect } from "chai";
import { get } from "node:http";
import { gzipSync } from "node:zlib";
import type { Page, Response } from "playwright-core";
import type { Project } from "../../core/project.js";
import { testEngine } from "../support/hooks.js";
import {
  axeViolations,
  DESKTOP,
  PHONE,
  screenshot,
  skipWithoutChromium,
  startBrowserService,
  type BrowserService,
} from "../support/browser-service.js";

interface Hit {
  id: string;
  title: string;
}

describe("the search page on a phone and a desktop (Chromium)", function () {
  this.timeout(60_000);
  let stack: BrowserService;
  let page: Page;
  let url: string;

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${url}${path}`)).json()) as T;
  const open = async (viewport: { width: number; height: number }, path = "/") => {
    page = await stack.browser.newPage({ viewport });
    await page.goto(`${url}${path}`);
    if (!path.includes("project=")) await page.waitForSelector("#results .hit");
  };
  const total = () =>
    page.evaluate(() => Number(/\d+/.exec(document.querySelector("#summary")?.textContent ?? "")?.[0]));

  before(async function () {
    skipWithoutChromium(this);
    this.timeout(120_000);
    stack = await startBrowserService({ name: "search-page" });
    url = stack.service.url;
  });
  after(async () => stack?.stop());
  afterEach(async () => page?.close());

  describe("on a phone", function () {
    it("opens the filters in a full-height dialog from a Rajaa button and closes it with the count", async function () {
      await open(PHONE);
      const filterButton = page.locator("#open-filters");
      expect(await filterButton.isVisible()).to.equal(true);
      expect(await page.locator("#filters").isVisible(), "no sidebar below the results").to.equal(false);
      const box = await filterButton.boundingBox();
      expect(box && box.y + box.height, "the button sits in the thumb zone at the bottom").to.be.greaterThan(
        PHONE.height - 90,
      );
      await screenshot(page, "phone-results");
      await filterButton.click();
      const drawer = page.getByRole("dialog", { name: "Rajaa hakua" });
      await drawer.waitFor();
      expect(await page.evaluate(() => document.querySelector("#drawer")?.matches(":modal"))).to.equal(true);
      const size = await drawer.boundingBox();
      expect(size?.height).to.equal(PHONE.height);
      expect(await drawer.locator("#map .tile").count()).to.equal(20);
      expect(await drawer.locator("#year-from").isVisible()).to.equal(true);
      expect(await drawer.locator('[data-facet="funder"]').count()).to.equal(1);
      expect(await axeViolations(page)).to.deep.equal([]);
      await screenshot(page, "phone-drawer", false);
      await drawer.locator('[data-region="Lappi"]').click();
      await page.waitForURL(/region=Lappi/);
      const lappi = parseInt((await drawer.locator('[data-region="Lappi"] .tile-count').textContent()) ?? "", 10);
      const done = drawer.locator("#drawer-done");
      await page.waitForFunction(
        (n) => document.querySelector("#drawer-done")?.textContent === `Näytä ${n} ${n === 1 ? "hanke" : "hanketta"}`,
        lappi,
      );
      await done.click();
      expect(await page.evaluate(() => document.querySelector("#drawer")?.hasAttribute("open"))).to.equal(false);
      expect(await page.evaluate(() => document.activeElement?.id)).to.equal("open-filters");
      expect(await page.locator("#active-filters .chip").allTextContents()).to.deep.equal(["Poista rajaus Lappi ×"]);
      expect(await total()).to.equal(lappi);
      expect(await filterButton.textContent()).to.contain("(1)");
      await screenshot(page, "phone-chips");
    });

    it("closes the drawer with Escape and keeps keyboard focus inside while open", async function () {
      await open(PHONE);
      await page.locator("#open-filters").focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelector("#drawer")?.hasAttribute("open"));
      for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("#drawer") != null)).to.equal(true);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("#drawer")?.hasAttribute("open"));
    });
  });

  describe("the detail view", function () {
    let rich: Project;
    before(async function () {
      const hits: Hit[] = [];
      for (let page = 1; hits.length === (page - 1) * 100; page++)
        hits.push(...(await api<{ hits: Hit[] }>(`/api/search?hitsPerPage=100&page=${page}`)).hits);
      const projects = await Promise.all(hits.map((hit) => api<Project>(`/api/projects/${hit.id}`)));
      // Every kind of fact present counts first, so the loops in the test below each check something.
      const kinds = (project: Project) =>
        [
          project.fundingShares,
          project.municipalities,
          project.organisations,
          project.targetGroups,
          project.contacts.filter((c) => c.email),
          project.startDate ? [project.startDate] : [],
        ].filter((list) => list.length > 0).length;
      const scored = projects
        .map((project) => ({
          project,
          score:
            kinds(project) * 100 +
            project.fundingShares.length * 2 +
            (project.budgetEur ? 1 : 0) +
            project.municipalities.length,
        }))
        .sort((a, b) => b.score - a.score);
      rich = scored[0]!.project;
    });

    for (const [name, viewport] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      it(`shows every fact of a record from a direct link, printable (${name})`, async function () {
        await open(viewport, `/?project=${rich.id}`);
        await page.waitForSelector("#detail h2");
        expect(await page.locator("#detail h2").textContent()).to.equal(rich.title);
        expect(await page.title()).to.equal(`${rich.title} – Hankehaku`);
        expect(await page.locator("#filters").isVisible(), "no empty sidebar beside a record").to.equal(false);
        const facts = (await page.locator("#detail .facts").textContent()) ?? "";
        // The richest record has each kind of fact, so none of the loops below checks nothing.
        const { fundingShares, municipalities, organisations, targetGroups, sources: pages } = rich;
        for (const [name, list] of Object.entries({
          fundingShares,
          municipalities,
          organisations,
          targetGroups,
          pages,
        }))
          expect(list, name).to.have.length.greaterThan(0);
        expect(rich.contacts.filter((c) => c.email)).to.have.length.greaterThan(0);
        for (const share of rich.fundingShares) expect(facts).to.contain(`${share.percent} %`);
        if (rich.startDate) {
          const [y, m, d] = rich.startDate.split("-").map(Number);
          expect(facts).to.contain(`${d}.${m}.${y}`);
        }
        for (const municipality of rich.municipalities) expect(facts).to.contain(municipality);
        for (const organisation of rich.organisations) expect(facts).to.contain(organisation);
        for (const group of rich.targetGroups) expect(facts).to.contain(group);
        expect(facts).to.match(/Sivun kieli/);
        for (const contact of rich.contacts.filter((c) => c.email))
          expect(await page.locator(`#detail a[href="mailto:${contact.email}"]`).count()).to.equal(1);
        const sources = (await page.locator("#detail .sources").textContent()) ?? "";
        for (const source of rich.sources) expect(sources).to.contain(source.site).and.contain("haettu");
        const paragraphs = await page.locator("#detail .description p, #detail .description h4").allTextContents();
        expect(paragraphs, "the title is not repeated in the description").not.to.include(rich.title);
        expect(paragraphs.filter((line) => /^[^.!?:]{1,40}:\s*\S/.test(line) && !/[.!?]$/.test(line))).to.deep.equal(
          [],
        );
        await page.waitForSelector("#detail .similar:not([hidden]) li a");
        expect(await axeViolations(page)).to.deep.equal([]);
        await screenshot(page, `detail-${name}`);
        await page.emulateMedia({ media: "print" });
        expect(await page.locator("#detail .detail-actions").isVisible()).to.equal(false);
        expect(await page.locator("#search-form").isVisible()).to.equal(false);
        expect(await page.locator("#detail .facts").isVisible()).to.equal(true);
        await screenshot(page, `detail-${name}-print`);
      });
    }

    it("copies a link that opens the same record", async function () {
      page = await stack.browser.newPage({ viewport: DESKTOP });
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
      await page.goto(`${url}/?q=nuorten&project=${rich.id}`);
      await page.locator("[data-copy-link]").click();
      await page.waitForFunction(() => document.querySelector(".copy-status")?.textContent !== "");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).to.equal(`${url.replace("127.0.0.1", new URL(page.url()).hostname)}/?project=${rich.id}`);
    });

    it("returns focus to the result that was opened", async function () {
      await open(DESKTOP, "/?q=nuorten");
      const third = page.locator("#results .hit a").nth(2);
      const id = await third.getAttribute("data-project");
      await third.focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector("#detail h2");
      await page.locator("[data-back]").first().click();
      await page.waitForFunction((want) => document.activeElement?.getAttribute("data-project") === want, id);
      await page.goForward();
      await page.waitForSelector("#detail:not([hidden]) h2");
      await page.goBack();
      await page.waitForFunction((want) => document.activeElement?.getAttribute("data-project") === want, id);
      expect(await page.title()).to.match(/^nuorten – \d+ hanketta? – Hankehaku$/);
    });
  });

  describe("errors", function () {
    it("shows a 400's reason by the year fields and keeps the previous results", async function () {
      await open(DESKTOP, "/?yearFrom=2020");
      const before = await page.locator("#results .hit h3").allTextContents();
      await page.locator("#year-to").fill("2015");
      await page.locator("#year-to").press("Enter");
      await page.waitForFunction(() => document.querySelector("#years-error")?.textContent !== "");
      expect(await page.locator("#years-error").textContent())
        .to.contain("2020")
        .and.contain("2015");
      expect(await page.locator("#year-to").getAttribute("aria-invalid")).to.equal("true");
      expect(await page.locator("#results .hit h3").allTextContents()).to.deep.equal(before);
      expect(await page.locator("#notice").textContent()).not.to.contain("Yritä hetken päästä");
      await screenshot(page, "error-400-desktop");
    });

    it("says a removed project is gone and offers a search for its title", async function () {
      await open(DESKTOP, "/?q=omaishoitajien");
      const link = page.locator("#results .hit a").first();
      const id = (await link.getAttribute("data-project")) ?? "";
      const title = (await link.textContent()) ?? "";
      const { client } = testEngine();
      const index = client.index(stack.config.meili.index);
      const document = await index.getDocument(id);
      // The client's default 5 s wait is too short while the machine runs other suites.
      await index.deleteDocument(id).waitTask({ timeout: 30_000 });
      try {
        await link.click();
        await page.waitForSelector("#detail .error");
        expect(await page.locator("#detail .error").textContent()).to.contain("Hanketta ei enää löydy");
        expect(await page.locator("#detail a", { hasText: title }).getAttribute("href")).to.equal(
          `/?q=${encodeURIComponent(title)}`,
        );
        expect(await page.locator("#detail").textContent()).not.to.contain("Yritä");
      } finally {
        await index.addDocuments([document]).waitTask({ timeout: 30_000 });
      }
    });

    it("says 'try again' only when the server cannot be reached, and retries", async function () {
      await open(PHONE);
      await page.route("**/api/search?*", (route) => route.abort("connectionrefused"));
      await page.locator("#q").fill("nuoret");
      await page.waitForSelector("#notice [data-retry]");
      expect(await page.locator("#notice").textContent()).to.contain("yritä uudelleen");
      expect(await page.locator("#results .hit").count(), "the earlier results stay").to.be.greaterThan(0);
      await screenshot(page, "error-offline-phone");
      await page.unroute("**/api/search?*");
      await page.keyboard.press("Escape");
      await page.locator("#notice [data-retry]").click();
      await page.waitForFunction(() => document.querySelector("#summary")?.textContent?.includes("nuoret"));
      expect(await page.locator("#notice").textContent()).to.equal("");
    });
  });

  describe("charts", function () {
    it("draws start years, funders and target groups from the facet counts; a bar filters; downloads", async function () {
      await open(DESKTOP, "/?q=nuoret");
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.locator("#charts-panel summary").click();
      await page.waitForSelector('[data-chart="years"] svg .bar');
      expect(
        requests.filter((r) => r.includes("/api/")),
        "no extra request for the charts",
      ).to.deep.equal([]);
      const body = await api<{ startYears: Record<string, number>; facets: { funders: Record<string, number> } }>(
        "/api/search?q=nuoret",
      );
      expect(await page.locator('[data-chart="years"] .bar').count()).to.equal(Object.keys(body.startYears).length);
      expect(await page.locator('[data-chart="funders"] .bar').count()).to.equal(
        Math.min(10, Object.keys(body.facets.funders).length),
      );
      const firstRow = page.locator('[data-chart="funders"] tbody tr').first();
      const [funder, count] = await firstRow.evaluate((row) => [
        row.querySelector("th")?.textContent ?? "",
        Number(row.querySelector("td")?.textContent),
      ]);
      expect(count).to.equal(Math.max(...Object.values(body.facets.funders)));
      expect(await axeViolations(page)).to.deep.equal([]);
      await screenshot(page, "charts-desktop");
      for (const format of ["svg", "png", "csv"]) {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator(`[data-chart-download="funders"][data-format="${format}"]`).click(),
        ]);
        expect(download.suggestedFilename()).to.equal(`hankehaku-funders.${format}`);
        const saved = await download.path();
        expect(saved && existsSync(saved)).to.equal(true);
      }
      await page.locator('[data-chart="funders"] .bar rect').first().click();
      await page.waitForURL((address) => address.searchParams.getAll("funder").includes(funder));
      await page.waitForFunction((n) => document.querySelector("#summary")?.textContent?.startsWith(`${n} `), count);
    });
  });

  describe("facet value search", function () {
    const searchFacet = async (facet: string, text: string) => {
      await page.locator(`[data-facet-search="${facet}"]`).fill(text);
      await page.waitForFunction(
        ([f, t]) =>
          document.querySelector<HTMLInputElement>(`[data-facet-search="${f}"]`)?.value === t &&
          document.querySelector(`#fs-${f}`)?.textContent !== "",
        [facet, text],
      );
      return page.locator(`[data-facet="${facet}"] .value-name`).allTextContents();
    };

    it("finds any word, abbreviations and other languages; says when nothing matches", async function () {
      await open(DESKTOP);
      const funders = Object.keys(
        (await api<{ facets: { funders: Record<string, number> } }>("/api/search")).facets.funders,
      );
      const esr = await searchFacet("funder", "ESR");
      expect(esr).to.include.members(funders.filter((name) => /\(ESR\)/.test(name)));
      expect(esr.length).to.be.greaterThan(0);
      const stea = await searchFacet("funder", "stea");
      expect(stea.some((name) => name.includes("STEA"))).to.equal(true);
      const cities = await searchFacet("organisation", "kaup");
      const organisations = Object.keys(
        (await api<{ facets: { organisations: Record<string, number> } }>("/api/search")).facets.organisations,
      );
      expect(cities.sort()).to.deep.equal(organisations.filter((name) => /\bkaup/i.test(name)).sort());
      expect(await searchFacet("region", "Nyland")).to.deep.equal(["Uusimaa"]);
      await searchFacet("funder", "zzzz");
      expect(await page.locator("#fs-funder").textContent()).to.equal("Ei arvoja haulla ”zzzz”.");
      expect(
        await page.locator('[data-facet="funder"] [data-expand]').count(),
        "no 'show all' beside an empty match",
      ).to.equal(0);
    });

    it("keeps a selected value on top and checked", async function () {
      await open(DESKTOP);
      await page.locator('[data-expand="organisation"]').click();
      const last = page.locator('[data-facet="organisation"] input[type=checkbox]').last();
      const value = (await last.getAttribute("value")) ?? "";
      // One click: check() would re-find "the last box" after the list re-renders with the choice
      // pinned on top, see it unchecked and click again, selecting value after value.
      await last.click();
      await page.waitForURL(/organisation=/);
      expect(new URL(page.url()).searchParams.getAll("organisation")).to.deep.equal([value]);
      await page.locator('[data-expand="organisation"]').click();
      const first = page.locator('[data-facet="organisation"] input[type=checkbox]').first();
      expect(await first.getAttribute("value")).to.equal(value);
      expect(await first.isChecked()).to.equal(true);
      await searchFacet("organisation", "zzzz");
      const checked = await page
        .locator('[data-facet="organisation"] input[type=checkbox]:checked')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(checked).to.deep.equal([value]);
    });
  });

  describe("typing and suggestions", function () {
    it("waits for a pause before searching and offers titles in a combobox", async function () {
      await open(DESKTOP);
      const searches: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("/api/search?")) searches.push(request.url());
      });
      await page.locator("#q").pressSequentially("omaishoitajat", { delay: 150 });
      await page.waitForFunction(() => document.querySelector("#summary")?.textContent?.includes("omaishoitajat"));
      expect(searches.length, searches.join("\n")).to.be.at.most(2);
      const listbox = page.getByRole("listbox");
      await listbox.locator("[role=option]").first().waitFor();
      expect(await page.locator("#q").getAttribute("aria-expanded")).to.equal("true");
      await page.keyboard.press("ArrowDown");
      expect(await page.locator("#q").getAttribute("aria-activedescendant")).to.equal("suggestion-0");
      const title = await listbox.locator("[role=option]").first().textContent();
      expect(await axeViolations(page)).to.deep.equal([]);
      await screenshot(page, "suggestions-desktop");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#detail h2");
      expect(await page.locator("#detail h2").textContent()).to.equal(title);
    });
  });

  describe("about the data", function () {
    it("lists projects per source and site with the last crawl, from GET /api/stats", async function () {
      const stats = await api<{
        total: number;
        sources: { name: string; projects: number; sample: boolean; lastCrawlAt?: string }[];
        sites: { site: string; projects: number }[];
      }>("/api/stats");
      const sample = stats.sources.find((source) => source.sample);
      expect(sample?.projects).to.be.greaterThan(0);
      expect(sample?.lastCrawlAt).to.be.a("string");
      expect(stats.sites.reduce((sum, site) => sum + site.projects, 0)).to.equal(stats.total);
      await open(PHONE);
      await page.locator("#about-button").click();
      const dialog = page.getByRole("dialog", { name: "Tietoa aineistosta" });
      await dialog.locator(".about-sources tbody tr").first().waitFor();
      const row = (await dialog.locator(".about-sources tbody tr").first().textContent()) ?? "";
      expect(row).to.contain("sample").and.contain(String(sample?.projects));
      expect(await dialog.textContent())
        .to.contain("Ehdota uutta lähdettä")
        .and.contain("kuvitteellisia");
      expect(await axeViolations(page)).to.deep.equal([]);
      await screenshot(page, "about-phone", false);
    });
  });

  describe("accessibility and polish", function () {
    for (const [name, viewport] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      it(`has no axe violations on the results and readable map tiles (${name})`, async function () {
        await open(viewport, "/?q=nuoret");
        expect(await axeViolations(page)).to.deep.equal([]);
        if (name === "phone") await page.locator("#open-filters").click();
        const tiles = await page.locator("#map .tile").evaluateAll((elements) =>
          elements.map((tile) => {
            const label = tile.querySelector(".tile-name") as HTMLElement;
            const lines = Math.round(
              label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight),
            );
            return {
              name: label.textContent ?? "",
              fontSize: parseFloat(getComputedStyle(label).fontSize),
              overflows: label.scrollWidth > tile.clientWidth,
              lines,
              hyphens: (label.textContent ?? "").split("-").length,
            };
          }),
        );
        expect(tiles).to.have.length.greaterThan(0);
        for (const tile of tiles) {
          expect(tile.fontSize, tile.name).to.be.at.least(12);
          expect(tile.overflows, `${tile.name} fits its tile`).to.equal(false);
          expect(tile.lines, `${tile.name} breaks only after a hyphen`).to.be.at.most(tile.hyphens);
        }
        await screenshot(page, `map-${name}`);
      });
    }

    it("serves a favicon, caches static files by content hash, and names the feed after its search", async function () {
      const icon = await fetch(`${url}/favicon.ico`);
      expect(icon.status).to.equal(200);
      expect(icon.headers.get("content-type")).to.match(/icon/);
      const html = await (await fetch(`${url}/`)).text();
      const script = /src="(\/v\/[\w-]+\/app\.js)"/.exec(html)?.[1];
      expect(script, "the page names its script by version").to.be.a("string");
      const versioned = await fetch(`${url}${script}`);
      expect(versioned.headers.get("cache-control")).to.equal("public, max-age=31536000, immutable");
      const plain = await fetch(`${url}/app.js`);
      const etag = plain.headers.get("etag") ?? "";
      expect(plain.headers.get("cache-control")).to.equal("no-cache");
      expect(etag).to.match(/^"[\w-]{22}"$/);
      // node:http, as a browser revalidates: fetch() adds "Cache-Control: no-cache" to a conditional request.
      const status = await new Promise<number | undefined>((resolve, reject) =>
        get(`${url}/app.js`, { headers: { "if-none-match": etag } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).on("error", reject),
      );
      expect(status).to.equal(304);
      const feed = await (await fetch(`${url}/api/feed.atom?region=Lappi&targetGroup=nuoret`)).text();
      expect(feed).to.match(/<title>Hankehaku: (nuoret · Lappi|Lappi · nuoret)<\/title>/);
    });

    it("keeps the first load under 40 kB gzipped", async function () {
      page = await stack.browser.newPage({ viewport: DESKTOP });
      const loaded: Response[] = [];
      page.on("response", (response) => {
        if (["document", "script", "stylesheet"].includes(response.request().resourceType())) loaded.push(response);
      });
      await page.goto(`${url}/`, { waitUntil: "networkidle" });
      const sizes = await Promise.all(loaded.map(async (response) => gzipSync(await response.body()).length));
      const bytes = sizes.reduce((sum, size) => sum + size, 0);
      expect(loaded.length).to.be.greaterThan(2);
      expect(bytes).to.be.below(40_000);
    });
  });
});
