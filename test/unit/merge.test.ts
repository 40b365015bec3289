// When two pages are one project (indexer/merge.ts): the same page or main text on one site;
// across sites, the same folded title plus an independent fact. Nothing merges on a title alone.

import { expect } from "chai";
import type { Project } from "../../core/project.js";
import { loadCodePatterns } from "../../indexer/indexer.js";
import { mergeEvidence, planMerge, projectCodes, projectKey, textKey, type CodePattern } from "../../indexer/merge.js";
import { project } from "../support/projects.js";

const LONG_TEXT =
  "Hankkeessa kehitetään kotihoidon asiakkaille etäyhteyksin toteutettavia palveluja. " +
  "Toimintamallia kokeillaan kolmessa kunnassa ja sen vaikutuksia arvioidaan asiakkaiden ja työntekijöiden kanssa. " +
  "Tulokset kootaan oppaaksi, jota muut kunnat voivat käyttää.";

/** A record of one page at `url`, its id and site derived from the URL the way the crawler does. */
function page(url: string, fields: Partial<Project> = {}): Project {
  const site = new URL(url).host;
  return project(url.replace(/\W+/g, "-"), {
    url,
    site,
    sources: [{ url, site, fetchedAt: "2026-01-01T00:00:00Z" }],
    ...fields,
  });
}

