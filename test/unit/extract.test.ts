import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { extractPage } from "../../crawlers/extract.js";
import { FIXTURE_SITE } from "../support/paths.js";

const fixture = (page: string) => readFile(path.join(FIXTURE_SITE, page), "utf8");

describe("extractPage", function () {
  it("takes the title and main text of a page without menus, cookie banner, sidebar and footer", async function () {
    const page = extractPage(await fixture("muutos-nyt.html"), "http://127.0.0.1/muutos-nyt.html");
    expect(page.title).to.equal("Muutos Nyt - Hyvät asiat käytäntöön monialaisilla verkostoilla");
    expect(page.text).to.contain(
      "Muutos Nyt -hankkeen lähtökohtana ja perustana on ollut Pohjois-Pohjanmaan hyvinvointiohjelma",
    );
    expect(page.text).to.not.contain("evästeitä");
    expect(page.text).to.not.contain("Käynnissä olevat hankkeet");
    expect(page.text).to.not.contain("Anna palautetta");
  });

  it("reads label/value facts from a definition list", async function () {
    const page = extractPage(await fixture("muutos-nyt.html"), "http://127.0.0.1/muutos-nyt.html");
    expect(page.facts.length).to.be.greaterThan(2);
    expect(page.facts.every((fact) => fact.label.length > 0 && fact.value.length > 0)).to.equal(true);
  });

  it("reads facts from tables, <strong> labels, headings and plain lines", function () {
    const html = `<main>
      <table><tr><th>Toteutusaika</th><td>2019–2022</td></tr></table>
      <p><strong>Rahoittaja:</strong> STEA</p>
      <h3>Kohderyhmä</h3><p>Nuoret</p>
      <p>Alue: Lappi<br>Budjetti: 8 750 euroa</p>
      <p>${"Pitkä kuvaus hankkeesta. ".repeat(12)}</p></main>`;
    const facts = extractPage(html, "http://127.0.0.1/x").facts;
    const value = (label: string) => facts.find((fact) => fact.label === label)?.value;
    expect(value("Toteutusaika")).to.equal("2019–2022");
    expect(value("Rahoittaja")).to.equal("STEA");
    expect(value("Kohderyhmä")).to.equal("Nuoret");
    expect(value("Alue")).to.equal("Lappi");
    expect(value("Budjetti")).to.equal("8 750 euroa");
  });

  it("reads a yes/no question line over its answer line as a fact", function () {
    const html = `<main><p>Hankenumero</p><p>12345</p><p>Onko hanke osa Leader-ohjelmaa?</p><p>kyllä</p>
      <p>${"Kuvaus hankkeen tavoitteista. ".repeat(12)}</p></main>`;
    const facts = extractPage(html, "http://127.0.0.1/q").facts;
    expect(facts.find((fact) => fact.label === "Onko hanke osa Leader-ohjelmaa?")?.value).to.equal("kyllä");
  });

  it("takes the project's name, not the page's section heading or the researcher's line", async function () {
    expect(extractPage(await fixture("kuntatuki-k5.html"), "http://127.0.0.1/k").title.toLowerCase()).to.equal(
      "hyvinvoinnin, terveyden ja mielenterveyden edistämisen kuntatuki",
    );
    expect(extractPage(await fixture("terveytta-edistavat-innovaatiot.html"), "http://127.0.0.1/t").title).to.equal(
      "Terveyttä ja hyvinvointia edistävät ja niiden eroja kaventavat innovaatiot metropolialueella - kehittämishankkeiden metatason arviointi",
    );
  });

  it("tells a listing page and a news article from a project page", async function () {
    expect(extractPage(await fixture("index.html"), "http://127.0.0.1/").isListing).to.equal(true);
    const news = extractPage(await fixture("innokyla-tiedote.html"), "http://127.0.0.1/i");
    expect(news.isNews).to.equal(true);
    expect(news.publishedDate).to.equal("2013-10-10");
    expect(extractPage(await fixture("parasta-itaa.html"), "http://127.0.0.1/p").isNews).to.equal(false);
  });

  it("resolves a relative canonical link without its fragment, and ignores one that is not http(s)", function () {
    const page = (href: string) =>
      extractPage(
        `<html><head><link rel="canonical" href="${href}"></head><body><h1>Hanke</h1></body></html>`,
        "http://127.0.0.1/a/b.html#x",
      );
    expect(page("../hanke.html#osa").canonicalUrl).to.equal("http://127.0.0.1/hanke.html");
    expect(page("javascript:void(0)").canonicalUrl).to.equal("http://127.0.0.1/a/b.html#x");
  });
});
