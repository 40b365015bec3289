import { expect } from "chai";
import { extractLinks, extractSitemapUrls, normalizeLink } from "../../crawlers/links.js";
import { decodeHtml } from "../../crawlers/fetcher.js";

describe("crawl helpers", function () {
  it("resolves links and drops fragments and non-web schemes", function () {
    expect(normalizeLink("../a.html#osa", "http://127.0.0.1/x/y.html")).to.equal("http://127.0.0.1/a.html");
    expect(normalizeLink("mailto:heli.hatonen@thl.fi", "http://127.0.0.1/")).to.equal(undefined);
    expect(normalizeLink("javascript:void(0)", "http://127.0.0.1/")).to.equal(undefined);
  });

  it("extracts each link of a page once, honouring <base href>", function () {
    const html = `<base href="http://127.0.0.1/hankkeet/"><a href="a.html">A</a><a href="a.html#x">A</a><a href="/b.html">B</a>`;
    expect(extractLinks(html, "http://127.0.0.1/")).to.deep.equal([
      "http://127.0.0.1/hankkeet/a.html",
      "http://127.0.0.1/b.html",
    ]);
  });

  it("reads sitemaps and sitemap indexes", function () {
    const urlset = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1/a.html</loc><lastmod>2023-02-14</lastmod></url><url><loc>http://127.0.0.1/b.html</loc></url></urlset>`;
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://127.0.0.1/s1.xml</loc></sitemap></sitemapindex>`;
    expect(extractSitemapUrls(urlset)).to.deep.equal({
      pages: [
        { url: "http://127.0.0.1/a.html", lastmod: "2023-02-14" },
        { url: "http://127.0.0.1/b.html", lastmod: undefined },
      ],
      sitemaps: [],
    });
    expect(extractSitemapUrls(index)).to.deep.equal({ pages: [], sitemaps: ["http://127.0.0.1/s1.xml"] });
  });

  it("decodes ISO-8859-1 and windows-1252 pages into correct ä, ö and å", function () {
    const latin1 = Buffer.from("Päijät-Häme, Åland, Förening", "latin1");
    expect(decodeHtml(latin1, "text/html; charset=ISO-8859-1")).to.equal("Päijät-Häme, Åland, Förening");
    const meta = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      Buffer.from("Hyvinvointi – ä", "latin1"),
    ]);
    expect(decodeHtml(meta, "text/html")).to.contain("ä");
    expect(decodeHtml(Buffer.from("Pohjois-Savossa", "utf8"), "text/html")).to.equal("Pohjois-Savossa");
  });
});
