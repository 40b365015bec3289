// A project site on 127.0.0.1 that misbehaves on purpose, the way real small-organisation
// servers do: slow pages, 500 then 200, 429 with Retry-After, a redirect loop, a 50 MB body, a
// gzip bomb, a wrong Content-Type, a Latin-1 page, a path robots.txt forbids, ETags, and a page
// that disappears. Every request is logged with its headers for assertions.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

interface RequestLog {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export interface MisbehavingSite {
  origin: string;
  requests: RequestLog[];
  /** Make /katoava.html answer 404 from now on. */
  removeVanishingPage(): void;
  /** Every page answers only after this many milliseconds (0 by default). */
  setPageDelay(ms: number): void;
  close(): Promise<void>;
}

const page = (title: string, body = "", links: string[] = []) =>
  `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>
<p>${body || `${title} on hyvinvointia ja terveyttä edistävä kehittämishanke, jossa kehitetään palveluja yhdessä asukkaiden, järjestöjen ja kuntien kanssa.`}</p>
<p>Toteutusaika: 2021–2023</p>
${links.map((link) => `<a href="${link}">${link}</a>`).join("\n")}</main></body></html>`;

const LINKS = [
  "/hanke-1.html",
  "/hanke-2.html",
  "/hanke-3.html",
  "/hidas.html",
  "/epavakaa.html",
  "/kiireinen.html",
  "/silmukka.html",
  "/valtava.html",
  "/pommi.html",
  "/vaara-tyyppi.html",
  "/latin1.html",
  "/yksityinen/salainen.html",
  "/etag.html",
  "/katoava.html",
];

export async function serveMisbehavingSite(): Promise<MisbehavingSite> {
  const requests: RequestLog[] = [];
  const hits = new Map<string, number>();
  let vanished = false;
  let pageDelay = 0;
  const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
  // Named, so the server gets a handler that returns nothing and the promise is not left floating.
  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    requests.push({ path, headers: req.headers, at: performance.now() });
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const html = (body: string, headers: Record<string, string> = {}) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);
    if (pageDelay > 0 && path.endsWith(".html")) await new Promise((resolve) => setTimeout(resolve, pageDelay));
    switch (path) {
      case "/robots.txt":
        return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /yksityinen/\n");
      case "/":
      case "/index.html":
        return html(
          `<!DOCTYPE html><html><head><title>Hankkeet</title></head><body><main><h1>Hankkeet</h1><ul>${LINKS.map((link) => `<li><h2><a href="${link}">${link}</a></h2></li>`).join("")}</ul></main></body></html>`,
        );
      case "/hanke-1.html":
      case "/hanke-2.html":
      case "/hanke-3.html":
        return html(page(`Hanke ${path.slice(7, 8)}`));
      case "/hidas.html":
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return html(page("Hidas hanke"));
      case "/epavakaa.html":
        return count === 1 ? res.writeHead(500).end("kaatui") : html(page("Epävakaa hanke"));
      case "/kiireinen.html":
        return count === 1 ? res.writeHead(429, { "retry-after": "2" }).end() : html(page("Kiireinen hanke"));
      case "/silmukka.html":
        return res.writeHead(302, { location: "/silmukka-2.html" }).end();
      case "/silmukka-2.html":
        return res.writeHead(302, { location: "/silmukka.html" }).end();
      case "/valtava.html": {
        // 50 MB, without a Content-Length, so only counting the bytes can stop it.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        for (let sent = 0; sent < 50 * 1024 * 1024 && !res.destroyed; sent += chunk.length) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
        }
        return res.end();
      }
      case "/pommi.html":
        return res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb);
      case "/vaara-tyyppi.html":
        return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      case "/latin1.html":
        return res
          .writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" })
          .end(
            Buffer.from(
              page("Päijät-Hämeen hyvinvointihanke", "Hanke toimii Päijät-Hämeessä ja Åland-yhteistyössä."),
              "latin1",
            ),
          );
      case "/etag.html":
        if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
        return html(page("Etag-hanke"), { etag: '"v1"' });
      case "/katoava.html":
        return vanished ? res.writeHead(404).end("ei ole") : html(page("Katoava hanke"));
      default:
        return res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
    }
  };
  const server = http.createServer((req, res) => void respond(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    removeVanishingPage: () => {
      vanished = true;
    },
    setPageDelay: (ms) => {
      pageDelay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A site full of pages that are no projects: a project list, an endless `?page=N` event list, an
 * endless month calendar, search results and a robots.txt-forbidden path, around 15 real
 * project pages (/hankkeet/hanke-N.html).
 */
export async function serveHostileSite(): Promise<MisbehavingSite & { projectPaths: string[] }> {
  const requests: RequestLog[] = [];
  const projectPaths = Array.from({ length: 15 }, (_, i) => `/hankkeet/hanke-${i + 1}.html`);
  const list = (title: string, links: string[], text = "") =>
    `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${text}<ul>${links.map((link) => `<li><a href="${link}">${link.replace(/\W+/g, " ")}</a></li>`).join("")}</ul></main></body></html>`;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push({ path: url.pathname + url.search, headers: req.headers, at: performance.now() });
    const html = (body: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    const month = /^\/kalenteri\/(\d{4})\/(\d{2})\/$/.exec(url.pathname);
    if (url.pathname === "/robots.txt")
      return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /yksityinen/\n");
    if (url.pathname === "/")
      return html(
        list("Etusivu", [
          "/hankkeet/",
          "/tapahtumat?page=1",
          "/kalenteri/2024/01/",
          "/haku?q=nuoret",
          "/yksityinen/a.html",
        ]),
      );
    if (url.pathname === "/hankkeet/") return html(list("Hankkeet", projectPaths));
    if (projectPaths.includes(url.pathname)) return html(page(`Hyvinvointihanke ${url.pathname.replace(/\D/g, "")}`));
    if (url.pathname === "/tapahtumat") {
      const n = Number(url.searchParams.get("page") ?? 1);
      const events = `<p>Tapahtumia: ${"Tervetuloa mukaan kaikille avoimeen tilaisuuteen, jossa kuullaan hankkeiden kuulumisia. ".repeat(3)}</p>`;
      return html(list(`Tapahtumat, sivu ${n}`, [`/tapahtumat?page=${n + 1}`, ...projectPaths.slice(0, 3)], events));
    }
    if (month) {
      const [year, m] = [Number(month[1]), Number(month[2])];
      const next = m === 12 ? `/kalenteri/${year + 1}/01/` : `/kalenteri/${year}/${String(m + 1).padStart(2, "0")}/`;
      const text = `<p>Kuukauden ${m}/${year} tapahtumat ja hankkeiden tilaisuudet: seminaareja, työpajoja ja verkostotapaamisia eri puolilla Suomea. Ilmoittaudu mukaan hyvissä ajoin ennen tapahtumaa.</p>`;
      return html(list(`Kalenteri ${m}/${year}`, [next], text));
    }
    if (url.pathname === "/haku")
      return html(
        list(`Hakutulokset: ${url.searchParams.get("q")}`, [...projectPaths.slice(3, 8), "/haku?q=nuoret&page=2"]),
      );
    return res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    projectPaths,
    removeVanishingPage: () => {},
    setPageDelay: () => {},
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
