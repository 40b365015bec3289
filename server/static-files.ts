// The search page's static files with cache headers that are both fast and safe after a deploy.
// One content hash covers the whole public directory; the page is served with its scripts and
// styles under /v/<hash>/…, which browsers may keep for a year (immutable), because a changed
// file changes the hash and so every address. Module imports are relative ("./texts.js"), so
// they inherit the versioned folder. The page itself and unversioned addresses are revalidated
// every time (no-cache) against a strong ETag, the content hash, and cost a 304 when unchanged.
// Usage: app.use(staticFiles(PUBLIC_DIR));

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";

const YEAR_SECONDS = 365 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;
/** An asset the page refers to by a root path, e.g. src="/app.js"; rewritten to the versioned folder. */
const ASSET_REFERENCE = /(src|href)="\/([\w.-]+\.(?:js|css))"/g;

interface PublicFiles {
  version: string;
  /** Strong ETags by file name. */
  etags: Map<string, string>;
  page: string;
  pageEtag: string;
}

async function readPublicFiles(dir: string): Promise<PublicFiles> {
  const names = (await readdir(dir)).sort();
  const whole = createHash("sha256");
  const etags = new Map<string, string>();
  for (const name of names) {
    const content = await readFile(path.join(dir, name));
    const digest = createHash("sha256").update(content).digest("base64url").slice(0, 22);
    etags.set(name, `"${digest}"`);
    whole.update(name).update(digest);
  }
  const version = whole.digest("base64url").slice(0, 12);
  const page = (await readFile(path.join(dir, "index.html"), "utf8")).replace(
    ASSET_REFERENCE,
    (_match, attribute: string, file: string) => `${attribute}="/v/${version}/${file}"`,
  );
  return { version, etags, page, pageEtag: `"${createHash("sha256").update(page).digest("base64url").slice(0, 22)}"` };
}

export function staticFiles(dir: string): express.Router {
  const router = express.Router();
  let files: Promise<PublicFiles> | undefined;
  const current = () => (files ??= readPublicFiles(dir));
  const cacheFor = (res: Response, name: string, known: PublicFiles, versioned: boolean) => {
    const etag = known.etags.get(name);
    if (etag) res.set("etag", etag);
    if (versioned) res.set("cache-control", `public, max-age=${YEAR_SECONDS}, immutable`);
    else if (name.startsWith("favicon.")) res.set("cache-control", `public, max-age=${DAY_SECONDS}`);
    else res.set("cache-control", "no-cache");
  };
  /** Sets the cache headers, and answers 304 when the browser's copy is current. */
  const validate =
    (versioned: boolean) => async (req: Request<{ version?: string }>, res: Response, next: NextFunction) => {
      const known = await current();
      const base = path.posix.basename(req.path);
      const name = known.etags.has(base) ? base : `${base}.html`;
      cacheFor(res, name, known, versioned && req.params.version === known.version);
      if (req.fresh && res.get("etag")) {
        res.status(304).end();
        return;
      }
      next();
    };
  const sendPage = async (req: Request, res: Response) => {
    const known = await current();
    res.set({ etag: known.pageEtag, "cache-control": "no-cache" });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type("html").send(known.page);
  };
  const send = express.static(dir, {
    extensions: ["html"],
    index: false,
    etag: false,
    lastModified: false,
    cacheControl: false,
  });
  router.get(["/", "/index.html"], sendPage);
  router.use("/v/:version", validate(true), send);
  router.use(validate(false), send);
  return router;
}
