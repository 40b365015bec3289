import { expect } from "chai";
import type { CheerioAPI } from "cheerio";
import { extractPage } from "../../crawlers/extract.js";
import {
  createPatternCap,
  listingReason,
  loadListingCues,
  pathPattern,
  type ListingCues,
} from "../../crawlers/listing-pages.js";

const prose =
  "Hanke kehittää nuorten mielenterveyspalveluja yhdessä kuntien, järjestöjen ja asukkaiden kanssa. " +
  "Tavoitteena on tavoittaa nuoret ajoissa, vahvistaa ammattilaisten osaamista ja koota hyvät käytännöt. ";

describe("listing pages and the pattern cap", function () {
  let cues: ListingCues;
  before(async function () {
    cues = await loadListingCues();
  });

  it("gives paginators, calendars and query variants one pattern, plain pages none", function () {
    expect(pathPattern("http://a/tapahtumat?page=2")).to.equal(pathPattern("http://a/tapahtumat?page=3"));
    expect(pathPattern("http://a/kalenteri/2024/05/12")).to.equal(pathPattern("http://a/kalenteri/2031/11/02"));
    expect(pathPattern("http://a/hankkeet/hanke-17.html")).to.equal(undefined);
    expect(pathPattern("http://a/hankkeet/2024/hanke-17")).to.not.equal(pathPattern("http://a/hankkeet/2024/hanke-18"));
  });

  it("admits at most the cap per pattern", function () {
    const cap = createPatternCap(3);
    const verdicts = [1, 2, 3, 4, 5].map((n) => cap.admit(`http://a/kalenteri?page=${n}`));
    expect(verdicts.filter((verdict) => verdict === undefined)).to.have.length(3);
    expect(cap.admit("http://a/hankkeet/hanke-1.html")).to.equal(undefined);
  });

  it("says why a URL is a listing: paging, search, listing or date paths", function () {
    const page = `<main><h1>Hanke</h1><p>${prose}</p></main>`;
    expect(listingReason(page, "http://a/hankkeet?sivu=2", cues)).to.match(/paginated/);
    expect(listingReason(page, "http://a/haku?q=nuoret", cues)).to.match(/search results|listing path/);
    expect(listingReason(page, "http://a/kalenteri/2024/05/", cues)).to.match(/listing path|date path/);
    expect(listingReason(page, "http://a/tapahtumat/2024/05", cues)).to.equal("date path");
    expect(listingReason(page, "http://a/hankkeet/hanke-1.html", cues)).to.equal(undefined);
  });

  it("tells a list of links from a project page with a few links in its text", function () {
    const links = Array.from({ length: 30 }, (_, n) => `<li><a href="/h-${n}">Hyvinvointihanke ${n}</a></li>`).join("");
    expect(listingReason(`<main><h1>Hankkeet</h1><ul>${links}</ul></main>`, "http://a/hankkeet/", cues)).to.match(
      /list of links/,
    );
    const project = `<main><h1>Hanke</h1><p>${prose.repeat(2)}</p><p><a href="/a">Kumppani</a>, <a href="/b">THL</a></p></main>`;
    expect(listingReason(project, "http://a/hankkeet/hanke", cues)).to.equal(undefined);
    expect(listingReason(`<main><h1>Etusivu</h1><a href="/hankkeet">Hankkeet</a></main>`, "http://a/", cues)).to.match(
      /too little text/,
    );
  });

  it("judges a page from the signals extraction counted as from its HTML, chrome and template left out", function () {
    const links = Array.from({ length: 30 }, (_, n) => `<li><a href="/h-${n}">Hyvinvointihanke ${n}</a></li>`).join("");
    const teasers = [1, 2, 3].map((n) => `<h2><a href="/h-${n}">Hanke ${n}</a></h2><p>${prose}</p>`).join("");
    const pages = [
      `<main><h1>Hankkeet</h1><ul>${links}</ul></main>`,
      `<body><header><h1>Sivusto</h1></header><main><h1>Hanke</h1><p>${prose.repeat(2)}</p></main><aside>${links}</aside></body>`,
      `<body><nav><ul>${links}</ul></nav><article>${teasers}</article></body>`,
      `<body><div role="main"><h1>Etusivu</h1><a href="/hankkeet">Hankkeet</a></div></body>`,
    ];
    for (const html of pages) {
      // A template that strips the page's headings must not change the verdict: it is read before.
      const template = { apply: ($: CheerioAPI) => void $("h1, h2").remove() };
      const extracted = extractPage(html, "http://a/hankkeet/x", {}, template);
      expect(listingReason(extracted.listing, "http://a/hankkeet/x", cues)).to.equal(
        listingReason(html, "http://a/hankkeet/x", cues),
      );
    }
    expect(listingReason(extractPage(pages[2] ?? "", "http://a/").listing, "http://a/", cues)).to.match(/teasers/);
  });
});
