// Peak memory of a crawl: a site with a 50 000-URL sitemap (crawled up to the page limit) and a
// page with 10 000 links, each crawled in a child process whose peak RSS is compared with the
// same process that only loads the crawler (the baseline) and with the 250 MB budget.
// Run by bench/run.ts (--only memory; --memory-pages N, default 2000).

import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fmt } from "./stats.js";

const page = (n: number) =>
  `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Hanke ${n}</title></head><body><main><h1>Hyvinvointihanke ${n}</h1><p>${"Hanke kehittää nuorten mielenterveyspalveluja yhdessä kuntien ja järjestöjen kanssa. ".repeat(8)}</p><p>Toteutusaika: 2022–2025</p></main></body></html>`;

async function serve(kind: "sitemap" | "links", urls: number) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const origin = `http://${req.headers.host ?? ""}`;
    const html = (body: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    if (url.pathname === "/robots.txt")
      return res.writeHead(200).end(kind === "sitemap" ? `User-agent: *\nSitemap: ${origin}/sitemap.xml\n` : "");
    if (url.pathname === "/sitemap.xml") {
      res.writeHead(200, { "content-type": "application/xml" });
      res.write(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`);
      for (let n = 1; n <= urls; n++) res.write(`<url><loc>${origin}/hanke-${n}.html</loc></url>`);
      return res.end("</urlset>");
    }
    if (url.pathname === "/" && kind === "links")
      return html(
        `<html><body>${Array.from({ length: urls }, (_, n) => `<a href="/hanke-${n + 1}.html">Hanke ${n + 1}</a>`).join("\n")}</body></html>`,
      );
    if (url.pathname === "/") return html(page(0));
    return html(page(Number(/\d+/.exec(url.pathname)?.[0] ?? 0)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function peakRss(origin: string, maxPages: number): Promise<{ maxRss: number; pages: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/memory-crawl.ts", origin, String(maxPages)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once("exit", resolve));
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as { maxRss: number; pages: number };
}

export async function benchMemory(maxPages = 2000): Promise<void> {
  const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 0);
  const baseline = await peakRss("idle", 0);
  console.log(`crawl memory (peak RSS; budget 250 MB; baseline: the same process loading the crawler only):`);
  console.log(`  baseline ${mb(baseline.maxRss)} MB`);
  for (const [kind, urls] of [
    ["sitemap", 50_000],
    ["links", 10_000],
  ] as const) {
    const site = await serve(kind, urls);
    try {
      const started = performance.now();
      const { maxRss, pages } = await peakRss(site.origin, maxPages);
      const seconds = (performance.now() - started) / 1000;
      const what = kind === "sitemap" ? "a 50 000-URL sitemap" : "a page with 10 000 links";
      console.log(
        `  ${what}, ${pages} pages in ${fmt(seconds, 1)} s: ${mb(maxRss)} MB (${fmt(maxRss / baseline.maxRss, 2)}x baseline)${maxRss > 250 * 1024 * 1024 ? "  OVER BUDGET" : ""}`,
      );
    } finally {
      await site.close();
    }
  }
}
