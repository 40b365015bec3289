// Serves a directory of HTML on 127.0.0.1 at a free port, the way a small project site would.
// robots.txt and sitemap.xml name absolute URLs of the origin they were written for; that
// origin is replaced with the test server's own. Every request is recorded for assertions.

import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticSite {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export async function serveStaticSite(root: string, options: { writtenForOrigin?: string } = {}): Promise<StaticSite> {
  const requests: string[] = [];
  let origin = "";
  // Named, so the server gets a handler that returns nothing and the promise is not left floating.
  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(pathname);
    const file = path.join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      if (options.writtenForOrigin && /\.(txt|xml)$/.test(file))
        body = body.toString("utf8").replaceAll(options.writtenForOrigin, origin);
      res.writeHead(200, { "content-type": type }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
    }
  };
  const server = http.createServer((req, res) => void respond(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
