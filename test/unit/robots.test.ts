import { expect } from "chai";
import type { FetchedText } from "../../crawlers/fetcher.js";
import { loadRobots, parseRobots } from "../../crawlers/robots.js";

const ORIGIN = "https://hankkeet.example.fi";
const AGENT = "HankehakuBot/0.1 (+https://hankehaku.example/bot)";
const rules = (text: string) => parseRobots(`${ORIGIN}/robots.txt`, text, AGENT);

/** A fetchText that answers robots.txt with this status and body, and records what was asked. */
function answering(status: number, body = "") {
  const asked: string[] = [];
  const fetchText = (url: string): Promise<FetchedText> => {
    asked.push(url);
    return Promise.resolve({ url, status, body });
  };
  return { fetchText, asked };
}

describe("robots.txt", function () {
  it("keeps the crawler out of a disallowed path and lets it into the rest", function () {
    const robots = rules("User-agent: *\nDisallow: /yksityinen/\n");
    expect(robots.isAllowed(`${ORIGIN}/yksityinen/sivu.html`)).to.equal(false);
    expect(robots.isAllowed(`${ORIGIN}/hankkeet/nuoret.html`)).to.equal(true);
  });

  it("follows the group that names the bot rather than the one for everyone", function () {
    const robots = rules("User-agent: *\nDisallow: /\n\nUser-agent: HankehakuBot\nDisallow: /haku\n");
    expect(robots.isAllowed(`${ORIGIN}/hankkeet/`)).to.equal(true);
    expect(robots.isAllowed(`${ORIGIN}/haku?q=nuoret`)).to.equal(false);
  });

  it("lets a more specific Allow win over a Disallow, and reads * and $ patterns", function () {
    const robots = rules("User-agent: *\nDisallow: /hankkeet/\nAllow: /hankkeet/julkiset/\nDisallow: /*.pdf$\n");
    expect(robots.isAllowed(`${ORIGIN}/hankkeet/julkiset/a.html`)).to.equal(true);
    expect(robots.isAllowed(`${ORIGIN}/hankkeet/luonnos.html`)).to.equal(false);
    expect(robots.isAllowed(`${ORIGIN}/liitteet/raportti.pdf`)).to.equal(false);
    expect(robots.isAllowed(`${ORIGIN}/liitteet/raportti.pdf.html`)).to.equal(true);
  });

  it("gives the crawl delay in milliseconds, and none when the site sets none", function () {
    expect(rules("User-agent: *\nCrawl-delay: 2.5\n").crawlDelayMs()).to.equal(2500);
    expect(rules("User-agent: *\nDisallow:\n").crawlDelayMs()).to.equal(undefined);
  });

  it("lists the sitemaps the site names", function () {
    const robots = rules(`Sitemap: ${ORIGIN}/sitemap.xml\nUser-agent: *\nDisallow:\nSitemap: ${ORIGIN}/hankkeet.xml\n`);
    expect(robots.sitemaps()).to.deep.equal([`${ORIGIN}/sitemap.xml`, `${ORIGIN}/hankkeet.xml`]);
  });

  it("reads robots.txt from the root of the origin", async function () {
    const { fetchText, asked } = answering(200, "User-agent: *\nDisallow: /yksityinen/\n");
    const robots = await loadRobots(`${ORIGIN}/hankkeet/`, fetchText, AGENT);
    expect(asked).to.deep.equal([`${ORIGIN}/robots.txt`]);
    expect(robots.isAllowed(`${ORIGIN}/yksityinen/`)).to.equal(false);
  });

  it("allows everything when the site has no robots.txt (a 4xx)", async function () {
    const robots = await loadRobots(ORIGIN, answering(404, "<h1>Sivua ei löydy</h1>").fetchText, AGENT);
    expect(robots.isAllowed(`${ORIGIN}/mikä/tahansa.html`)).to.equal(true);
  });

  it("allows nothing while robots.txt answers with a server error (RFC 9309)", async function () {
    const robots = await loadRobots(ORIGIN, answering(503).fetchText, AGENT);
    expect(robots.isAllowed(`${ORIGIN}/`)).to.equal(false);
    expect(robots.isAllowed(`${ORIGIN}/hankkeet/nuoret.html`)).to.equal(false);
  });

  it("leaves an unreachable site to the caller, as a rejection", async function () {
    const unreachable = () => Promise.reject(new Error("ECONNREFUSED"));
    let error: unknown;
    await loadRobots(ORIGIN, unreachable, AGENT).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(Error);
  });
});