describe("merging pages into projects", function () {
  let codes: CodePattern[];
  before(async function () {
    codes = await loadCodePatterns();
  });

  it("keys titles by their folded words, and only titles of three words or more", function () {
    expect(projectKey("Nuorten mielen tuki – matalan kynnyksen apua")).to.equal(
      projectKey("NUORTEN MIELEN TUKI: matalan kynnyksen apua"),
    );
    expect(projectKey("HoivaDigi")).to.equal(undefined);
    expect(textKey("Lyhyt teksti.")).to.equal(undefined);
    expect(textKey(LONG_TEXT)).to.equal(textKey(LONG_TEXT.toUpperCase().replace(/\. /g, ".  ")));
  });

  it("finds project codes and decision numbers from the patterns in the data file", function () {
    const text = "EURA-koodi S21234, päätös STM/1234/2021. Grant agreement No 101017331. Postinumero 70100.";
    expect([...projectCodes(text, codes)].sort()).to.deep.equal(["101017331", "S21234", "STM/1234/2021"]);
    expect(projectCodes("Kuopio 70100, puh. 044 123 4567", codes).size).to.equal(0);
  });

  describe("pages of one site", function () {
    const banner = "Euroopan unioni Vipuvoimaa EU:lta";

    it("never merge on a shared title, even with every fact shared", function () {
      const a = page("https://rekisteri.example/hanke/1", { title: banner, startYear: 2020, endYear: 2022 });
      const b = page("https://rekisteri.example/hanke/2", { title: banner, startYear: 2020, endYear: 2022 });
      expect(mergeEvidence(a, b, codes)).to.equal(undefined);
    });

    it("merge when they are the same page: the same id, or the same main text under two URLs", function () {
      const a = page("https://rekisteri.example/hanke/1", { title: banner, description: LONG_TEXT });
      const printVersion = page("https://rekisteri.example/hanke/1?print=1", {
        title: "Tulostettava versio",
        description: LONG_TEXT,
      });
      expect(mergeEvidence(a, printVersion, codes)).to.equal(undefined, "another title: two pages");
      expect(mergeEvidence(a, { ...printVersion, title: banner }, codes)).to.equal("same text");
      expect(mergeEvidence(a, { ...a, title: "Uusi nimi" }, codes)).to.equal("same page");
    });
  });

  describe("pages of different sites", function () {
    const title = "Hyvinvointia yhdessä kotona";

    it("do not merge on the same title alone", function () {
      const a = page("https://yhdistys.example/a", { title, startYear: 2015, endYear: 2016, organisations: ["A ry"] });
      const b = page("https://kunta.example/b", { title, startYear: 2023, endYear: 2025, organisations: ["B kunta"] });
      expect(mergeEvidence(a, b, codes)).to.equal(undefined);
      expect(
        mergeEvidence(page("https://x.example/1", { title }), page("https://y.example/2", { title }), codes),
      ).to.equal(undefined);
    });

    it("merge on the same title with overlapping years, a shared organisation or the same code", function () {
      const a = page("https://innokyla.example/a", { title, startYear: 2021, endYear: 2023 });
      expect(mergeEvidence(a, page("https://kunta.example/b", { title, startYear: 2023 }), codes)).to.equal("years");
      const withOrg = (url: string, organisation: string) =>
        page(url, { title, organisations: [organisation], startYear: url.includes("kunta") ? 2010 : 2020 });
      expect(
        mergeEvidence(
          withOrg("https://a.example/", "Kuopion kaupunki"),
          withOrg("https://kunta.example/", "KUOPION KAUPUNKI"),
          codes,
        ),
      ).to.equal("organisation");
      const withCode = (url: string) => page(url, { title, description: `Hankekoodi S21234. ${url}` });
      expect(mergeEvidence(withCode("https://a.example/"), withCode("https://b.example/"), codes)).to.equal("code");
    });

    it("do not merge when the titles differ, whatever else agrees", function () {
      const a = page("https://a.example/", { title, startYear: 2021, description: "S21234" });
      const b = page("https://b.example/", { title: "Toinen hanke kokonaan", startYear: 2021, description: "S21234" });
      expect(mergeEvidence(a, b, codes)).to.equal(undefined);
    });
  });

  describe("planning a batch", function () {
    it("keeps fifteen pages of one site under one banner title as fifteen records", function () {
      const pages = Array.from({ length: 15 }, (_, index) =>
        page(`https://rekisteri.example/hanke/${index}`, {
          title: "Euroopan unioni Vipuvoimaa EU:lta",
          startYear: 2020,
        }),
      );
      const plan = planMerge([], pages, codes);
      expect(plan.upserts).to.have.length(15);
      expect(plan.deletes).to.deep.equal([]);
    });

    it("merges the same project from another site into the indexed record, keeping both sources", function () {
      const indexed = page("https://innokyla.example/a", { title: "Kotihoidon etäpalvelut Savossa", startYear: 2022 });
      const other = page("https://kunta.example/b", { title: "Kotihoidon etäpalvelut Savossa", endYear: 2022 });
      const plan = planMerge([indexed], [other], codes);
      expect(plan.upserts.map((record) => record.id)).to.deep.equal([indexed.id]);
      expect(plan.upserts[0]?.sources.map((source) => source.url)).to.deep.equal([other.url, indexed.url]);
    });

    it("takes a page out of a record it was wrongly merged into, and drops a record left with no page", function () {
      const wrong = page("https://rekisteri.example/hanke/1", {
        title: "Euroopan unioni Vipuvoimaa EU:lta",
        sources: ["1", "2"].map((n) => ({
          url: `https://rekisteri.example/hanke/${n}`,
          site: "rekisteri.example",
          fetchedAt: "2026-01-01T00:00:00Z",
        })),
      });
      const second = page("https://rekisteri.example/hanke/2", { title: "Kotihoidon etäpalvelut" });
      const plan = planMerge([wrong], [second], codes);
      expect(plan.upserts.map((record) => [record.id, record.sources.map((source) => source.url)])).to.deep.equal([
        [wrong.id, ["https://rekisteri.example/hanke/1"]],
        [second.id, ["https://rekisteri.example/hanke/2"]],
      ]);
      const stale = { ...second, id: "stale", title: "Vanha kopio" };
      expect(planMerge([stale, second], [second], codes).deletes).to.deep.equal(["stale"]);
    });

    it("keeps a page merged from another site in its record when that page is crawled again", function () {
      const title = "Kotihoidon etäpalvelut Savossa";
      const kunta = page("https://kunta.example/b", { title, startYear: 2022 });
      const merged = planMerge([page("https://innokyla.example/a", { title, startYear: 2022 })], [kunta], codes)
        .upserts[0];
      expect(merged).to.not.equal(undefined);
      const again = planMerge(merged ? [merged] : [], [{ ...kunta, summary: "päivitetty" }], codes);
      expect(again.upserts).to.have.length(1);
      expect(again.upserts[0]?.sources).to.have.length(2);
      expect(again.deletes).to.deep.equal([]);
    });
  });
});
