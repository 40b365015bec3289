// A generated project site on 127.0.0.1 for fault tests: N project pages reached only through
// paginated list pages (/hankkeet?sivu=1…), no sitemap, ETag and Last-Modified on every page
// so re-crawls get 304s. Pages can be edited (new funder, new ETag) or deleted (404) between
// crawls, and answer after a small delay so a crawl lasts long enough to be killed.
// Usage: const site = await serveGeneratedSite({ projects: 300 }); site.edit(7, "Sitra"); site.remove(8);
//        site.projectUrls() -> the URLs of the pages that should be records; await site.close();

import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface GeneratedSite {
  origin: string;
  /** Requests per path, in order. */
  requests: string[];
  projectUrls(): string[];
  /** Gives project n a new funder (and so a new body and ETag). */
  edit(n: number, funder: string): void;
  /** Project n answers 404 from now on; its link stays on its list page unless `unlink`. */
  remove(n: number, options?: { unlink?: boolean }): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

const PER_LIST_PAGE = 20;

const projectPage = (n: number, funder: string) =>
  `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Hyvinvointihanke numero ${n}</title></head>
<body><nav><a href="/">Etusivu</a> <a href="/hankkeet?sivu=1">Hankkeet</a></nav><main><h1>Hyvinvointihanke numero ${n}</h1>
<p>Hyvinvointihanke numero ${n} on terveyttä ja hyvinvointia edistävä kehittämishanke, jossa kehitetään nuorten
mielenterveyspalveluja yhdessä asukkaiden, järjestöjen ja kuntien kanssa. Hankkeessa kokeillaan uusia tapoja
tavoittaa nuoret ajoissa ja vahvistetaan ammattilaisten osaamista koko alueella.</p>
<p>Toteutusaika: 2022–2025</p><p>Rahoittaja: ${funder}</p></main></body></html>`;

const listPage = (page: number, pages: number, links: number[]) =>
  `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Hankkeet, sivu ${page}</title></head>
<body><main><h1>Hankkeet</h1><ul>${links.map((n) => `<li><a href="/hankkeet/hanke-${n}.html">Hyvinvointihanke numero ${n}</a></li>`).join("")}</ul>
${page < pages ? `<a href="/hankkeet?sivu=${page + 1}">Seuraava sivu</a>` : ""}</main></body></html>`;

export async function serveGeneratedSite(options: { projects: number; delayMs?: number }): Promise<GeneratedSite> {
  const funders = new Map<number, string>();
  const removed = new Set<number>();
  const unlinked = new Set<number>();
  const requests: string[] = [];
  let delay = options.delayMs ?? 0;
  const numbers = () => Array.from({ length: options.projects }, (_, i) => i + 1);
  const listPages = Math.ceil(options.projects / PER_LIST_PAGE);

  const bodyFor = (url: URL): string | undefined => {
    if (url.pathname === "/")
      return listPage(0, listPages, []).replace("</ul>", `</ul><a href="/hankkeet?sivu=1">Hankkeet</a>`);
    if (url.pathname === "/hankkeet") {
      const page = Number(url.searchParams.get("sivu") ?? "1");
      const links = numbers()
        .slice((page - 1) * PER_LIST_PAGE, page * PER_LIST_PAGE)
        .filter((n) => !unlinked.has(n));
      return page >= 1 && page <= listPages ? listPage(page, listPages, links) : undefined;
    }
    const n = Number(/^\/hankkeet\/hanke-(\d+)\.html$/.exec(url.pathname)?.[1] ?? NaN);
    if (!Number.isInteger(n) || n < 1 || n > options.projects || removed.has(n)) return undefined;
    return projectPage(n, funders.get(n) ?? "Sosiaali- ja terveysministeriö");
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.pathname + url.search);
    if (url.pathname === "/robots.txt")
      return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\n");
    const answer = () => {
      const body = bodyFor(url);
      if (body === undefined) return res.writeHead(404, { "content-type": "text/html" }).end("<h1>Ei löydy</h1>");
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag }).end(body);
    };
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    projectUrls: () =>
      numbers()
        .filter((n) => !removed.has(n))
        .map((n) => `${origin}/hankkeet/hanke-${n}.html`),
    edit: (n, funder) => void funders.set(n, funder),
    remove(n, { unlink = false } = {}) {
      removed.add(n);
      if (unlink) unlinked.add(n);
    },
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
