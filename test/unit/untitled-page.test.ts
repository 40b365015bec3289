// A project page that states no name anywhere (no heading, label or naming sentence) is kept:
// its record is titled by its opening words, so no page is lost for want of a title.
import { expect } from "chai";
import { projectFromPage } from "../../crawlers/crawl-source.js";
import { standInTitle } from "../../crawlers/normalize/page.js";
import { loadVocabularies, type Vocabularies } from "../../crawlers/vocabulary.js";

describe("a project page without a title", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("becomes a record titled by its opening words, cut at a word", function () {
    const body = [
      "Hankkeessa kehitetään yhdessä kyläyhdistysten kanssa uusia tapoja tukea yksin asuvia ikäihmisiä arjessa ja vahvistaa heidän osallisuuttaan.",
      "Toiminta alkoi keväällä 2022 ja päättyy vuoden 2024 lopussa. Hanketta rahoittaa Sosiaali- ja terveysjärjestöjen avustuskeskus STEA.",
    ];
    const html = `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"></head><body>${body.map((p) => `<p>${p}</p>`).join("")}</body></html>`;
    const project = projectFromPage(
      { body: html, url: "http://127.0.0.1:1/hanke", fetchedAt: "2026-01-01T00:00:00.000Z" },
      { name: "test", startUrls: ["http://127.0.0.1:1/"] },
      vocabularies,
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(project, "the page is kept").to.not.equal(undefined);
    expect(project?.title).to.match(/^Hankkeessa kehitetään yhdessä kyläyhdistysten kanssa .*…$/);
    expect(project?.title.length).to.be.at.most(91);
    expect(project?.funders).to.include("Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)");
  });

  it("takes short text whole and gives nothing for no text", function () {
    expect(standInTitle("Lyhyt kuvaus hankkeesta.")).to.equal("Lyhyt kuvaus hankkeesta.");
    expect(standInTitle("  ")).to.equal("");
  });
});
