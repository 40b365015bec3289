// A site's template learnt from its pages (crawlers/site-template.ts): what repeats over many
// pages is never a title or a fact, while labels and values every project shares stay.

import { expect } from "chai";
import * as cheerio from "cheerio";
import { extractPage } from "../../crawlers/extract.js";
import {
  createSiteTemplates,
  parseSiteTemplates,
  serialiseSiteTemplates,
  templateTexts,
} from "../../crawlers/site-template.js";

const BANNER = "Rakennerahastot – Kasvua alueille";

const registryPage = (name: string, extra = "") => `<html><head><title>Rekisteri</title></head><body>
  <div class="tunnus"><h1>${BANNER}</h1><p>Yhdessä eteenpäin</p></div>
  <main><h2>${name}</h2><p>Rahoittaja: Euroopan sosiaalirahasto</p>
  <h3>Tavoitteet</h3><p>${name} kehittää palveluja kunnan asukkaille.</p>${extra}</main>
  <p class="ala">Rekisteri kokoaa hankkeet.</p></body></html>`;

describe("site templates", function () {
  it("counts headings and short blocks, never label/value lines or table and list facts", function () {
    const $ = cheerio.load(
      `<h1>Otsikko</h1><p>Rahoittaja: STEA</p><p>Lyhyt lause.</p><dl><dt>Alue</dt><dd>Kainuu</dd></dl>` +
        `<table><tr><th>Kesto</th><td>2020–2022</td></tr></table><div><p>sisempi</p></div>`,
    );
    expect(templateTexts($).sort()).to.deep.equal(["b:lyhyt lause.", "b:sisempi", "h:otsikko"]);
  });

  it("takes a banner heading as template from the third page on, and never as the title", function () {
    const templates = createSiteTemplates();
    const titles = ["Kotihoito kuntoon", "Nuorten polut", "Arjen apu", "Liikkuva kylä"].map(
      (name, index) =>
        extractPage(
          registryPage(name),
          `https://r.example/${index}`,
          {},
          templates.hookFor("r.example", `https://r.example/${index}`),
        ).title,
    );
    expect(titles).to.deep.equal([BANNER, BANNER, "Arjen apu", "Liikkuva kylä"]);
    expect(templates.takeNewTemplate("r.example")).to.include(`h:${BANNER.toLowerCase()}`);
    expect(templates.takeNewTemplate("r.example")).to.deep.equal([]);
  });

  it("keeps a shared label heading and a shared value, and drops the site's slogan and footer", function () {
    const templates = createSiteTemplates();
    for (const index of [1, 2, 3]) {
      extractPage(
        registryPage(`Hanke ${index}`),
        `https://r.example/${index}`,
        {},
        templates.hookFor("r", `https://r.example/${index}`),
      );
    }
    const page = extractPage(
      registryPage("Hanke neljä"),
      "https://r.example/4",
      {},
      templates.hookFor("r", "https://r.example/4"),
    );
    expect(page.text).to.contain("Tavoitteet");
    expect(page.text).to.contain("Rahoittaja: Euroopan sosiaalirahasto");
    expect(page.text).to.not.contain("Yhdessä eteenpäin");
    expect(page.contactText).to.not.contain("Rekisteri kokoaa hankkeet");
    expect(page.facts).to.deep.include({ label: "Rahoittaja", value: "Euroopan sosiaalirahasto" });
  });

  it("counts a page once however often it is read, and needs 30 % of the site's pages", function () {
    const templates = createSiteTemplates();
    const read = (url: string, html: string) => extractPage(html, url, {}, templates.hookFor("s", url));
    for (let round = 0; round < 3; round++) read("https://s.example/a", registryPage("A"));
    expect(templates.isTemplate("s", `h:${BANNER.toLowerCase()}`)).to.equal(false);
    read("https://s.example/b", registryPage("B"));
    read("https://s.example/c", registryPage("C"));
    expect(templates.isTemplate("s", `h:${BANNER.toLowerCase()}`)).to.equal(true);
    // A sentence on 3 of 20 pages is shared by a few projects, not the site's.
    for (let index = 0; index < 17; index++)
      read(
        `https://s.example/x${index}`,
        `<main><h1>Sivu ${index}</h1><p>${index < 3 ? "Yhteinen lause." : `Oma ${index}`}</p></main>`,
      );
    expect(templates.isTemplate("s", "b:yhteinen lause.")).to.equal(false);
    expect(templates.isTemplate("s", `h:${BANNER.toLowerCase()}`)).to.equal(false);
  });

  it("tells a project's name listed as a link on every page from the heading that names it on its own page", function () {
    const templates = createSiteTemplates();
    const names = ["Arjen apu", "Nuorten polut", "Kylien liike"];
    const sidebar = `<aside><h2>Muita hankkeita</h2><ul>${names.map((name) => `<li><a href="#">${name}</a></li>`).join("")}</ul></aside>`;
    const titles = names.map(
      (name, index) =>
        extractPage(
          `<body><main><h1>${name}</h1><p>${name} kehittää kunnan palveluja asukkaiden kanssa.</p></main>${sidebar}</body>`,
          `https://k.example/${index}`,
          {},
          templates.hookFor("k", `https://k.example/${index}`),
        ).title,
    );
    expect(titles).to.deep.equal(names);
    expect(templates.isTemplate("k", "a:arjen apu")).to.equal(true);
  });

  it("survives serialising, and an unknown stored version starts afresh", function () {
    const templates = createSiteTemplates();
    for (const index of [1, 2, 3])
      extractPage(registryPage(`H${index}`), `https://r/${index}`, {}, templates.hookFor("r", `https://r/${index}`));
    const again = createSiteTemplates(parseSiteTemplates(serialiseSiteTemplates(templates.state)));
    expect(again.isTemplate("r", `h:${BANNER.toLowerCase()}`)).to.equal(true);
    expect(parseSiteTemplates('{"version":1,"sites":{"r":{}}}').sites).to.deep.equal({});
    expect(parseSiteTemplates(undefined).sites).to.deep.equal({});
  });
});
